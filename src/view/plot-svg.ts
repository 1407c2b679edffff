import { isRunCell } from '../analysis/cell';
import { robustSentence, robustWindows, worksShare } from '../analysis/robust-window';
import type { Sweep } from '../analysis/sweep';
import { cellClass, timingWindow } from '../analysis/window';
import { formatNumber } from './address';
import { bandColumns, bandSegments, bandSummary } from './band-layout';
import { CLASS_STYLE, legendOf, sideClasses, type TimingClass } from './timing-classes';

// A sweep drawn as an SVG picture for an analyst's report: the window band (one timing) or the
// timing map (two), in the viewer's colours and words, with its legend and its sentence. Pure:
// a string out, no DOM, so the command line and the page draw the same picture.
// With several seeds per cell, the band is a column per timing stacked by the share of tries in
// each class (the green part is the share that made a chance) and the map's cells are shaded by
// the share of their most common class; the sentence is the robust window's.

export interface PlotLabels {
  title?: string; // the drill's title (text from a file: escaped here)
  labels?: Record<string, string>; // parameter name → label ("Run start")
  units?: Record<string, string>; // parameter name → unit ("s")
}

const W = 720; // px: the picture's width
const PAD = { left: 64, right: 16, top: 44, bottom: 56 };
const FONT = 'font-family="system-ui, sans-serif"';

