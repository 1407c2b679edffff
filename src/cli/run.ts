import { simulate } from '../core/simulate';
import { traceToCSV, traceToJSONText } from '../core/trace-io';
import { checkParamValues, paramValues, resolveDrill } from '../scenario/resolve';
import type { ScenarioFile } from '../scenario/types';
import { parseCommandArgs } from './args';
import { EXIT, usageError } from './errors';
import { writeText } from './io';
import type { Io } from './output';
import { loadScenario } from './scenario-file';
import { MAX_SEED, parseSets, parseWhole } from './options';
import { clip, clipList } from '../scenario/bounded-text';

// onside run FILE [--seed N] [--set NAME=VALUE]... [--variation ID] [--trace OUT.json|OUT.csv]

function paramList(s: ScenarioFile): string {
  const defs = Object.entries(s.params ?? {});
  if (!defs.length) return 'the drill declares none';
  return clipList(defs.map(([n, p]) => `${n} ${p.min}–${p.max}${p.unit ? ' ' + p.unit : ''}`));
}

function traceFormat(file: string): 'json' | 'csv' {
  const m = /\.(json|csv)$/i.exec(file);
  if (!m) throw usageError(`run: --trace ${clip(file)}: expected a file name ending in .json or .csv`);
  return m[1].toLowerCase() as 'json' | 'csv';
}

export function runCommand(args: string[], io: Io): number {
  const { values: opt, positionals } = parseCommandArgs('run', args, {
    seed: { type: 'string' },
    set: { type: 'string', multiple: true },
    variation: { type: 'string' },
    trace: { type: 'string' },
  });
  if (positionals.length !== 1) throw usageError(`run: expected one drill file, got ${positionals.length}`);
  const file = positionals[0];
  const traceFile = opt.trace as string | undefined;
  const format = traceFile !== undefined ? traceFormat(traceFile) : undefined;
  const seedText = opt.seed as string | undefined;
  const seedGiven = seedText !== undefined ? parseWhole('run', '--seed', seedText, 0, MAX_SEED) : undefined;
  const { values: given, given: setText } = parseSets('run', (opt.set as string[] | undefined) ?? []);

  const s = loadScenario(file);
  const variation = opt.variation as string | undefined;
  if (variation !== undefined && !s.variations?.some((v) => v.id === variation)) {
    const ids = (s.variations ?? []).map((v) => v.id);
    throw usageError(`run: --variation ${clip(variation)}: unknown variation (variations: ${clipList(ids, 'the drill declares none')})`);
  }
  for (const [name, text] of setText) {
    if (!Object.prototype.hasOwnProperty.call(s.params ?? {}, name)) {
      throw usageError(`run: --set ${text}: unknown parameter "${clip(name)}" (parameters: ${paramList(s)})`);
    }
    const [problem] = checkParamValues(s, { [name]: given[name] });
    if (problem) throw usageError(`run: --set ${text}: ${problem.message}`);
  }

  const params = paramValues(s, given, variation);
  const seed = seedGiven ?? s.seed ?? 1;
  const trace = simulate(resolveDrill(s, params, variation), seed, { scenario: s.id, params });
  if (traceFile !== undefined) {
    writeText(traceFile, format === 'csv' ? traceToCSV(trace) : traceToJSONText(trace), 'run: --trace');
  }
  io.out(JSON.stringify({
    scenario: trace.scenario,
    title: s.title,
    ...(variation !== undefined ? { variation } : {}),
    seed: trace.seed,
    tickRate: trace.tickRate,
    ticks: trace.ticks,
    params: trace.params,
    agents: trace.agents,
    events: trace.events,
    outcome: trace.outcome,
  }, null, 2));
  return EXIT.ok;
}
