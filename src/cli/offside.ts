import Ajv from 'ajv';
import schema from '../../assets/offside-snapshot.schema.json';
import { judgeOffside, type PlayerAt, type Restart } from '../core/offside';
import { DEFAULT_PITCH, type Pitch } from '../core/pitch';
import type { Point } from '../core/units';
import { parseCommandArgs } from './args';
import { CliError, EXIT, usageError } from './errors';
import { parseJson, readText, shownName } from './io';
import { clip, clipItems } from '../scenario/bounded-text';
import type { Io } from './output';
import { ajvProblems } from '../scenario/validate';

// onside offside SNAPSHOT.json: Law 11 positions at one moment, as an assistant referee sees it.

export interface Snapshot {
  pitch?: Pitch;
  ball: Point;
  attackers: PlayerAt[];
  defenders: PlayerAt[];
  restart?: Restart;
}

const validateSnapshot = new Ajv({ allErrors: true, strict: false }).compile<Snapshot>(schema);

/** What the schema cannot say: positions on this pitch, ids used once. */
function checkSnapshot(s: Snapshot): { path: string; message: string }[] {
  const out: { path: string; message: string }[] = [];
  const pitch = s.pitch ?? DEFAULT_PITCH;
  const on = (p: Point, at: string) => {
    if (p.x < 0 || p.x > pitch.length) out.push({ path: `${at}.x`, message: `expected a position on the pitch (0–${pitch.length} m), got ${p.x}` });
    if (p.y < 0 || p.y > pitch.width) out.push({ path: `${at}.y`, message: `expected a position on the pitch (0–${pitch.width} m), got ${p.y}` });
  };
  on(s.ball, '$.ball');
  const ids = new Set<string>();
  for (const side of ['attackers', 'defenders'] as const) {
    s[side].forEach((p, k) => {
      on(p, `$.${side}[${k}]`);
      if (ids.has(p.id)) out.push({ path: `$.${side}[${k}].id`, message: `expected a player id used once, "${clip(p.id)}" is used twice` });
      ids.add(p.id);
    });
  }
  return out;
}

export function offsideCommand(args: string[], io: Io): number {
  const { positionals } = parseCommandArgs('offside', args, {});
  if (positionals.length !== 1) throw usageError(`offside: expected one snapshot file, got ${positionals.length}`);
  const file = shownName(positionals[0]);
  const r = readText(positionals[0]);
  if ('problem' in r) throw new CliError(r.problem, EXIT.invalid);
  const j = parseJson(r.text, file);
  if ('problem' in j) throw new CliError(j.problem, EXIT.invalid);
  if (!validateSnapshot(j.data)) {
    const problems = clipItems(ajvProblems(validateSnapshot.errors ?? [], j.data), (n) => ({ path: '$', message: `… and ${n} more problems` })).map((p) => `${file}: ${p.path}: ${p.message}`);
    throw new CliError(problems.join('\n'), EXIT.invalid);
  }
  const s = j.data;
  const problems = checkSnapshot(s);
  if (problems.length) throw new CliError(clipItems(problems, (n) => ({ path: '$', message: `… and ${n} more problems` })).map((p) => `${file}: ${p.path}: ${p.message}`).join('\n'), EXIT.invalid);
  const verdict = judgeOffside(s.pitch ?? DEFAULT_PITCH, s.ball, s.attackers, s.defenders, s.restart);
  io.out(JSON.stringify(verdict, null, 2));
  return EXIT.ok;
}
