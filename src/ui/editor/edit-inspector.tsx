import type { ActionIn, AgentIn, BehaviourIn, ScenarioFile } from '../../scenario/types';
import type { EditOp } from '../../view/edit/ops';
import { defaultReach } from '../../view/edit/trigger-place';
import type { EditSelection } from './edit-session';
import { Choice, NumField, Refused, TextField, where, type TryOp } from './fields';

// Beside the pitch: what is selected, every field of it with the schema's units and limits
// (in the tooltips, as the schema says them), the player's behaviour and profile, a line's play,
// its moment (a time, or the event it waits for) and its numbers.

const TEAMS = [['attack', 'Attack'], ['defence', 'Defence'], ['neutral', 'Neutral (coach)']] as const;
const ROLES = [['attacker', 'Attacker'], ['defender', 'Defender'], ['goalkeeper', 'Keeper'], ['server', 'Server']] as const;
const KINDS = ['stand', 'striker', 'carrier', 'line', 'track', 'zone', 'recover', 'press', 'cover', 'pass-on', 'keeper'] as const;
const AFTER = ['control', 'pass', 'cross', 'shot', 'run', 'touch'] as const;

/** A behaviour of a kind with the fields it needs, from where the player stands. */
function behaviourOf(kind: string, a: AgentIn, f: ScenarioFile): BehaviourIn | undefined {
  const other = (team: string) => f.agents.find((x) => x.id !== a.id && x.team === team && x.role !== 'goalkeeper')?.id ?? '';
  const x = Number(a.start.x), y = Number(a.start.y);
  switch (kind) {
    case 'line': return { kind, group: 'back', x: Number.isFinite(x) ? x : 80 };
    case 'track': return { kind, target: other('attack') };
    case 'zone': return { kind, spot: { x: a.start.x, y: a.start.y } };
    case 'cover': return { kind, of: other('defence') };
    case 'pass-on': return { kind, group: 'back', x: Number.isFinite(x) ? x : 80, zone: { from: Math.max(0, y - 8), to: y + 8 }, partner: other('defence') };
    case 'default': return undefined;
    default: return { kind } as BehaviourIn;
  }
}

const PROFILE = [
  ['maxSpeed', 'Top speed', 'm/s', '1 to 13 (elite players 9.5–10.4)'],
  ['accel', 'Acceleration', 'm/s²', '1 to 15 (about 8 for elite players)'],
  ['brake', 'Braking', 'm/s²', '1 to 15'],
  ['reaction', 'Reaction', 's', '0 to 2 (0.7 outfield, 0.25 keepers)'],
  ['reach', 'Reach', 'm', '0.2 to 3 (1 by default)'],
] as const;

function AgentInspector({ f, i, edit }: { f: ScenarioFile; i: number; edit: TryOp }) {
  const a = f.agents[i];
  const base = ['agents', i] as const;
  const kind = a.behaviour?.kind ?? 'default';
  const b = a.behaviour as Record<string, unknown> | undefined;
  return (
    <div class="edit-inspector" data-testid="edit-agent">
      <h3>Player {a.id}</h3>
      <div class="edit-field">
        <label><span class="edit-label">Id</span>
          <input type="text" data-path="id" value={a.id} onChange={(e) => edit({ op: 'rename-agent', from: a.id, to: e.currentTarget.value.trim() }, where([...base, 'id']))} />
        </label>
        <Refused at={where([...base, 'id'])} />
      </div>
      <TextField file={f} path={[...base, 'label']} label="Number" edit={edit} hint="Shirt number or letter on the disc: up to 3 characters" />
      <Choice label="Team" at={where([...base, 'team'])} value={a.team} options={TEAMS} onPick={(v) => edit({ op: 'set', path: [...base, 'team'], value: v }, where([...base, 'team']))} />
      <Choice label="Role" at={where([...base, 'role'])} value={a.role} options={ROLES} onPick={(v) => edit({ op: 'set', path: [...base, 'role'], value: v }, where([...base, 'role']))} />
      <NumField file={f} path={[...base, 'start', 'x']} label="Start x" unit="m" hint="Along the pitch: 0 (own goal line) to the pitch's length" edit={edit} />
      <NumField file={f} path={[...base, 'start', 'y']} label="Start y" unit="m" hint="Across the pitch: 0 to its width" edit={edit} />
      <Choice label="Behaviour" at={where([...base, 'behaviour'])} value={kind} options={[['default', 'Role default'], ...KINDS.map((k) => [k, k] as const)]}
        onPick={(v) => edit({ op: 'set', path: [...base, 'behaviour'], value: behaviourOf(v, a, f) }, where([...base, 'behaviour']))} />
      {b && 'shootRange' in b || kind === 'striker' || kind === 'carrier' ? <NumField file={f} path={[...base, 'behaviour', 'shootRange']} label="Shoot range" unit="m" hint="0 to 40" edit={edit} optional /> : null}
      {kind === 'line' || kind === 'pass-on' ? <NumField file={f} path={[...base, 'behaviour', 'x']} label="Line height" unit="m" edit={edit} /> : null}
      {kind === 'track' ? <Choice label="Tracks" at={where([...base, 'behaviour', 'target'])} value={String(b?.target ?? '')} options={f.agents.filter((x) => x.id !== a.id).map((x) => [x.id, x.id] as const)} onPick={(v) => edit({ op: 'set', path: [...base, 'behaviour', 'target'], value: v }, where([...base, 'behaviour', 'target']))} /> : null}
      {kind === 'recover' ? <NumField file={f} path={[...base, 'behaviour', 'delay']} label="Delay" unit="s" edit={edit} optional /> : null}
      <details class="edit-profile"><summary>Profile</summary>
        {PROFILE.map(([k, label, unit, hint]) => <NumField key={k} file={f} path={[...base, 'profile', k]} label={label} unit={unit} hint={hint} edit={edit} optional />)}
      </details>
      <button type="button" class="edit-delete" onClick={() => edit({ op: 'delete-agent', id: a.id }, where(base))}>Delete player (Del)</button>
      <Refused at={where(base)} />
    </div>
  );
}

