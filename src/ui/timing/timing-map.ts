import type { RunCell, SeedsCell } from '../../analysis/cell';
import { OUTCOME_CLASSES, inOffsidePosition, outcomeClass } from '../../analysis/outcome-class';
import { OUTCOMES } from '../../core/events';
import { gridValues, type VaryAxis } from '../../analysis/grid';
import { cellClass } from '../../analysis/window';
import type { ParamValues } from '../../scenario/resolve';
import type { ParamDef } from '../../scenario/types';
import { marginWords, outcomeWordsOf, placeWords, triesWords } from '../../view/cell-words';
import { byId, clear, el, setText } from '../panels/dom';
import { CLASS_STYLE, PENDING_COLOUR, legendOf, sideClasses, type TimingClass } from '../../view/timing-classes';

// The timing map: two timings as a grid, each cell coloured by what that run does, filling in as
// the workers answer (a row at a time, coarse to fine). The current timing is marked, the pinned
// run too; hovering a cell names its outcome and margins; clicking it plays that run.

export interface MapAxis {
  name: string;
  def: ParamDef;
  vary: VaryAxis;
}

interface Hit { c: number; r: number }

const PAD = { left: 48, right: 8, top: 8, bottom: 36 }; // CSS px around the plot, for the scales

export class TimingMap {
  private readonly box = byId('timing-map');
  private readonly legend = el('div', { cls: 'tm-legend' });
  private readonly canvas = el('canvas', { cls: 'tm-canvas', attrs: { 'aria-label': 'Timing map: arrow keys pick a timing, Enter plays it', tabindex: '0', role: 'grid' } });
  private readonly status = el('div', { cls: 'tm-status muted', attrs: { 'aria-live': 'polite' } });
  private readonly readout = el('div', { cls: 'tm-readout', attrs: { 'aria-live': 'polite' } });
  x: MapAxis | null = null; // columns
  y: MapAxis | null = null; // rows
  xs: number[] = [];
  ys: number[] = [];
  cells: (RunCell | undefined)[] = [];
  /** Each cell over all its tries (this seed and the others), once the other tries are in. */
  tries: (SeedsCell | undefined)[] = [];
  triesCount = 1;
  classes: (TimingClass | undefined)[] = [];
  fresh: boolean[] = [];
  filled = 0;
  current: ParamValues = {};
  pinned: ParamValues | null = null;
  private hover: Hit | null = null;
  private labelOf: (id: string) => string = (id) => id;
  private raf = 0;
  private drill = '';

  constructor(private readonly onPick: (values: ParamValues) => void) {
    this.box.append(el('h2', { text: 'Timing map' }), this.legend, this.canvas, this.readout);
    (document.getElementById('diagnostics') ?? this.box).append(this.status); // run counts and workers: for the analyst
    this.canvas.addEventListener('mousemove', (ev) => this.pointAt(ev));
    this.canvas.addEventListener('mouseleave', () => { this.hover = null; this.describe(); this.redraw(); });
    this.canvas.addEventListener('keydown', (ev) => this.onKey(ev));
    this.canvas.addEventListener('click', (ev) => {
      const h = this.hit(ev);
      if (h) this.onPick({ [this.x!.name]: this.xs[h.c], [this.y!.name]: this.ys[h.r] });
    });
    new ResizeObserver(() => this.redraw()).observe(this.box);
  }

  hide(): void {
    this.box.hidden = true;
    this.x = this.y = null;
  }

  /** A new map: the same drill and stage on the same grid keep their old cells (faded) until
   *  the new ones replace them; another drill or stage starts blank. */
  start(x: MapAxis, y: MapAxis, labelOf: (id: string) => string, drill: string): void {
    this.box.hidden = false;
    this.triesCount = 1;
    this.box.dataset.tries = 'waiting';
    this.labelOf = labelOf;
    const xs = gridValues(x.vary.from, x.vary.to, x.vary.step), ys = gridValues(y.vary.from, y.vary.to, y.vary.step);
    const same = drill === this.drill && this.x?.name === x.name && this.y?.name === y.name && xs.join() === this.xs.join() && ys.join() === this.ys.join();
    this.drill = drill;
    this.x = x;
    this.y = y;
    this.xs = xs;
    this.ys = ys;
    if (!same) {
      this.cells = new Array(xs.length * ys.length).fill(undefined);
      this.classes = new Array(xs.length * ys.length).fill(undefined);
    }
    this.fresh = new Array(xs.length * ys.length).fill(false);
    this.tries = new Array(xs.length * ys.length).fill(undefined);
    this.filled = 0;
    this.box.dataset.state = 'filling';
    this.showLegend();
    setText(this.status, `Filling in ${xs.length} × ${ys.length} = ${xs.length * ys.length} runs…`);
    this.redraw();
  }

