import { SweepError, type VaryAxis } from '../analysis/grid';
import { sweep, type Sweep, type SweepOptions } from '../analysis/sweep';
import { sweepOnThreads, threadsFor } from './sweep-threads';
import { sweepToCSV, sweepToJSONText } from '../analysis/sweep-io';
import { parseCommandArgs } from './args';
import { EXIT, usageError } from './errors';
import type { Io } from './output';
import { loadScenario } from './scenario-file';
import { MAX_SEED, parseSets, parseWhole } from './options';
import { clip, clipList } from '../scenario/bounded-text';
import { parseDecimal } from '../scenario/input-limits';
import type { ScenarioFile } from '../scenario/types';
import { sweepToSVG } from '../view/plot-svg';
import { writeText } from './io';

// onside sweep FILE --vary NAME=FROM:TO:STEP [--vary …] [--seed N] [--seeds K] [--set NAME=VALUE]...
//                   [--variation ID] [--csv] [--plot OUT.svg] [--threads N]

const VARY = /^([A-Za-z_][A-Za-z0-9_]{0,39})=([^:]*):([^:]*):([^:]*)$/;

function parseVary(text: string): VaryAxis {
  const m = VARY.exec(text.replace(/\s+/g, ''));
  const [from, to, step] = m ? [m[2], m[3], m[4]].map(parseDecimal) : [null, null, null];
  if (!m || from === null || to === null || step === null) {
    throw usageError(`sweep: --vary ${clip(text)}: expected NAME=FROM:TO:STEP, e.g. --vary runStart=0:4:0.1`);
  }
  return { name: m[1], from, to, step };
}

/** Names the drill does not declare, refused here with the list cut short. */
function checkNames(s: ScenarioFile, names: Array<[name: string, option: string]>, variation: string | undefined): void {
  const params = s.params ?? {};
  const declared = () => clipList(Object.entries(params).map(([n, p]) => `${n} ${p.min}–${p.max}${p.unit ? ' ' + p.unit : ''}`), 'the drill declares none');
  for (const [name, option] of names) {
    if (!Object.prototype.hasOwnProperty.call(params, name)) throw usageError(`sweep: ${option}: unknown parameter "${clip(name)}" (parameters: ${declared()})`);
  }
  if (variation !== undefined && !s.variations?.some((v) => v.id === variation)) {
    throw usageError(`sweep: unknown variation "${clip(variation)}" (variations: ${clipList((s.variations ?? []).map((v) => v.id), 'the drill declares none')})`);
  }
}

/** The option a problem with parameter `name` came from ("--vary runStart=0:5:0.1: "), if any. */
function where(name: string | undefined, vary: string[], set: string[]): string {
  if (name === undefined) return '';
  const v = vary.find((t) => t.replace(/\s+/g, '').startsWith(name + '='));
  if (v !== undefined) return `--vary ${clip(v)}: `;
  const s = set.find((t) => t.slice(0, t.indexOf('=')).trim() === name);
  return s !== undefined ? `--set ${clip(s)}: ` : '';
}

export function sweepCommand(args: string[], io: Io): number | Promise<number> {
  const { values: opt, positionals } = parseCommandArgs('sweep', args, {
    vary: { type: 'string', multiple: true },
    seed: { type: 'string' },
    seeds: { type: 'string' },
    set: { type: 'string', multiple: true },
    variation: { type: 'string' },
    csv: { type: 'boolean' },
    plot: { type: 'string' },
    threads: { type: 'string' },
  });
  if (positionals.length !== 1) throw usageError(`sweep: expected one drill file, got ${positionals.length}`);
  const varyText = (opt.vary as string[] | undefined) ?? [];
  if (varyText.length === 0) throw usageError('sweep: expected --vary NAME=FROM:TO:STEP (one or two of them)');
  if (varyText.length > 2) throw usageError(`sweep: expected at most two --vary, got ${varyText.length}`);
  const vary = varyText.map(parseVary);
  const seedText = opt.seed as string | undefined;
  const seedGiven = seedText !== undefined ? parseWhole('sweep', '--seed', seedText, 0, MAX_SEED) : undefined;
  const seeds = opt.seeds !== undefined ? parseWhole('sweep', '--seeds', opt.seeds as string, 1, 10_000) : 1;
  const setText = (opt.set as string[] | undefined) ?? [];
  const base = parseSets('sweep', setText).values;
  const most = opt.threads !== undefined ? parseWhole('sweep', '--threads', opt.threads as string, 1, 256) : io.threads ?? 1;

  const s = loadScenario(positionals[0]);
  const variation = opt.variation as string | undefined;
  checkNames(s, [
    ...vary.map((v, k): [string, string] => [v.name, `--vary ${clip(varyText[k])}`]),
    ...Object.keys(base).map((n): [string, string] => [n, `--set ${clip(setText.find((t) => t.slice(0, t.indexOf('=')).trim() === n) ?? n)}`]),
  ], variation);
  const o: SweepOptions = { vary, seed: seedGiven ?? s.seed ?? 1, seeds, base, ...(variation !== undefined ? { variation } : {}) };
  let frame: Sweep;
  try {
    frame = sweep(s, { ...o, rows: { from: 0, to: 0 } }); // checks everything, runs nothing
  } catch (e) {
    if (e instanceof SweepError) throw usageError(`sweep: ${where(e.param, varyText, setText)}${e.message}`);
    throw e;
  }
  const units = Object.fromEntries(Object.entries(s.params ?? {}).map(([n, p]) => [n, p.unit]));
  const plot = opt.plot as string | undefined;
  if (plot !== undefined && !/\.svg$/i.test(plot)) throw usageError(`sweep: --plot ${clip(plot)}: expected a file name ending in .svg`);
  const labels = Object.fromEntries(Object.entries(s.params ?? {}).map(([n, p]) => [n, p.label ?? n]));
  const print = (result: Sweep): number => {
    if (plot !== undefined) {
      writeText(plot, sweepToSVG(result, { title: s.title, labels, units }), 'sweep: --plot');
      io.err(`onside sweep: drew the ${result.axes.length === 1 ? 'band' : 'map'} in ${plot}`);
    }
    const text = opt.csv ? sweepToCSV(result) : sweepToJSONText(result, { title: s.title, units, labels });
    io.out(text.replace(/\n$/, ''));
    return EXIT.ok;
  };
  const rows = frame.axes[0].values.length;
  const runs = frame.axes.reduce((n, a) => n * a.values.length, 1) * frame.seeds;
  const threads = threadsFor(runs, rows, most);
  if (threads <= 1) return print(sweep(s, o));
  io.err(`onside sweep: ${runs} runs on ${threads} threads`);
  return sweepOnThreads(s, o, rows, threads).then(print);
}
