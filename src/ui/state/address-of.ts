import { formatAddress } from '../../view/address';
import type { ViewerState } from './viewer-state';

// The address of a state: the one function both the address bar and "Copy link" use, so the two
// can never disagree (drill, stage, seed, every timing, the frame, and the display flags).

/** The query string for the state, or null when it has none (a replay no drill reproduces).
 *  `frame`: name the frame even while playing (a copied link opens paused there). */
export function addressOf(s: ViewerState, o: { frame?: boolean } = {}): string | null {
  if (s.source?.kind !== 'drill' || !s.shown) return null;
  const paused = o.frame || !s.playhead.playing;
  return formatAddress(
    { drill: s.source.id, ...(s.run.stage ? { variation: s.run.stage } : {}), seed: s.run.seed, params: s.shown.params, ...(paused ? { tick: s.playhead.tick } : {}) },
    s.shown.params,
    { ...(s.display.renderer ? { renderer: s.display.renderer } : {}), theme: s.display.theme, presenter: s.display.presenter },
  );
}