  /** A row of cells from a worker: index into the grid (row-major: rows are y). */
  put(index: readonly number[], cells: readonly RunCell[]): void {
    index.forEach((k, n) => {
      this.cells[k] = cells[n];
      if (!this.fresh[k]) this.filled++;
      this.fresh[k] = true;
    });
    this.classify(index);
    setText(this.status, `Filling in: ${this.filled} of ${this.cells.length} runs…`);
    this.showLegend();
    this.redraw();
  }

  /** Too early / too late along x, the band's parameter, row by row: by the most common class
   *  over the tries where they are in, else by this seed's run. */
  private classify(index: readonly number[]): void {
    const nc = this.xs.length;
    for (const r of new Set(index.map((k) => Math.floor(k / nc)))) {
      const row = this.cells.slice(r * nc, (r + 1) * nc);
      if (row.some((c) => !c)) continue;
      const tries = this.tries.slice(r * nc, (r + 1) * nc);
      const cls = tries.every((t) => t) ? tries.map((t) => cellClass(t!)) : row.map((c) => cellClass(c!));
      sideClasses(cls).forEach((c, k) => { this.classes[r * nc + k] = c; });
    }
  }

  /** The other tries of some cells (seeds after this one): each cell's shares over all its tries. */
  putTries(index: readonly number[], others: readonly SeedsCell[], more: number): void {
    const all = more + 1;
    index.forEach((k, n) => {
      const first = this.cells[k];
      if (!first) return;
      const own = outcomeClass(first.outcome, first.shotT !== null, first.played, inOffsidePosition(first.offsideMarginM));
      const classes: SeedsCell['classes'] = {};
      for (const c of OUTCOME_CLASSES) {
        // counts, not shares, so a cell's share is k / tries exactly as a sweep of all the seeds gives it
        const share = (Math.round((others[n].classes[c] ?? 0) * more) + (c === own ? 1 : 0)) / all;
        if (share > 0) classes[c] = share;
      }
      const shares: SeedsCell['shares'] = { ...others[n].shares };
      for (const key of Object.keys(shares) as (keyof typeof shares)[]) shares[key] = Math.round((shares[key] ?? 0) * more) / all;
      shares[first.outcome] = (Math.round((shares[first.outcome] ?? 0) * all) + 1) / all;
      let outcome = first.outcome, most = -1;
      for (const o of OUTCOMES) if ((shares[o] ?? 0) > most) { most = shares[o] ?? 0; outcome = o; }
      this.tries[k] = { values: first.values, outcome, shares, classes };
    });
    this.triesCount = all;
    this.classify(index);
    this.box.dataset.tries = 'filling';
    this.showLegend();
    this.redraw();
  }

  triesDone(ms: number, workers: number, seed: number, tries: number): void {
    this.box.dataset.tries = 'done';
    setText(this.status, `${this.xs.length} × ${this.ys.length} timings, ${tries} tries each (seeds ${seed}–${seed + tries - 1}): ${this.cells.length * tries} runs in ${(ms / 1000).toFixed(2)} s on ${workers} workers. Paler cells: the tries disagree.`);
    this.describe();
  }

  done(ms: number, workers: number, seed: number): void {
    this.box.dataset.state = 'done';
    setText(this.status, `${this.xs.length} × ${this.ys.length} = ${this.cells.length} runs (seed ${seed}) in ${(ms / 1000).toFixed(2)} s on ${workers} workers; the other tries follow`);
    this.describe();
  }

  failed(message: string): void {
    this.box.dataset.state = 'failed';
    setText(this.status, `The map could not be made: ${message}`);
  }

