import { computed, signal } from '@preact/signals';
import { marginWords, pairDistances } from '../../view/frame-facts';
import { setByWords, type JudgmentFacts } from '../../view/judgment-facts';
import { formatMargin } from '../../view/verdicts';
import { shownRun, viewerState } from '../state/signals';
import type { Dispatch } from '../state/store';
import { frame } from './frame-readout';

// The inspector's words under the frame table: the frame itself (tick, time, the ball's height
// and who has it), the offside line with every attacker's margin, the distances between picked
// players, the measuring tape, and an open freeze frame. Text only, never markup.

export interface MeasureText {
  title: string; // "F → the ball"
  lines: string[]; // "12.40 m", "F needs 1.92 s"
}

/** Set by the analyst panel: the tape's words at the shown frame, and the open freeze frame. */
export const measureText = signal<MeasureText | null>(null);
export const freezeFacts = signal<JudgmentFacts | null>(null);
const measuring = computed(() => viewerState.value.tool === 'measure');
const picks = computed(() => viewerState.value.analyst.picks);

function labelOf(id: string): string {
  return shownRun.value?.trace.agents.find((a) => a.id === id)?.label ?? id;
}

function Frame() {
  const fr = frame.value;
  if (!fr) return null;
  const f = fr.f, z = f.ball.z ?? 0;
  const pairs = pairDistances(f, picks.value);
  const name = (id: string) => (id === 'ball' ? 'ball' : labelOf(id));
  return (
    <>
      <p class="insp-summary" data-testid="frame-summary">{`Tick ${f.tick} · ${f.t.toFixed(2)} s · ball height ${z.toFixed(2)} m · ${f.owner ? `ball with ${labelOf(f.owner)}` : 'ball loose'}`}</p>
      <div class="insp-offside" hidden={f.line === null}>
        <p data-testid="offside-line">{f.line === null ? '' : `Offside line x = ${f.line.toFixed(2)} m`}</p>
        <ul class="insp-list" data-testid="margins">
          {f.line !== null && f.margins.map((m) => <li key={m.id} data-id={m.id} data-margin={String(m.marginM)}>{`${m.label}: ${marginWords(m.marginM)}`}</li>)}
        </ul>
      </div>
      <p class="muted insp-hint" hidden={pairs.length > 0}>Tick two or more players (or the ball) for the distances between them.</p>
      <ul class="insp-list" data-testid="distances">
        {pairs.map((p) => <li key={`${p.a},${p.b}`} data-pair={`${p.a},${p.b}`} data-distance={String(p.distanceM)}>{`${name(p.a)} ↔ ${name(p.b)}: ${p.distanceM.toFixed(2)} m`}</li>)}
      </ul>
    </>
  );
}

function Freeze({ dispatch }: { dispatch: Dispatch }) {
  const j = freezeFacts.value;
  if (!j) return <div class="insp-freeze" data-testid="freeze" hidden></div>;
  const who = j.passer ? `${j.play === 'cross' ? 'Cross' : 'Pass'} by ${labelOf(j.passer)}${j.receiver ? ` to ${labelOf(j.receiver)}` : ''}` : 'Play of the ball';
  return (
    <div class="insp-freeze" data-testid="freeze">
      <div class="insp-freeze-head">
        <strong>{`Freeze frame: ${who}`}</strong>
        <button type="button" title="Close the freeze frame (Esc)" onClick={() => dispatch({ type: 'freeze/close' })}>Close</button>
      </div>
      <div>{`Judged at tick ${j.tick} (${j.t.toFixed(2)} s), when the ball was played.`}</div>
      <div>{`Line x = ${j.lineX.toFixed(2)} m, set by ${setByWords(j.setBy, labelOf)}.`}</div>
      {j.restartExempt && <div>Received from a restart: no offside offence.</div>}
      <ul class="insp-list">
        {j.players.map((p) => {
          const state = Math.abs(p.marginM) < 0.005 ? 'level: onside' : `${p.offsidePosition ? 'offside position' : 'onside'}, ${formatMargin(p.marginM)} ${p.marginM > 0 ? 'beyond' : 'behind'}`;
          return <li key={p.id} data-id={p.id} data-margin={String(p.marginM)}>{`${labelOf(p.id)}${p.id === j.receiver ? ' (receiver)' : ''}: ${state}`}</li>;
        })}
      </ul>
    </div>
  );
}

/** The tape's ends as buttons, for the keyboard (and a finger): the ball and every player. */
function TapeEnds({ dispatch }: { dispatch: Dispatch }) {
  const run = shownRun.value;
  if (!run) return null;
  return (
    <div class="insp-ends" role="group" aria-label="Measure from or to">
      <button type="button" data-end="ball" onClick={() => dispatch({ type: 'tape/put', end: { kind: 'ball' } })}>Ball</button>
      {run.trace.agents.map((a, i) => (
        <button key={a.id} type="button" data-end={a.id} onClick={() => dispatch({ type: 'tape/put', end: { kind: 'agent', index: i } })}>{a.label}</button>
      ))}
    </div>
  );
}

export function Inspector({ dispatch }: { dispatch: Dispatch }) {
  const on = measuring.value, m = measureText.value;
  return (
    <>
      <Frame />
      <div class="insp-tools">
        <button type="button" id="measure-btn" class={on ? 'on' : undefined} aria-pressed={on} title="Click two points or players on the pitch (M)" onClick={() => dispatch({ type: 'tool/measure' })}>
          {on ? 'Measuring…' : 'Measure'}
        </button>
      </div>
      {on && <TapeEnds dispatch={dispatch} />}
      <div class="insp-measure" data-testid="measure" aria-live="polite">
        {m && <div class="insp-measure-title">{m.title}</div>}
        {m?.lines.map((l, k) => <div key={k}>{l}</div>)}
      </div>
      <Freeze dispatch={dispatch} />
    </>
  );
}
