import type { Notices } from '../panels/notices';
import { drillHash } from '../../view/content-hash';
import { readTraceText, recogniseTrace, recordingDrill } from '../../view/replay-loader';
import { loaded, type LibraryEntry } from './drill-library';
import { openCommand } from './open';
import { recordingReplay, type Replay } from './replay';
import type { Dispatch } from './store';

// A trace file from this computer: refused with a message (the drill on screen stays), opened as
// the drill that reproduces it bit for bit, or replayed as a recording.

export interface TraceHost {
  library: readonly LibraryEntry[];
  notices: Notices;
  dispatch: Dispatch;
  replays: Map<string, Replay>; // recordings by content hash: where the run effect finds them
}

export function openTrace(name: string, text: string, h: TraceHost): void {
  let trace;
  try {
    trace = readTraceText(name, text);
  } catch (e) {
    h.notices.show(`${name} could not be loaded, so the drill on screen stays:\n${e instanceof Error ? e.message : String(e)}`, 'error');
    return;
  }
  const scenarios = h.library.flatMap((e) => (e.scenario ? [e.scenario] : []));
  const known = recogniseTrace(trace, scenarios);
  if (known) {
    const k = h.library.findIndex((e) => e.scenario === known.scenario);
    const entry = h.library[k];
    if (loaded(entry)) {
      h.dispatch(openCommand(entry, k, { stage: known.variation, seed: trace.seed, given: { ...trace.params }, tick: 0 }));
      h.notices.show(`Loaded ${name}: the same run as "${known.scenario.title}"${known.variation ? `, stage ${known.variation}` : ''}, seed ${trace.seed}, bit for bit. Paused on its first frame.`);
      return;
    }
  }
  const { scenario, spec } = recordingDrill(trace, name);
  const hash = drillHash(text);
  h.replays.set(hash, recordingReplay(name, trace, scenario, spec));
  h.dispatch({ type: 'drill/open', source: { kind: 'replay', entry: -1, id: scenario.id, hash, name }, seed: trace.seed, tick: 0 });
  h.notices.show(`Loaded ${name} as a recording: no bundled drill reproduces it. Paused on its first frame.`);
}
