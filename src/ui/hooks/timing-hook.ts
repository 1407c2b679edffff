import { runMargins, scenarioRunner } from '../../analysis/margins';
import type { Ghost } from '../panels/ghost';
import { CLASS_STYLE } from '../../view/timing-classes';
import type { TimingWindows } from '../timing/timing-windows';

// Read-only state of the timing-window views, for the browser tests and the bench (getters
// only, as window.__onside): the band's segments and marker, the map's cells, the ghost, the race.

export function installTimingHook(tw: TimingWindows, ghost: Ghost): void {
  const shown = () => tw.shown;
  if (Object.prototype.hasOwnProperty.call(window, '__onsideTiming')) return;
  const state = {
    get band() {
      const b = tw.band;
      return {
        param: b.param,
        state: document.getElementById('window-band')?.dataset.state ?? '',
        segments: b.segments.map((s) => ({ cls: s.cls, from: s.from, to: s.to, lo: s.lo, hi: s.hi, left: s.left, width: s.width })),
        value: b.value,
        markerClass: document.querySelector<HTMLElement>('#window-band .wb-marker')?.dataset.class ?? '',
        summary: document.querySelector('#window-band .wb-summary')?.textContent ?? '',
        tries: Number(document.getElementById('window-band')?.dataset.tries ?? 1),
        cells: tw.bandCells.map((c) => ({ values: { ...c.values }, outcome: c.outcome, ...('classes' in c ? { classes: { ...c.classes }, shares: { ...c.shares } } : {}) })),
        robust: tw.robust.map((w) => ({ ...w })),
      };
    },
    get map() {
      const m = tw.map;
      return {
        x: m.x?.name ?? null, y: m.y?.name ?? null, xs: [...m.xs], ys: [...m.ys],
        state: document.getElementById('timing-map')?.dataset.state ?? '',
        filled: m.filled, total: m.cells.length, workers: tw.workers,
        ms: tw.stats.mapMs, jobs: tw.stats.mapJobs,
        tries: document.getElementById('timing-map')?.dataset.tries ?? '', triesCount: m.triesCount,
      };
    },
    /** Cell k of the map (row-major, rows are y): values, outcome, class, margins. */
    mapCell(k: number) {
      const c = tw.map.cells[k];
      const t = tw.map.tries[k];
      return c ? { ...c, values: { ...c.values }, tries: t ? { classes: { ...t.classes }, shares: { ...t.shares } } : null, cls: tw.map.classes[k] ?? null, colour: CLASS_STYLE[tw.map.classes[k] ?? 'lost'].colour } : null;
    },
    /** Where map cell k is drawn, in CSS px from the canvas's top left. */
    mapCellCentre(k: number) {
      return tw.map.cellCentre(k);
    },
    get ghost() {
      const p = ghost.pinnedRun;
      return { pinned: !!p, outcome: ghost.outcomeText, line: document.querySelector('[data-testid="ghost-outcome"]')?.textContent ?? '', params: p ? { ...p.params } : null };
    },
    raceAt(tick: number) {
      const r = tw.raceAt(tick);
      if (!r) return null;
      return {
        tick: r.tick, winner: r.winner?.index ?? -1, marginS: r.marginS,
        entries: r.entries.map((e) => ({ index: e.index, x: e.x, y: e.y, t: e.t, need: e.need })),
      };
    },
    /** The margins of the run on screen, computed here on the page's thread (a map cell's twin). */
    shownMargins() {
      const r = shown();
      return r ? runMargins(r.trace, r.spec, scenarioRunner(r.scenario)) : null;
    },
    get stats() { return { ...tw.stats, errors: [...tw.stats.errors] }; },
  };
  Object.defineProperty(window, '__onsideTiming', { value: Object.freeze(state), writable: false, configurable: false });
}