/** A point halfway between the runner's start and his run's first point (a place given by a parameter counts at its number, else the run's first point). */
function bendOf(f: ScenarioFile, i: number): EditOp {
  const l = f.script[i] as Extract<ActionIn, { do: 'run' }>;
  const from = f.agents.find((a) => a.id === l.agent)?.start;
  const to = l.path[0];
  const mid = (a: unknown, b: unknown) => (typeof a === 'number' && typeof b === 'number' ? Number(((a + b) / 2).toFixed(2)) : b);
  return { op: 'insert', path: ['script', i, 'path', 0], value: from ? { x: mid(from.x, to.x), y: mid(from.y, to.y) } : { ...to } };
}

function LineInspector({ f, i, edit }: { f: ScenarioFile; i: number; edit: TryOp }) {
  const l = f.script[i] as ActionIn;
  const base = ['script', i] as const;
  const at = l.at;
  const mode = typeof at === 'object' && 'after' in at ? `after:${at.after}` : typeof at === 'object' ? 'when' : 'time';
  const who = f.agents.map((a) => [a.id, a.id] as const);
  const setWhen = (v: string) => {
    const value = v === 'time' ? 1 : v === 'when' ? defaultReach(f, i) : { after: v.slice(6), ...('agent' in l ? { by: l.agent } : {}) };
    edit({ op: 'set', path: [...base, 'at'], value }, where([...base, 'at']));
  };
  const reaches = typeof at === 'object' && 'reaches' in at ? at.reaches : null;
  const zone = [...base, 'at', 'reaches'] as const;
  return (
    <div class="edit-inspector" data-testid="edit-line">
      <h3>Line {i + 1}: {'agent' in l ? `${l.agent}'s ` : ''}{l.do}</h3>
      <Choice label="When" at={where([...base, 'at'])} value={mode} options={[['time', 'At a time'], ...AFTER.map((e) => [`after:${e}`, `After a ${e}`] as const), ['when', 'When a player or the ball reaches a place']]} onPick={setWhen} />
      {mode === 'time' ? <NumField file={f} path={[...base, 'at']} label={l.do === 'run' ? 'Run start' : l.do === 'shoot' ? 'Shot time' : `${l.do[0].toUpperCase()}${l.do.slice(1)} time`} unit="s" hint="Seconds from the start" edit={edit} /> : null}
      {mode.startsWith('after:') ? <>
        <Choice label="By" at={where([...base, 'at', 'by'])} value={String((at as { by?: string }).by ?? '')} options={[['', 'anyone'], ...who]} onPick={(v) => edit({ op: 'set', path: [...base, 'at', 'by'], value: v || undefined }, where([...base, 'at', 'by']))} />
        <NumField file={f} path={[...base, 'at', 'delay']} label="Delay" unit="s" edit={edit} optional />
      </> : null}
      {mode === 'when' && reaches ? <>
        <Choice label="Who" at={where([...base, 'at', 'when'])} value={String((at as { when: string }).when)} options={[['ball', 'the ball'], ...who]} onPick={(v) => edit({ op: 'set', path: [...base, 'at', 'when'], value: v }, where([...base, 'at', 'when']))} />
        {'r' in reaches ? <>
          <NumField file={f} path={[...zone, 'x']} label="Place x" unit="m" hint="The middle of the circle, along the pitch (or drag its square on the pitch)" edit={edit} />
          <NumField file={f} path={[...zone, 'y']} label="Place y" unit="m" hint="The middle of the circle, across the pitch" edit={edit} />
          <NumField file={f} path={[...zone, 'r']} label="Radius" unit="m" edit={edit} />
        </> : <>
          <NumField file={f} path={[...zone, 'x', 0]} label="From x" unit="m" edit={edit} />
          <NumField file={f} path={[...zone, 'x', 1]} label="To x" unit="m" edit={edit} />
          <NumField file={f} path={[...zone, 'y', 0]} label="From y" unit="m" edit={edit} />
          <NumField file={f} path={[...zone, 'y', 1]} label="To y" unit="m" edit={edit} />
        </>}
        <NumField file={f} path={[...base, 'at', 'delay']} label="Delay" unit="s" hint="After the place is reached: 0 is on the next tick" edit={edit} optional />
      </> : null}
      {l.do === 'run' ? <button type="button" id="add-bend" title="A new point halfway along the run's first leg: drag it to bend the run" onClick={() => edit(bendOf(f, i), where([...base, 'path']))}>Add a bend</button> : null}
      {l.do === 'run' ? <Refused at={where([...base, 'path'])} /> : null}
      {l.do === 'run' ? <NumField file={f} path={[...base, 'pace']} label="Pace" unit="× top" hint="A share of top speed: 1 is a sprint" edit={edit} optional /> : null}
      {l.do === 'pass' || l.do === 'shoot' ? <NumField file={f} path={[...base, 'speed']} label="Speed" unit="m/s" edit={edit} optional /> : null}
      {l.do === 'cross' || l.do === 'shoot' ? <NumField file={f} path={[...base, 'loft']} label="Loft" unit="°" edit={edit} optional /> : null}
      {'to' in l && l.to.agent !== undefined ? <>
        <Choice label="To" at={where([...base, 'to', 'agent'])} value={l.to.agent} options={who} onPick={(v) => edit({ op: 'set', path: [...base, 'to', 'agent'], value: v }, where([...base, 'to', 'agent']))} />
        <NumField file={f} path={[...base, 'to', 'lead', 'x']} label="Lead x" unit="m" hint="Beyond where his run takes him, along the pitch" edit={edit} optional />
      </> : null}
      {'to' in l && l.to.point ? <>
        <NumField file={f} path={[...base, 'to', 'point', 'x']} label="To x" unit="m" edit={edit} />
        <NumField file={f} path={[...base, 'to', 'point', 'y']} label="To y" unit="m" edit={edit} />
      </> : null}
      {l.do !== 'run' && l.do !== 'line' && mode === 'after:control' ? (
        <label class="edit-field"><input type="checkbox" checked={!!l.firstTime} onChange={(e) => edit({ op: 'set', path: [...base, 'firstTime'], value: e.currentTarget.checked || undefined }, where([...base, 'firstTime']))} /> First time</label>
      ) : null}
      <Refused at={where([...base, 'firstTime'])} />
      <button type="button" class="edit-delete" onClick={() => edit({ op: 'remove', path: base }, where(base))}>Delete line (Del)</button>
      <Refused at={where(base)} />
    </div>
  );
}

