import type { SweepCell } from '../../analysis/cell';
import type { RobustWindow } from '../../analysis/robust-window';
import type { Band } from '../../analysis/window';
import type { ParamDef } from '../../scenario/types';
import { bandColumns, bandSegments, bandSummary, robustSummary, segmentAt, trackFraction, valueAtFraction, type BandSegment, type SummaryInput } from '../../view/band-layout';
import { byId, clear, el, setText } from '../panels/dom';
import { CLASS_STYLE, legendOf, type TimingClass } from '../../view/timing-classes';
import { formatNumber } from '../../view/address';
import { paramValueText } from '../../view/param-words';

// The window band in the control bar: the drill's main timing across its whole range, coloured
// by what happens (offside, works, too late, …), the current value marked. A click on the band
// plays that timing; so do the arrow keys on it (a slider for the keyboard: ← → one step, Page
// keys ten, Home and End the ends). While a new sweep runs the old band stays, dimmed.
// Swept over several tries (seeds), each timing is a column filled from the bottom by the share
// of tries that made a chance (green), then the others by class; the ranges are named by each
// timing's most common class, and the sentence is the window that holds in most tries.

export interface BandView {
  param: string;
  def: ParamDef;
  bands: Band[];
  cells: SweepCell[]; // in order of the parameter, at `values`
  values: number[];
  tries: number; // seeds per timing
  robust: RobustWindow[];
  summary: Omit<SummaryInput, 'label' | 'unit'>;
}

export class WindowBand {
  private readonly box = byId('window-band');
  private readonly title = el('span', { cls: 'wb-title' });
  private readonly legend = el('span', { cls: 'wb-legend' });
  private readonly summary = el('span', { cls: 'wb-summary', attrs: { 'aria-live': 'polite' } });
  private readonly track = el('div', { cls: 'wb-track', attrs: { role: 'slider', tabindex: '0' } });
  private readonly segsBox = el('div', { cls: 'wb-segs' });
  private readonly shares = el('canvas', { cls: 'wb-shares', attrs: { 'aria-hidden': 'true' } });
  private view: BandView | null = null;
  private readonly dotsBox = el('div', { cls: 'wb-dots', attrs: { 'aria-hidden': 'true' } });
  dots: { value: number; cls: string }[] = [];
  private readonly marker = el('div', { cls: 'wb-marker' });
  private readonly lo = el('span', { cls: 'wb-end' });
  private readonly hi = el('span', { cls: 'wb-end' });
  private def: ParamDef | null = null;
  segments: BandSegment[] = [];
  value = NaN;
  param = '';

  constructor(private readonly onPick: (param: string, value: number) => void) {
    this.track.append(this.shares, this.segsBox, this.dotsBox, this.marker);
    new ResizeObserver(() => { this.fitLabels(); this.paint(); }).observe(this.track);
    this.box.append(
      el('div', { cls: 'wb-head' }, [this.title, this.legend, this.summary]),
      el('div', { cls: 'wb-row' }, [this.lo, this.track, this.hi]),
    );
    this.track.addEventListener('click', (ev) => {
      if (!this.def) return;
      const r = this.track.getBoundingClientRect();
      this.onPick(this.param, valueAtFraction((ev.clientX - r.left) / r.width, this.def.min, this.def.max, this.def.step));
    });
    this.track.addEventListener('keydown', (ev) => this.onKey(ev));
  }

  /** The keyboard on the band: step the timing and play it (the page's own shortcuts wait). */
  private onKey(ev: KeyboardEvent): void {
    const d = this.def;
    if (!d || ev.ctrlKey || ev.metaKey || ev.altKey) return;
    const steps: Record<string, number> = { ArrowLeft: -1, ArrowDown: -1, ArrowRight: 1, ArrowUp: 1, PageDown: -10, PageUp: 10 };
    const now = Number.isFinite(this.value) ? this.value : d.default;
    let v: number | null = null;
    if (ev.key in steps) v = now + steps[ev.key] * d.step;
    else if (ev.key === 'Home') v = d.min;
    else if (ev.key === 'End') v = d.max;
    if (v === null) return;
    ev.preventDefault();
    ev.stopPropagation();
    v = Math.min(d.max, Math.max(d.min, Math.round((v - d.min) / d.step) * d.step + d.min));
    this.onPick(this.param, Number(v.toFixed(9)));
  }

  hide(): void {
    this.box.hidden = true;
    this.def = null;
  }

  /** A sweep is running for this parameter: keep what is shown (dimmed) until it is in. */
  busy(param: string, def: ParamDef): void {
    this.box.hidden = false;
    if (param !== this.param) {
      this.param = param;
      this.def = def;
      this.segments = [];
      this.view = null;
      this.paint();
      clear(this.segsBox);
      clear(this.legend);
      setText(this.summary, 'Working out the window…');
    }
    this.def = def;
    setText(this.title, `${def.label} window`);
    setText(this.lo, `${formatNumber(def.min)} ${def.unit}`.trim());
    setText(this.hi, `${formatNumber(def.max)} ${def.unit}`.trim());
    this.box.dataset.param = param;
    this.box.dataset.state = 'running';
  }