  mark(current: ParamValues, pinned: ParamValues | null): void {
    this.current = current;
    this.pinned = pinned;
    if (!this.hover) this.describe();
    this.redraw();
  }

  private showLegend(): void {
    clear(this.legend);
    const present = legendOf(this.classes.filter((c): c is TimingClass => c !== undefined));
    for (const c of present.length ? present : (['offside', 'works', 'late'] as TimingClass[])) {
      const sw = el('span', { cls: 'swatch' });
      sw.style.background = CLASS_STYLE[c].colour;
      this.legend.appendChild(el('span', { cls: 'wb-key', attrs: { title: CLASS_STYLE[c].detail } }, [sw, document.createTextNode(CLASS_STYLE[c].word)]));
    }
  }

  /** The line under the map: the hovered cell, else the cell nearest the current timing. */
  private describe(): void {
    const h = this.hover ?? this.nearest(this.current);
    const k = h ? h.r * this.xs.length + h.c : -1;
    const cell = k >= 0 ? this.cells[k] : undefined;
    const cls = k >= 0 ? this.classes[k] : undefined;
    if (!cell || !cls || !this.x || !this.y) { setText(this.readout, this.hover ? 'Not run yet' : ''); return; }
    const place = placeWords(cell, [this.x, this.y]);
    const all = this.tries[k];
    const tries = all ? ` ${triesWords(all, this.triesCount)[0].toUpperCase()}${triesWords(all, this.triesCount).slice(1)}.` : '';
    const margins = marginWords(cell);
    setText(this.readout, `${this.hover ? '' : 'Nearest: '}${place}: ${outcomeWordsOf(cell, cls, this.labelOf)}. ${margins[0].toUpperCase()}${margins.slice(1)}.${tries}${this.hover ? ' Click or press Enter to play it.' : ''}`);
    this.readout.dataset.cell = String(k);
  }

  private nearest(v: ParamValues): Hit | null {
    if (!this.x || !this.y || v[this.x.name] === undefined || v[this.y.name] === undefined) return null;
    const near = (vals: number[], t: number) => vals.reduce((b, x, i) => (Math.abs(x - t) < Math.abs(vals[b] - t) ? i : b), 0);
    return { c: near(this.xs, v[this.x.name]), r: near(this.ys, v[this.y.name]) };
  }

  // ---- geometry and drawing ---------------------------------------------------------------

  /** Where cell k is drawn, in CSS px from the canvas's top left (tests click it). */
  cellCentre(k: number): { x: number; y: number } | null {
    if (!this.x || k < 0 || k >= this.cells.length) return null;
    const p = this.plot(), nc = this.xs.length;
    return { x: p.sx(this.xs[k % nc]), y: p.sy(this.ys[Math.floor(k / nc)]) };
  }

  private plot() {
    const w = this.canvas.clientWidth, h = this.canvas.clientHeight;
    const dx = this.xs.length > 1 ? this.xs[1] - this.xs[0] : 1, dy = this.ys.length > 1 ? this.ys[1] - this.ys[0] : 1;
    const x0 = this.xs[0] - dx / 2, x1 = this.xs[this.xs.length - 1] + dx / 2;
    const y0 = this.ys[0] - dy / 2, y1 = this.ys[this.ys.length - 1] + dy / 2;
    const pw = Math.max(1, w - PAD.left - PAD.right), ph = Math.max(1, h - PAD.top - PAD.bottom);
    return {
      w, h, dx, dy, x0, x1, y0, y1,
      sx: (x: number) => PAD.left + ((x - x0) / (x1 - x0)) * pw,
      sy: (y: number) => PAD.top + ph - ((y - y0) / (y1 - y0)) * ph, // up is later
      vx: (px: number) => x0 + ((px - PAD.left) / pw) * (x1 - x0),
      vy: (py: number) => y0 + ((PAD.top + ph - py) / ph) * (y1 - y0),
    };
  }