/** Text for SVG content and attributes: the five XML specials escaped, control characters dropped. */
export function xmlText(v: string): string {
  return v
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')
    .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

const n1 = (x: number) => Number(x.toFixed(1));

function text(x: number, y: number, s: string, o: { size?: number; anchor?: string; fill?: string; weight?: string } = {}): string {
  return `<text x="${n1(x)}" y="${n1(y)}" ${FONT} font-size="${o.size ?? 12}"${o.anchor ? ` text-anchor="${o.anchor}"` : ''}${o.weight ? ` font-weight="${o.weight}"` : ''} fill="${o.fill ?? '#111'}">${xmlText(s)}</text>`;
}

function rect(x: number, y: number, w: number, h: number, fill: string, extra = ''): string {
  return `<rect x="${n1(x)}" y="${n1(y)}" width="${n1(w)}" height="${n1(h)}" fill="${fill}"${extra}/>`;
}

function axisName(s: Sweep, k: number, l: PlotLabels): string {
  const name = s.axes[k].name;
  const unit = l.units?.[name];
  return `${l.labels?.[name] ?? name}${unit ? ` (${unit})` : ''}`;
}

/** A few tick values along an axis: every value when there are few, else about eight. */
function ticks(values: readonly number[]): number[] {
  const every = Math.max(1, Math.ceil(values.length / 8));
  return values.filter((_, k) => k % every === 0 || k === values.length - 1);
}

function legend(classes: Iterable<TimingClass>, y: number): string {
  let x = PAD.left;
  const out: string[] = [];
  for (const c of legendOf(classes)) {
    out.push(rect(x, y - 10, 12, 12, CLASS_STYLE[c].colour, ` data-legend="${c}"`), text(x + 16, y, CLASS_STYLE[c].word));
    x += 28 + CLASS_STYLE[c].word.length * 7;
  }
  return out.join('');
}

function band(s: Sweep, l: PlotLabels): { body: string; height: number; sentence: string; present: Set<TimingClass> } {
  const xs = s.axes[0].values;
  const name = s.axes[0].name;
  const unit = l.units?.[name] ?? '';
  const label = l.labels?.[name] ?? name;
  const plotW = W - PAD.left - PAD.right;
  const h = s.seeds > 1 ? 120 : 48;
  const y0 = PAD.top + 20;
  const step = xs.length > 1 ? xs[1] - xs[0] : 1;
  const lo = xs[0] - step / 2, hi = xs[xs.length - 1] + step / 2;
  const px = (v: number) => PAD.left + ((v - lo) / (hi - lo || 1)) * plotW;
  const present = new Set<TimingClass>();
  const out: string[] = [];
  if (s.seeds === 1) {
    for (const seg of bandSegments(timingWindow(s), xs[0], xs[xs.length - 1])) {
      present.add(seg.cls);
      const a = seg.lo === xs[0] ? lo : seg.lo, b = seg.hi === xs[xs.length - 1] ? hi : seg.hi;
      out.push(rect(px(a), y0, px(b) - px(a), h, CLASS_STYLE[seg.cls].colour, ` data-class="${seg.cls}" data-from="${seg.from}" data-to="${seg.to}"`));
    }
  } else {
    for (const col of bandColumns(s.cells, xs, lo, hi)) {
      let y = y0 + h;
      for (const { cls, share } of col.parts) {
        present.add(cls);
        y -= share * h;
        out.push(rect(PAD.left + col.left * plotW, y, col.width * plotW, share * h, CLASS_STYLE[cls].colour, ` data-class="${cls}" data-value="${col.value}" data-share="${share}"`));
      }
    }
    // the half-way line: a timing is in the robust window when its green reaches it
    out.push(`<line x1="${PAD.left}" x2="${W - PAD.right}" y1="${n1(y0 + h / 2)}" y2="${n1(y0 + h / 2)}" stroke="#111" stroke-dasharray="4 3" stroke-width="1"/>`);
  }
  const axisY = y0 + h;
  for (const v of ticks(xs)) {
    out.push(`<line x1="${n1(px(v))}" x2="${n1(px(v))}" y1="${axisY}" y2="${axisY + 5}" stroke="#111"/>`, text(px(v), axisY + 18, formatNumber(v), { anchor: 'middle', size: 11 }));
  }
  out.push(text(PAD.left + plotW / 2, axisY + 36, axisName(s, 0, l), { anchor: 'middle' }));
  const sentence = s.seeds > 1
    ? robustSentence(label, unit, robustWindows(s), step)
    : bandSummary(bandSegments(timingWindow(s), xs[0], xs[xs.length - 1]), { label, unit }, step);
  return { body: out.join(''), height: axisY + 40, sentence, present };
}

function map(s: Sweep, l: PlotLabels): { body: string; height: number; sentence: string; present: Set<TimingClass> } {
  const [ya, xa] = s.axes; // rows: the first axis; columns: the second (row-major cells)
  const plotW = W - PAD.left - PAD.right;
  const cw = plotW / xa.values.length;
  const ch = Math.max(4, Math.min(cw, 360 / ya.values.length));
  const y0 = PAD.top + 20;
  const present = new Set<TimingClass>();
  const out: string[] = [];
  let chances = 0;
  for (let r = 0; r < ya.values.length; r++) {
    const row = s.cells.slice(r * xa.values.length, (r + 1) * xa.values.length);
    const sides = sideClasses(row.map(cellClass));
    row.forEach((c, k) => {
      const cls = sides[k];
      present.add(cls);
      const share = isRunCell(c) ? 1 : Math.max(...Object.values(c.classes).map((v) => v ?? 0));
      if (worksShare(c) >= 0.5) chances++;
      const y = y0 + (ya.values.length - 1 - r) * ch; // the first row at the bottom
      out.push(rect(PAD.left + k * cw, y, cw, ch, CLASS_STYLE[cls].colour, `${share < 1 ? ` fill-opacity="${Number(share.toFixed(3))}"` : ''} data-class="${cls}" data-row="${r}" data-col="${k}"`));
    });
  }
  const bottom = y0 + ya.values.length * ch;
  for (const v of ticks(xa.values)) {
    const x = PAD.left + (xa.values.indexOf(v) + 0.5) * cw;
    out.push(text(x, bottom + 16, formatNumber(v), { anchor: 'middle', size: 11 }));
  }
  for (const v of ticks(ya.values)) {
    const y = y0 + (ya.values.length - 1 - ya.values.indexOf(v) + 0.5) * ch + 4;
    out.push(text(PAD.left - 6, y, formatNumber(v), { anchor: 'end', size: 11 }));
  }
  out.push(text(PAD.left + plotW / 2, bottom + 34, axisName(s, 1, l), { anchor: 'middle' }));
  out.push(`<text transform="translate(16 ${n1(y0 + (bottom - y0) / 2)}) rotate(-90)" ${FONT} font-size="12" text-anchor="middle" fill="#111">${xmlText(axisName(s, 0, l))}</text>`);
  const tries = s.seeds > 1 ? ` in at least half of ${s.seeds} tries` : '';
  const sentence = `${chances} of ${s.cells.length} timings make a chance${tries}.`;
  return { body: out.join(''), height: bottom + 40, sentence, present };
}

/** The sweep as an SVG document: the band for one axis, the map for two. */
export function sweepToSVG(s: Sweep, l: PlotLabels = {}): string {
  const part = s.axes.length === 1 ? band(s, l) : map(s, l);
  const legendY = part.height + 8;
  const sentenceY = legendY + 24;
  const H = sentenceY + 16;
  const title = `${l.title ?? s.scenario}${s.variation ? ` · ${s.variation}` : ''} · ${s.seeds > 1 ? `seeds ${s.seed}–${s.seed + s.seeds - 1}` : `seed ${s.seed}`}`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${n1(H)}" viewBox="0 0 ${W} ${n1(H)}" shape-rendering="crispEdges" role="img" aria-label="${xmlText(title)}">`,
    rect(0, 0, W, H, '#ffffff'),
    text(PAD.left, 24, title, { size: 15, weight: '600' }),
    part.body,
    legend(part.present, legendY),
    text(PAD.left, sentenceY, part.sentence, { size: 13 }),
    '</svg>',
    '',
  ].join('\n');
}