  show(v: BandView): void {
    this.busy(v.param, v.def);
    this.segments = bandSegments(v.bands, v.def.min, v.def.max);
    this.view = v;
    this.box.dataset.tries = String(v.tries);
    clear(this.segsBox);
    const u = v.def.unit ? ` ${v.def.unit}` : '';
    for (const s of this.segments) {
      const st = CLASS_STYLE[s.cls];
      const range = s.from === s.to ? `${formatNumber(s.from)}${u}` : `${formatNumber(s.from)}–${formatNumber(s.to)}${u}`;
      const seg = el('div', { cls: 'wb-seg', attrs: { 'data-class': s.cls, title: `${st.word}: ${v.def.label.toLowerCase()} ${range} (${st.detail})` } });
      seg.style.left = `${s.left * 100}%`;
      seg.style.width = `${s.width * 100}%`;
      if (v.tries === 1) seg.style.background = st.colour; // else the columns under it show the shares
      seg.style.color = st.ink;
      seg.dataset.word = st.word;
      this.segsBox.appendChild(seg);
    }
    this.fitLabels();
    clear(this.legend);
    for (const c of legendOf(this.segments.map((s) => s.cls))) {
      const sw = el('span', { cls: 'swatch' });
      sw.style.background = CLASS_STYLE[c].colour;
      this.legend.appendChild(el('span', { cls: 'wb-key', attrs: { title: CLASS_STYLE[c].detail } }, [sw, document.createTextNode(CLASS_STYLE[c].word)]));
    }
    const words = { label: v.def.label, unit: v.def.unit, ...v.summary };
    setText(this.summary, v.tries > 1 ? robustSummary(v.robust, words, v.def.step) : bandSummary(this.segments, words, v.def.step));
    this.paint();
    this.track.setAttribute('aria-label', this.summary.textContent ?? '');
    this.box.dataset.state = 'ready';
    this.mark(this.value);
  }

  /** The columns of shares, one per timing, on the canvas under the ranges' names. */
  private paint(): void {
    const c = this.shares, v = this.view;
    const w = this.track.clientWidth, h = this.track.clientHeight;
    const dpr = window.devicePixelRatio || 1;
    if (c.width !== Math.round(w * dpr) || c.height !== Math.round(h * dpr)) {
      c.width = Math.round(w * dpr);
      c.height = Math.round(h * dpr);
    }
    const g = c.getContext('2d');
    if (!g) return;
    g.setTransform(dpr, 0, 0, dpr, 0, 0);
    g.clearRect(0, 0, w, h);
    if (!v || v.tries === 1) return;
    for (const col of bandColumns(v.cells, v.values, v.def.min, v.def.max)) {
      let y = h;
      const x0 = Math.round(col.left * w), x1 = Math.round((col.left + col.width) * w);
      for (const p of col.parts) {
        const hh = p.share * h;
        g.fillStyle = CLASS_STYLE[p.cls].colour;
        g.fillRect(x0, y - hh, Math.max(1, x1 - x0), hh + 0.5);
        y -= hh;
      }
    }
  }

  /** Each range says its class where the word fits (narrow ranges rely on colour and legend). */
  private fitLabels(): void {
    for (const seg of this.segsBox.children as HTMLCollectionOf<HTMLElement>) {
      seg.textContent = seg.dataset.word ?? '';
      if (seg.scrollWidth > seg.clientWidth) seg.textContent = '';
    }
  }

  /** The player's tries: a dot each at its press time, coloured by what came of it. */
  setDots(dots: { value: number; cls: string }[]): void {
    this.dots = dots;
    clear(this.dotsBox);
    if (!this.def) return;
    for (const d of dots) {
      const dot = el('span', { cls: 'wb-dot', attrs: { 'data-class': d.cls, 'data-value': String(d.value) } });
      dot.style.left = `${trackFraction(d.value, this.def.min, this.def.max) * 100}%`;
      dot.style.background = CLASS_STYLE[d.cls === 'lost' ? 'late' : (d.cls as keyof typeof CLASS_STYLE)]?.colour ?? '#888';
      this.dotsBox.appendChild(dot);
    }
  }

  /** The class at the marker once the band is worked out (null while it runs or when hidden). */
  classNow(): TimingClass | null {
    if (this.box.hidden || this.box.dataset.state !== 'ready') return null;
    return (this.marker.dataset.class || null) as TimingClass | null;
  }

  /** The current value of the parameter: the marker, and which class it falls in. */
  mark(value: number): void {
    this.value = value;
    if (!this.def || !Number.isFinite(value)) return;
    this.marker.style.left = `${trackFraction(value, this.def.min, this.def.max) * 100}%`;
    const s = segmentAt(this.segments, value);
    this.marker.dataset.class = s?.cls ?? '';
    this.marker.title = `Now: ${formatNumber(value)} ${this.def.unit}${s ? `, ${CLASS_STYLE[s.cls].word.toLowerCase()}` : ''}`;
    this.track.setAttribute('aria-valuemin', String(this.def.min));
    this.track.setAttribute('aria-valuemax', String(this.def.max));
    this.track.setAttribute('aria-valuenow', String(value));
    this.track.setAttribute('aria-valuetext', `${paramValueText(value, this.def.unit)}${s ? `: ${CLASS_STYLE[s.cls].word.toLowerCase()}` : ''}`);
  }
}
