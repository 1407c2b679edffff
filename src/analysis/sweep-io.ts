import { OUTCOMES } from '../core/events';
import { isRunCell, type SweepCell } from './cell';
import { MARGIN_FIELDS } from './margins';
import type { Sweep } from './sweep';
import { robustSentence, robustWindows } from './robust-window';
import { cellClass, timingWindow } from './window';
import { windowSentence } from './window-sentence';

// A sweep as text: JSON (the axes, then one line per cell) or CSV (one row per cell). Pure.
// Numbers are written exactly (shortest round trip), so a cell reads the same as `onside run`.

export interface SweepHeader {
  title?: string;
  units?: Record<string, string>; // parameter units, for the axes
  labels?: Record<string, string>; // parameter labels, for the window's sentence
}

/** A 1-D sweep's working window in the viewer's words (window-sentence.ts): over several seeds, the robust one. */
export function windowWords(s: Sweep, h: SweepHeader = {}): string {
  const a = s.axes[0];
  const step = a.values.length > 1 ? a.values[1] - a.values[0] : 0;
  const label = h.labels?.[a.name] ?? a.name;
  const unit = h.units?.[a.name] ?? '';
  if (s.seeds > 1) return robustSentence(label, unit, robustWindows(s), step);
  const works = timingWindow(s).filter((b) => b.class === 'works').map((b) => ({ from: b.from, to: b.to }));
  return windowSentence(label, unit, works, step);
}

/** A cell as written: its values, outcome, class, then margins (one seed) or shares (several). */
function cellJSON(c: SweepCell): Record<string, unknown> {
  return { ...c, class: cellClass(c) };
}

export function sweepToJSONText(s: Sweep, h: SweepHeader = {}): string {
  const head = {
    scenario: s.scenario,
    ...(h.title !== undefined ? { title: h.title } : {}),
    ...(s.variation !== undefined ? { variation: s.variation } : {}),
    seed: s.seed,
    seeds: s.seeds,
    params: s.params,
    axes: s.axes.map((a) => ({ name: a.name, ...(h.units?.[a.name] ? { unit: h.units[a.name] } : {}), values: a.values })),
    ...(s.axes.length === 1 && s.cells.length ? { window: windowWords(s, h) } : {}),
  };
  const fields = Object.entries(head).map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)}`);
  const cells = s.cells.map((c) => '    ' + JSON.stringify(cellJSON(c)));
  return `{\n${fields.join(',\n')},\n  "cells": [\n${cells.join(',\n')}\n  ]\n}\n`;
}

/** A text field, quoted when it holds a comma, a quote or a line break (RFC 4180). */
function csvText(v: string): string {
  return /[",\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v;
}

function csvNum(v: number | null | undefined): string {
  return v === null || v === undefined ? '' : Object.is(v, -0) ? '-0' : String(v);
}

/** Header: the axes, outcome, agent (one seed) and class, then the margins or each outcome's share. */
export function sweepToCSV(s: Sweep): string {
  const axes = s.axes.map((a) => a.name);
  const single = s.seeds === 1;
  const header = [...axes, 'outcome', ...(single ? ['agent'] : []), 'class', ...(single ? MARGIN_FIELDS : OUTCOMES)];
  const rows = [header.join(',')];
  for (const c of s.cells) {
    const cells = [...axes.map((a) => csvNum(c.values[a])), c.outcome];
    if (isRunCell(c)) cells.push(csvText(c.agent ?? ''), cellClass(c), ...MARGIN_FIELDS.map((k) => csvNum(c[k])));
    else cells.push(cellClass(c), ...OUTCOMES.map((r) => csvNum(c.shares[r] ?? 0)));
    rows.push(cells.join(','));
  }
  return rows.join('\n') + '\n';
}