  private hit(ev: MouseEvent): Hit | null {
    if (!this.x || !this.y || !this.xs.length) return null;
    const p = this.plot();
    const x = p.vx(ev.offsetX), y = p.vy(ev.offsetY);
    if (x < p.x0 || x > p.x1 || y < p.y0 || y > p.y1) return null;
    const c = Math.min(this.xs.length - 1, Math.max(0, Math.round((x - this.xs[0]) / p.dx)));
    const r = Math.min(this.ys.length - 1, Math.max(0, Math.round((y - this.ys[0]) / p.dy)));
    return { c, r };
  }

  /** The keyboard on the map: arrows move the picked cell (from the current timing), Enter plays it. */
  private onKey(ev: KeyboardEvent): void {
    if (!this.x || !this.y || !this.xs.length || ev.ctrlKey || ev.metaKey || ev.altKey) return;
    const moves: Record<string, [number, number]> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, 1], ArrowDown: [0, -1] };
    const h = this.hover ?? this.nearest(this.current) ?? { c: 0, r: 0 };
    if (ev.key in moves) {
      const [dc, dr] = moves[ev.key];
      this.hover = { c: Math.min(this.xs.length - 1, Math.max(0, h.c + dc)), r: Math.min(this.ys.length - 1, Math.max(0, h.r + dr)) };
      this.describe();
      this.redraw();
    } else if (ev.key === 'Enter' || ev.key === ' ') {
      this.onPick({ [this.x.name]: this.xs[h.c], [this.y.name]: this.ys[h.r] });
    } else return;
    ev.preventDefault();
    ev.stopPropagation(); // the page's own arrow keys step frames
  }

  private pointAt(ev: MouseEvent): void {
    const h = this.hit(ev);
    if (h?.c === this.hover?.c && h?.r === this.hover?.r) return;
    this.hover = h;
    this.canvas.style.cursor = h ? 'pointer' : 'default';
    this.describe();
    this.redraw();
  }

  /** Draw on the next animation frame (many rows may land in one frame). */
  redraw(): void {
    if (this.raf) return;
    this.raf = requestAnimationFrame(() => { this.raf = 0; this.paint(); });
  }

  private paint(): void {
    if (!this.x || !this.y || this.box.hidden) return;
    const cssW = this.box.clientWidth;
    const cssH = Math.round(Math.min(Math.max(170, cssW * 0.62), 360));
    const dpr = window.devicePixelRatio || 1;
    if (this.canvas.width !== Math.round(cssW * dpr) || this.canvas.height !== Math.round(cssH * dpr)) {
      this.canvas.style.width = `${cssW}px`;
      this.canvas.style.height = `${cssH}px`;
      this.canvas.width = Math.round(cssW * dpr);
      this.canvas.height = Math.round(cssH * dpr);
    }
    const g = this.canvas.getContext('2d')!;
    g.setTransform(dpr, 0, 0, dpr, 0, 0);
    g.clearRect(0, 0, cssW, cssH);
    const p = this.plot();
    const style = getComputedStyle(this.box);
    const ink = style.color, font = Math.max(11, Math.round(parseFloat(style.fontSize) * 0.8));
    const nc = this.xs.length;
    for (let r = 0; r < this.ys.length; r++) {
      for (let c = 0; c < nc; c++) {
        const k = r * nc + c, cls = this.classes[k];
        g.globalAlpha = cls && !this.fresh[k] ? 0.35 : this.shareOf(k);
        g.fillStyle = cls ? CLASS_STYLE[cls].colour : PENDING_COLOUR;
        const xa = p.sx(this.xs[c] - p.dx / 2), xb = p.sx(this.xs[c] + p.dx / 2);
        const ya = p.sy(this.ys[r] + p.dy / 2), yb = p.sy(this.ys[r] - p.dy / 2);
        g.fillRect(xa, ya, xb - xa + 0.5, yb - ya + 0.5);
      }
    }
    g.globalAlpha = 1;
    this.scales(g, p, ink, font);
    if (this.hover) {
      const { c, r } = this.hover;
      g.strokeStyle = ink;
      g.lineWidth = 2;
      g.strokeRect(p.sx(this.xs[c] - p.dx / 2), p.sy(this.ys[r] + p.dy / 2), p.sx(this.xs[c] + p.dx / 2) - p.sx(this.xs[c] - p.dx / 2), p.sy(this.ys[r] - p.dy / 2) - p.sy(this.ys[r] + p.dy / 2));
    }
    if (this.pinned) this.dot(g, p, this.pinned, true);
    this.dot(g, p, this.current, false);
  }

  /** How sure a cell is: the share of its tries in its most common class (shaded lighter when
   *  the tries disagree; never below 0.4 so the colour stays readable). */
  private shareOf(k: number): number {
    const c = this.tries[k];
    if (!c) return 1;
    return 0.4 + 0.6 * Math.max(...Object.values(c.classes).map((v) => v ?? 0));
  }

  /** The current timing (a filled ring) or the pinned one (a hollow, dashed ring). */
  private dot(g: CanvasRenderingContext2D, p: ReturnType<TimingMap['plot']>, v: ParamValues, pinned: boolean): void {
    const x = v[this.x!.name], y = v[this.y!.name];
    if (x === undefined || y === undefined) return;
    const cx = p.sx(x), cy = p.sy(y), rad = Math.max(6, Math.min(11, (p.sx(p.dx) - p.sx(0)) * 0.8));
    g.setLineDash(pinned ? [3, 3] : []);
    g.lineWidth = 5;
    g.strokeStyle = '#000000';
    g.beginPath(); g.arc(cx, cy, rad, 0, Math.PI * 2); g.stroke();
    g.lineWidth = 2.5;
    g.strokeStyle = pinned ? '#cccccc' : '#ffffff';
    g.beginPath(); g.arc(cx, cy, rad, 0, Math.PI * 2); g.stroke();
    g.setLineDash([]);
    if (!pinned) { g.fillStyle = '#ffffff'; g.beginPath(); g.arc(cx, cy, 2.5, 0, Math.PI * 2); g.fill(); }
  }

  private scales(g: CanvasRenderingContext2D, p: ReturnType<TimingMap['plot']>, ink: string, font: number): void {
    const x = this.x!, y = this.y!;
    g.fillStyle = ink;
    g.strokeStyle = ink;
    g.font = `${font}px system-ui, sans-serif`;
    g.lineWidth = 1;
    const ticks = (lo: number, hi: number) => {
      const span = hi - lo, step = span > 2.5 ? 1 : span > 1 ? 0.5 : 0.1;
      const out: number[] = [];
      for (let v = Math.ceil(lo / step - 1e-9) * step; v <= hi + 1e-9; v += step) out.push(Number(v.toFixed(3)));
      return out;
    };
    g.textAlign = 'center';
    g.textBaseline = 'top';
    for (const v of ticks(x.def.min, x.def.max)) {
      const sx = p.sx(v);
      g.fillRect(sx - 0.5, p.sy(p.y0), 1, 4);
      g.fillText(String(v), sx, p.sy(p.y0) + 5);
    }
    g.fillText(`${x.def.label} (${x.def.unit}) →`, (p.sx(p.x0) + p.sx(p.x1)) / 2, p.sy(p.y0) + 5 + font * 1.15);
    g.textAlign = 'right';
    g.textBaseline = 'middle';
    for (const v of ticks(y.def.min, y.def.max)) {
      const sy = p.sy(v);
      g.fillRect(p.sx(p.x0) - 4, sy - 0.5, 4, 1);
      g.fillText(String(v), p.sx(p.x0) - 6, sy);
    }
    g.save();
    g.translate(font * 0.7, (p.sy(p.y0) + p.sy(p.y1)) / 2);
    g.rotate(-Math.PI / 2);
    g.textAlign = 'center';
    g.fillText(`${y.def.label} (${y.def.unit}) →`, 0, 0);
    g.restore();
    // Where the two timings are equal ("with the pass"), when both are times.
    if (x.def.unit === 's' && y.def.unit === 's') {
      const a = Math.max(p.x0, p.y0), b = Math.min(p.x1, p.y1);
      if (b > a) {
        g.setLineDash([5, 4]);
        g.strokeStyle = ink;
        g.globalAlpha = 0.7;
        g.beginPath(); g.moveTo(p.sx(a), p.sy(a)); g.lineTo(p.sx(b), p.sy(b)); g.stroke();
        g.setLineDash([]);
        g.globalAlpha = 1;
      }
    }
  }
}
