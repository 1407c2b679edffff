import { computed, signal } from '@preact/signals';
import type { Trace } from '../../core/trace';
import { eventWords } from '../../view/event-words';
import { headingText, type FrameFacts } from '../../view/frame-facts';
import type { JudgmentFacts } from '../../view/judgment-facts';
import { shownRun, viewerState } from '../state/signals';
import type { Dispatch } from '../state/store';

// For the analyst: the recorded numbers of the shown frame (position, speed, heading of the ball
// and of every player; a tick box picks players to measure between) and the event list with the
// tick and time of each (click to jump; a judged pass opens its freeze frame). Preact components:
// the rows follow the run, the numbers the frame facts, the boxes the state's picks.

const ROLE_SHORT = { attacker: 'att', defender: 'def', goalkeeper: 'keeper', server: 'server' } as const;

/** The frame on show (set by the analyst panel: exact when paused) and the run's judgments. */
export const frame = signal<{ f: FrameFacts; exact: boolean } | null>(null);
export const judged = signal<readonly JudgmentFacts[]>([]);
const picks = computed(() => new Set(viewerState.value.analyst.picks));

function rowsOf(trace: Trace) {
  return [{ id: 'ball', name: 'Ball', full: 'Ball' }, ...trace.agents.map((a) => ({ id: a.id, name: `${a.label} ${ROLE_SHORT[a.role] ?? a.role}`, full: `${a.label} ${a.role}` }))];
}

function Numbers({ row }: { row: number }) {
  const fr = frame.value;
  const e = !fr ? null : row === 0 ? fr.f.ball : fr.f.agents[row - 1];
  if (!fr || !e) return <><td /><td /><td /><td /></>;
  const exact = fr.exact; // the full numbers on hover, when paused
  return (
    <>
      <td title={exact ? `x = ${e.x} m` : undefined}>{e.x.toFixed(2)}</td>
      <td title={exact ? `y = ${e.y} m` : undefined}>{e.y.toFixed(2)}</td>
      <td title={exact ? `${e.speed} m/s` : undefined}>{e.speed.toFixed(2)}</td>
      <td>{headingText(e.headingDeg)}</td>
    </>
  );
}

export function ReadoutRows({ dispatch }: { dispatch: Dispatch }) {
  const run = shownRun.value;
  if (!run) return null;
  const picked = picks.value;
  return (
    <>
      {rowsOf(run.trace).map((r, k) => (
        <tr key={r.id} data-entity={r.id}>
          <td title={`${r.full} (id ${r.id})`}>
            <label>
              <input type="checkbox" aria-label={`Pick ${r.full} to measure`} data-pick={r.id} checked={picked.has(r.id)}
                onChange={(e) => dispatch({ type: 'pick/set', id: r.id, on: e.currentTarget.checked })} />
              {` ${r.name}`}
            </label>
          </td>
          <Numbers row={k} />
        </tr>
      ))}
    </>
  );
}

export function EventList({ dispatch }: { dispatch: Dispatch }) {
  const run = shownRun.value;
  if (!run) return null;
  const tr = run.trace;
  const labelOf = (id: string) => tr.agents.find((a) => a.id === id)?.label ?? id;
  const byEvent = new Map(judged.value.map((j, n) => [j.eventIndex, n]));
  const tick = frame.value?.f.tick ?? 0;
  let current = -1; // the latest event at or before the playhead
  tr.events.forEach((e, n) => { if (e.tick <= tick) current = n; });
  return (
    <>
      {tr.events.map((e, k) => {
        const j = byEvent.get(k);
        return (
          <li key={k} data-tick={e.tick} class={k === current ? 'current' : undefined}>
            <button type="button" class="event-jump" title={`Jump to tick ${e.tick} (${e.t.toFixed(2)} s)`} onClick={() => dispatch({ type: 'play/seek', tick: e.tick })}>
              {`${e.t.toFixed(2)} s · ${e.tick}  ${eventWords(e, labelOf)}`}
            </button>
            {j !== undefined && (
              <button type="button" class="event-freeze" title="Open the offside judgment of this play as a freeze frame" data-freeze={e.tick}
                onClick={() => dispatch({ type: 'freeze/open', index: j, tick: judged.value[j].tick })}>◆ Judgment</button>
            )}
          </li>
        );
      })}
    </>
  );
}
