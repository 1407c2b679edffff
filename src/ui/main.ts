import { ViewerApp } from './app';
import { byId, el } from './panels/dom';
import { loaded, loadLibrary, type LoadedEntry } from './state/drill-library';
import { SHORTCUTS } from './state/keyboard';
import { openCommand } from './state/open';
import { parseAddress, type Drill } from '../view/address';
import { exposeState } from './hooks/test-hook';
import { installTimingHook } from './hooks/timing-hook';
import { installPlayerHook } from './hooks/player-hook';
import { openFromAddress, splitAddress } from './editor/open-link';
import { EDIT_SHORTCUTS } from './editor/keys';
import { showHandout } from './handout-page';

// Start: load the drills, read the address (untrusted), open the drill it names (or the first),
// and run the display loop. A drill plays the moment the page opens.

function shortcutsTable(): void {
  const t = byId('shortcuts');
  for (const [k, what] of [...SHORTCUTS, ...EDIT_SHORTCUTS]) t.appendChild(el('tr', {}, [el('td', {}, [el('kbd', { text: k })]), el('td', { text: what })]));
}

async function boot(): Promise<void> {
  const library = loadLibrary();
  const handout = new URLSearchParams(location.search).get('handout');
  if (handout !== null) return showHandout(handout, library); // the printable coach's handout, not the viewer
  const drills: Drill[] = library.filter(loaded).map((e) => ({ id: e.id, scenario: e.scenario }));
  shortcutsTable();
  if (!drills.length) {
    byId('notices').appendChild(el('div', { cls: 'notice error', text: 'No drill could be loaded:\n' + library.map((e) => e.error).join('\n') }));
    return;
  }
  const address = splitAddress(location.search); // the editor's keys (?share, ?mine) are its own
  const { state: link, flags, notices } = parseAddress(address.rest, drills);
  const app = await ViewerApp.create(byId<HTMLCanvasElement>('pitch'), library, flags.renderer);
  for (const n of notices) app.notices.show(n);
  if (flags.renderer) app.dispatch({ type: 'display/renderer', renderer: flags.renderer });
  if (flags.theme) app.dispatch({ type: 'display/theme', theme: flags.theme });
  if (flags.presenter) app.dispatch({ type: 'display/presenter', on: true });
  const k = Math.max(0, library.findIndex((e) => loaded(e) && e.id === link.drill));
  app.dispatch(openCommand(library[k] as LoadedEntry, k, { stage: link.variation, seed: link.seed, given: link.params, tick: link.tick }));
  const last = app.state.shown ? app.state.shown.ticks - 1 : 0;
  if (link.tick !== undefined && link.tick > last) {
    app.notices.show(`Frame ${link.tick} is past the end of this run (${last} is the last): playing from the start.`);
    app.dispatch({ type: 'play/restart' });
  }
  await openFromAddress(app, address.share, address.mine);
  exposeState(app);
  installTimingHook(app.timing, app.ghost);
  installPlayerHook(app.player, () => app.timing.band.dots);
  if (new URLSearchParams(location.search).get('bench') === '1') {
    const { installBench } = await import('./hooks/bench-hook');
    installBench(app);
    const { installEditBench } = await import('./hooks/edit-bench-hook');
    installEditBench(app);
  }
  let prev = performance.now();
  const loop = (now: number) => {
    app.frame(now - prev);
    prev = now;
    requestAnimationFrame(loop);
  };
  requestAnimationFrame(loop);
}

boot().catch((e: unknown) => {
  const msg = e instanceof Error ? e.message : String(e);
  byId('notices').appendChild(el('div', { cls: 'notice error', text: `The viewer could not start: ${msg}` }));
  throw e;
});
