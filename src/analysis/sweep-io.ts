import { OUTCOMES } from '../core/events';
import { isRunCell, type SweepCell } from './cell';
import { MARGIN_FIELDS } from './margins';
import type { Sweep } from './sweep';
import { cellClass } from './window';

// A sweep as text: JSON (the axes, then one line per cell) or CSV (one row per cell). Pure.
// Numbers are written exactly (shortest round trip), so a cell reads the same as `onside run`.

export interface SweepHeader {
  title?: string;
  units?: Record<string, string>; // parameter units, for the axes
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
