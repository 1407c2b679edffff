import { MAX_SEED } from '../analysis/sweep';
import type { ParamValues } from '../scenario/resolve';
import { usageError } from './errors';
import { clip } from '../scenario/bounded-text';
import { parseDecimal } from '../scenario/input-limits';

// Option values shared by the commands that simulate (run, sweep): whole numbers such as the
// seed, and --set NAME=VALUE pairs. Names and ranges are checked against the drill later.

export { MAX_SEED }; // the seed range, defined once with the sweep

/** A whole number within [min, max] from option text, or a usage error naming the option. */
export function parseWhole(command: string, option: string, text: string, min: number, max: number): number {
  if (!/^\d{1,16}$/.test(text) || Number(text) < min || Number(text) > max) {
    throw usageError(`${command}: ${option} ${clip(text)}: expected a whole number ${min}–${max}`);
  }
  return Number(text);
}

/** --set NAME=VALUE pairs as numbers, and the text each came from (for messages). */
export function parseSets(command: string, sets: string[]): { values: ParamValues; given: Map<string, string> } {
  const values: ParamValues = Object.create(null); // names come from the command line: no inherited keys
  const given = new Map<string, string>();
  for (const s of sets) {
    const eq = s.indexOf('=');
    const shown = clip(s);
    if (eq < 0) throw usageError(`${command}: --set ${shown}: expected NAME=VALUE, e.g. --set runStart=1.2`);
    const name = s.slice(0, eq).trim();
    const text = s.slice(eq + 1).trim();
    if (!name) throw usageError(`${command}: --set ${shown}: expected a parameter name before "="`);
    const v = parseDecimal(text); // finite and plain: no "Infinity", "1e999" or "0x1f"
    if (v === null) throw usageError(`${command}: --set ${shown}: expected a number after "=", got ${JSON.stringify(clip(text))}`);
    values[name] = v;
    given.set(name, shown);
  }
  return { values, given };
}
