import type { ScenarioFile } from '../scenario/types';
import { clip, clipList } from '../scenario/bounded-text';

// A session plan: an ordered list of drills and stages with the coach's notes, as the seed
// session plan runs (the session, the developments, the game). Read from sessions/*.json,
// checked against the drills it names; bad input says the file, the place and what was expected.

export const PARTS = ['warm-up', 'session', 'development', 'game'] as const;
export type Part = (typeof PARTS)[number];

export interface SessionStep {
  part: Part;
  drill: string; // a drill's id
  stage?: string; // one of its stages; the drill as written when absent
  minutes?: number;
  notes: string;
}

export interface SessionPlan {
  id: string;
  title: string;
  source?: string;
  about?: string;
  steps: SessionStep[];
}

export class SessionPlanError extends Error {
  constructor(readonly file: string, readonly problems: string[]) {
    super(problems.map((p) => `${file}: ${p}`).join('\n'));
  }
}

const MAX_STEPS = 40;
const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown, max: number): v is string => typeof v === 'string' && v.length > 0 && v.length <= max;
const show = (v: unknown) => clip(JSON.stringify(v) ?? String(v));

/** Check a parsed plan against the drills it names; every problem with its JSON path. */
export function checkSessionPlan(data: unknown, drills: ReadonlyMap<string, ScenarioFile>): { plan?: SessionPlan; problems: string[] } {
  const problems: string[] = [];
  if (!isObj(data)) return { problems: ['$: expected an object with "id", "title" and "steps"'] };
  const known = new Set(['id', 'title', 'source', 'about', 'steps']);
  for (const k of Object.keys(data)) if (!known.has(k)) problems.push(`$: unknown field ${show(k)}`);
  if (!(typeof data.id === 'string' && /^[a-z0-9][a-z0-9-]{0,63}$/.test(data.id))) problems.push(`$.id: expected lower case, digits and "-" (at most 64), got ${show(data.id)}`);
  if (!text(data.title, 80)) problems.push('$.title: expected text of 1–80 characters');
  for (const k of ['source', 'about'] as const) if (data[k] !== undefined && !text(data[k], 600)) problems.push(`$.${k}: expected text of 1–600 characters`);
  if (!Array.isArray(data.steps) || data.steps.length === 0 || data.steps.length > MAX_STEPS) {
    problems.push(`$.steps: expected a list of 1–${MAX_STEPS} steps`);
    return { problems };
  }
  const steps: SessionStep[] = [];
  data.steps.forEach((s: unknown, k: number) => {
    const at = `$.steps[${k}]`;
    if (!isObj(s)) return void problems.push(`${at}: expected an object with "part", "drill" and "notes"`);
    for (const f of Object.keys(s)) if (!['part', 'drill', 'stage', 'minutes', 'notes'].includes(f)) problems.push(`${at}: unknown field ${show(f)}`);
    if (!PARTS.includes(s.part as Part)) problems.push(`${at}.part: expected one of ${PARTS.map((p) => `"${p}"`).join(', ')}, got ${show(s.part)}`);
    const d = typeof s.drill === 'string' ? drills.get(s.drill) : undefined;
    if (!d) problems.push(`${at}.drill: unknown drill ${show(s.drill)} (drills: ${clipList(drills.keys())})`);
    if (s.stage !== undefined && d && !(d.variations ?? []).some((v) => v.id === s.stage)) {
      const ids = (d.variations ?? []).map((v) => v.id);
      problems.push(`${at}.stage: unknown stage ${show(s.stage)} of ${d.id} (stages: ${clipList(ids)})`);
    }
    if (s.minutes !== undefined && !(typeof s.minutes === 'number' && Number.isFinite(s.minutes) && s.minutes > 0 && s.minutes <= 120)) problems.push(`${at}.minutes: expected a number of minutes over 0 and at most 120, got ${show(s.minutes)}`);
    if (!text(s.notes, 600)) problems.push(`${at}.notes: expected the coach's notes, 1–600 characters`);
    steps.push({ part: s.part as Part, drill: String(s.drill), ...(s.stage !== undefined ? { stage: String(s.stage) } : {}), ...(typeof s.minutes === 'number' ? { minutes: s.minutes } : {}), notes: String(s.notes) });
  });
  if (problems.length) return { problems };
  return { plan: { id: data.id as string, title: data.title as string, ...(data.source ? { source: data.source as string } : {}), ...(data.about ? { about: data.about as string } : {}), steps }, problems };
}

/** Parse and check a plan file's text; throws SessionPlanError naming the file. */
export function parseSessionPlan(json: string, file: string, drills: ReadonlyMap<string, ScenarioFile>): SessionPlan {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (e) {
    throw new SessionPlanError(file, [`$: expected valid JSON: ${clip((e as Error).message, 160)}`]);
  }
  const { plan, problems } = checkSessionPlan(data, drills);
  if (!plan) throw new SessionPlanError(file, problems);
  return plan;
}

/** Step k of a plan moved by dir, kept within the plan. */
export function stepTo(plan: SessionPlan, k: number, dir: 1 | -1): number {
  return Math.max(0, Math.min(plan.steps.length - 1, k + dir));
}

/** "Development 2 of 4" style words for a step: its part, and which of that part it is. */
export function stepWords(plan: SessionPlan, k: number): string {
  const s = plan.steps[k];
  const same = plan.steps.filter((x) => x.part === s.part);
  const label = s.part === 'warm-up' ? 'Warm-up' : s.part[0].toUpperCase() + s.part.slice(1);
  const n = same.indexOf(s) + 1;
  return same.length > 1 ? `${label} ${n} of ${same.length}` : label;
}
