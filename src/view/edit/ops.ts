import type { ActionIn, AgentIn, BehaviourIn, ParamDef, ScenarioFile } from '../../scenario/types';

// The edits a coach makes to a drill file, as data: set, insert or remove a value at a JSON path,
// and the few edits that touch several places at once (a player deleted with his lines, a player
// renamed everywhere, a value made a parameter). applyOp mutates the file it is given (an immer
// draft in the viewer); tryEdit() in try-edit.ts keeps the result only when it validates.

/** A place in the drill file: keys and array indices from the root, e.g. ['agents', 1, 'start', 'x']. */
export type Path = readonly (string | number)[];

export type EditOp =
  | { op: 'set'; path: Path; value: unknown } // value undefined: the field is removed
  | { op: 'insert'; path: Path; value: unknown } // path ends in an array index
  | { op: 'remove'; path: Path } // an array item or a field
  | { op: 'delete-agent'; id: string }
  | { op: 'rename-agent'; from: string; to: string }
  | { op: 'parameterise'; path: Path; name: string; def: ParamDef }
  | { op: 'all'; ops: EditOp[] }; // several edits as one step

type Obj = Record<string | number, unknown>;

function parentOf(root: unknown, path: Path): { obj: Obj; key: string | number } {
  if (!path.length) throw new Error('an edit needs a place in the file');
  let o = root as Obj;
  for (const k of path.slice(0, -1)) {
    const next = o[k];
    if (next === null || typeof next !== 'object') throw new Error(`no ${String(k)} at ${formatPath(path)}`);
    o = next as Obj;
  }
  return { obj: o, key: path[path.length - 1] };
}

/** The value at a path (undefined where there is none). */
export function valueAt(root: unknown, path: Path): unknown {
  let o: unknown = root;
  for (const k of path) {
    if (o === null || typeof o !== 'object') return undefined;
    o = (o as Obj)[k];
  }
  return o;
}

/** The JSON path the validator names, for a path: ['agents', 1, 'start'] → $.agents[1].start */
export function formatPath(path: Path): string {
  return '$' + path.map((k) => (typeof k === 'number' ? `[${k}]` : `.${k}`)).join('');
}

const refersTo = (line: ActionIn, id: string): boolean => {
  if ('agent' in line && line.agent === id) return true;
  if ('to' in line && (line.to.agent === id || line.to.options?.some((o) => o.agent === id))) return true;
  const at = line.at;
  return typeof at === 'object' && (('by' in at && at.by === id) || ('when' in at && at.when === id));
};

const behaviourNames = (b: BehaviourIn | undefined, id: string): boolean => {
  if (!b) return false;
  switch (b.kind) {
    case 'striker': return b.supportOf === id || b.shoulder?.of === id;
    case 'track': return b.target === id;
    case 'cover': return b.of === id;
    case 'pass-on': return b.partner === id;
    default: return false;
  }
};

function deleteAgent(f: ScenarioFile, id: string): void {
  const i = f.agents.findIndex((a) => a.id === id);
  if (i < 0) throw new Error(`no player "${id}"`);
  const gone = f.agents[i];
  f.agents.splice(i, 1);
  f.script = f.script.filter((l) => !refersTo(l, id));
  if (f.cues) f.cues = f.cues.filter((c) => c.at.agent !== id);
  if (f.ball && 'with' in f.ball && f.ball.with === id) f.ball = { at: { x: gone.start.x, y: gone.start.y } };
  for (const a of f.agents) if (behaviourNames(a.behaviour, id)) delete a.behaviour;
  for (const v of f.variations ?? []) if (v.without) v.without = v.without.filter((w) => w !== id);
}

function renameAgent(f: ScenarioFile, from: string, to: string): void {
  if (f.agents.some((a) => a.id === to)) throw new Error(`"${to}" is taken by another player`);
  const swap = (v: string | undefined) => (v === from ? to : v);
  for (const a of f.agents) {
    if (a.id === from) a.id = to;
    const b = a.behaviour as Obj | undefined;
    if (b) for (const k of ['supportOf', 'target', 'of', 'partner']) if (b[k] === from) b[k] = to;
    const sh = (b?.shoulder as Obj | undefined);
    if (sh && sh.of === from) sh.of = to;
  }
  for (const l of f.script) {
    if ('agent' in l && l.agent === from) l.agent = to;
    if ('to' in l) {
      if (l.to.agent === from) l.to.agent = to;
      for (const o of l.to.options ?? []) if (o.agent === from) o.agent = to;
    }
    const at = l.at as Obj;
    if (typeof at === 'object') {
      if (at.by === from) at.by = to;
      if (at.when === from) at.when = to;
    }
  }
  if (f.ball && 'with' in f.ball) f.ball.with = swap(f.ball.with) ?? f.ball.with;
  for (const c of f.cues ?? []) if (c.at.agent === from) c.at.agent = to;
  for (const v of f.variations ?? []) if (v.without) v.without = v.without.map((w) => (w === from ? to : w));
}

/** Apply one edit to the file, in place. Throws (with what is wrong) when the edit has no place to go. */
export function applyOp(f: ScenarioFile, e: EditOp): void {
  switch (e.op) {
    case 'set': {
      const { obj, key } = parentOf(f, e.path);
      if (e.value === undefined) delete obj[key];
      else obj[key] = e.value;
      return;
    }
    case 'insert': {
      const { obj, key } = parentOf(f, e.path);
      if (!Array.isArray(obj) || typeof key !== 'number') throw new Error(`${formatPath(e.path)} is not a place in a list`);
      obj.splice(Math.max(0, Math.min(obj.length, key)), 0, e.value);
      return;
    }
    case 'remove': {
      const { obj, key } = parentOf(f, e.path);
      if (Array.isArray(obj) && typeof key === 'number') obj.splice(key, 1);
      else delete obj[key];
      return;
    }
    case 'delete-agent': return deleteAgent(f, e.id);
    case 'rename-agent': return renameAgent(f, e.from, e.to);
    case 'parameterise': {
      f.params = f.params ?? {};
      if (Object.prototype.hasOwnProperty.call(f.params, e.name)) throw new Error(`a parameter "${e.name}" exists already`);
      f.params[e.name] = e.def;
      const { obj, key } = parentOf(f, e.path);
      obj[key] = `$${e.name}`;
      return;
    }
    case 'all':
      for (const o of e.ops) applyOp(f, o);
      return;
  }
}

/** A new player's id: the role's letter and the first free number (A1, D2, GK, S1…). */
export function freeAgentId(f: ScenarioFile, role: AgentIn['role']): string {
  const base = role === 'attacker' ? 'A' : role === 'defender' ? 'D' : role === 'goalkeeper' ? 'GK' : 'S';
  const taken = new Set(f.agents.map((a) => a.id));
  if (role === 'goalkeeper' && !taken.has('GK')) return 'GK';
  for (let n = 1; ; n++) if (!taken.has(`${base}${n}`)) return `${base}${n}`;
}

/** A new parameter's name from the field it stands for (passTime, runStart…), made unique. */
export function freeParamName(f: ScenarioFile, wanted: string): string {
  const clean = wanted.replace(/[^A-Za-z0-9_]/g, '') || 'value';
  const taken = f.params ?? {};
  if (!Object.prototype.hasOwnProperty.call(taken, clean)) return clean;
  for (let n = 2; ; n++) if (!Object.prototype.hasOwnProperty.call(taken, `${clean}${n}`)) return `${clean}${n}`;
}
