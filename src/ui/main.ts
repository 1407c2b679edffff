import { ViewerApp, type LoadedEntry } from './app';
import { byId, el } from './panels/dom';
import { loadLibrary } from './state/drill-library';
import { SHORTCUTS } from './state/keyboard';
import { parseAddress, type Drill } from '../view/address';
import { exposeState } from './hooks/test-hook';

// Start: load the drills, read the address (untrusted), open the drill it names (or the first),
// and run the display loop. A drill plays the moment the page opens.

function shortcutsTable(): void {
  const t = byId('shortcuts');
  for (const [k, what] of SHORTCUTS) t.appendChild(el('tr', {}, [el('td', {}, [el('kbd', { text: k })]), el('td', { text: what })]));
}

async function boot(): Promise<void> {
  const library = loadLibrary();
  const loaded = library.filter((e): e is LoadedEntry => e.scenario !== undefined);
  shortcutsTable();
  if (!loaded.length) {
    byId('notices').appendChild(el('div', { cls: 'notice error', text: 'No drill could be loaded:\n' + library.map((e) => e.error).join('\n') }));
    return;
  }
  const drills: Drill[] = loaded.map((e) => ({ id: e.id, scenario: e.scenario }));
  const { state, flags, notices } = parseAddress(location.search, drills);
  const app = await ViewerApp.create(byId<HTMLCanvasElement>('pitch'), library, flags);
  for (const n of notices) app.notices.show(n);
  if (flags.theme) app.presentation.setTheme(flags.theme);
  if (flags.presenter) app.presentation.setPresenter(true);
  app.selectDrill(loaded.find((e) => e.id === state.drill) ?? loaded[0], state);
  exposeState(app);
  if (new URLSearchParams(location.search).get('bench') === '1') {
    const { installBench } = await import('./hooks/bench-hook');
    installBench(app);
  }
  let last = performance.now();
  const loop = (now: number) => {
    app.frame(now - last);
    last = now;
    requestAnimationFrame(loop);
  };
  requestAnimationFrame(loop);
}

boot().catch((e: unknown) => {
  const msg = e instanceof Error ? e.message : String(e);
  byId('notices').appendChild(el('div', { cls: 'notice error', text: `The viewer could not start: ${msg}` }));
  throw e;
});
