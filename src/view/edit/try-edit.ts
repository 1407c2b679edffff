import { produce } from 'immer';
import type { ParamDef, Problem, ScenarioFile } from '../../scenario/types';
import { validateScenario } from '../../scenario/validate';
import { applyOp, formatPath, valueAt, type EditOp, type Path } from './ops';

// An edit is kept only when the file it makes is a valid drill: the editor cannot make an invalid
// one, and what it refuses is said in the validator's own words (the same `onside validate` prints).

export type Tried = { ok: true; file: ScenarioFile } | { ok: false; problems: Problem[] };

export function tryEdit(file: ScenarioFile, e: EditOp): Tried {
  let next: ScenarioFile;
  try {
    next = produce(file, (d) => applyOp(d as ScenarioFile, e));
  } catch (err) {
    return { ok: false, problems: [{ path: '$', message: err instanceof Error ? err.message : String(err) }] };
  }
  const problems = validateScenario(next);
  return problems.length ? { ok: false, problems } : { ok: true, file: next };
}

/** The refusal as one line: the validator's place and words. */
export function refusalText(problems: readonly Problem[]): string {
  return problems.slice(0, 3).map((p) => `${p.path}: ${p.message}`).join('\n') + (problems.length > 3 ? `\n… and ${problems.length - 3} more` : '');
}

/** What kind of number a field holds, from its name: it sets a new parameter's unit and range. */
function fieldKind(path: Path): 'time' | 'speed' | 'place' | 'other' {
  const k = String(path[path.length - 1]);
  if (k === 'at' || k === 'delay') return 'time';
  if (k === 'speed') return 'speed';
  if (k === 'x' || k === 'y') return 'place';
  return 'other';
}

const round = (v: number, step: number) => Math.round(v / step) * step;

/** A parameter standing for the value now at `path`: its default is that value, with a range a
 *  coach would try around it (times from 0, speeds ±40%, places ±6 m). */
export function paramFor(file: ScenarioFile, path: Path, label: string): ParamDef {
  const v = Number(valueAt(file, path));
  const value = Number.isFinite(v) ? v : 0;
  const kind = fieldKind(path);
  const fix = (n: number) => Number(n.toFixed(3));
  switch (kind) {
    case 'time': return { label, unit: 's', min: 0, max: fix(Math.max(3, round(value * 2, 0.5))), step: 0.05, default: fix(value) };
    case 'speed': return { label, unit: 'm/s', min: fix(Math.max(1, round(value * 0.6, 0.5))), max: fix(round(value * 1.4, 0.5) || 1), step: 0.5, default: fix(value) };
    case 'place': return { label, unit: 'm', min: fix(value - 6), max: fix(value + 6), step: 0.5, default: fix(value) };
    default: return { label, unit: '', min: fix(Math.min(0, value)), max: fix(Math.max(1, value * 2)), step: 0.1, default: fix(value) };
  }
}

export { formatPath };