function DrillInspector({ f, edit }: { f: ScenarioFile; edit: TryOp }) {
  return (
    <div class="edit-inspector" data-testid="edit-drill">
      <TextField file={f} path={['title']} label="Title" edit={edit} hint="At most 80 characters" />
      <TextField file={f} path={['id']} label="Id" edit={edit} hint="Lower case, digits and -: the name of the file" />
      <NumField file={f} path={['duration']} label="Duration" unit="s" hint="1 to 60" edit={edit} optional />
      <label class="edit-field"><input type="checkbox" checked={f.offside !== false} onChange={(e) => edit({ op: 'set', path: ['offside'], value: e.currentTarget.checked }, 'offside')} /> Offside (Law 11)</label>
      <Refused at="offside" />
    </div>
  );
}

export function EditInspector({ f, selection, edit }: { f: ScenarioFile; selection: EditSelection | null; edit: TryOp }) {
  if (selection?.kind === 'agent') {
    const i = f.agents.findIndex((a) => a.id === selection.id);
    if (i >= 0) return <AgentInspector f={f} i={i} edit={edit} />;
  }
  const line = selection?.kind === 'line' ? selection.index : selection?.kind === 'point' ? selection.line : -1;
  if (line >= 0 && f.script[line]) return <LineInspector f={f} i={line} edit={edit} />;
  return <DrillInspector f={f} edit={edit} />;
}
