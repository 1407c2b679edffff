import { computed } from '@preact/signals';
import { eventWords } from '../../view/event-words';
import { MAX_SPEED, MIN_SPEED } from '../../view/playback';
import { shownRun, viewerState } from '../state/signals';
import type { Dispatch } from '../state/store';

// The transport bar: restart, step, play, events, the scrubber with the events marked along it
// (judgment frames stand out; a click on a mark jumps there), the clock, speed and loop. Each
// control dispatches; each piece re-renders only when its own part of the state changes (the
// marks with the run, the clock with the playhead).

const playhead = computed(() => viewerState.value.playhead);
const playing = computed(() => playhead.value.playing);
const tick = computed(() => playhead.value.tick);
const speed = computed(() => playhead.value.speed);
const loop = computed(() => playhead.value.loop);

type P = { dispatch: Dispatch };

function Buttons({ dispatch }: P) {
  const on = playing.value;
  return (
    <div class="buttons">
      <button type="button" id="restart" title="Restart (R)" aria-label="Restart" onClick={() => dispatch({ type: 'play/restart' })}>↺</button>
      <button type="button" id="prev-event" title="Previous event (Shift+←)" aria-label="Previous event" onClick={() => dispatch({ type: 'play/event', dir: -1 })}>⇤</button>
      <button type="button" id="step-back" title="One frame back (←)" aria-label="One frame back" onClick={() => dispatch({ type: 'play/step', by: -1 })}>◀▮</button>
      <button type="button" id="play" title="Play / pause (Space)" aria-label={on ? 'Pause' : 'Play'} onClick={() => dispatch({ type: 'play/toggle' })}>{on ? '❚❚' : '▶'}</button>
      <button type="button" id="step-fwd" title="One frame forward (→)" aria-label="One frame forward" onClick={() => dispatch({ type: 'play/step', by: 1 })}>▮▶</button>
      <button type="button" id="next-event" title="Next event (Shift+→)" aria-label="Next event" onClick={() => dispatch({ type: 'play/event', dir: 1 })}>⇥</button>
    </div>
  );
}

function Marks({ dispatch }: P) {
  const run = shownRun.value;
  if (!run) return <div id="marks"></div>;
  const tr = run.trace, last = Math.max(1, tr.ticks - 1);
  const labelOf = (id: string) => tr.agents.find((a) => a.id === id)?.label ?? id;
  const left = (t: number) => ({ left: `${(100 * t) / last}%` });
  const seek = (t: number) => () => dispatch({ type: 'play/seek', tick: t });
  return (
    <div id="marks">
      {tr.events.filter((e) => e.type !== 'end').map((e, k) => (
        <button key={`e${k}`} type="button" class={`mark ev-${e.type}`} tabIndex={-1} data-tick={e.tick} style={left(e.tick)}
          title={`${(e.tick / tr.tickRate).toFixed(2)} s: ${eventWords(e, labelOf)}`} onClick={seek(e.tick)} />
      ))}
      {run.verdicts.map((v, k) => (
        <button key={`v${k}`} type="button" class={`mark judgment ${v.offside ? 'is-offside' : 'is-onside'}`} tabIndex={-1} data-tick={v.tick} style={left(v.tick)}
          title={`${(v.tick / tr.tickRate).toFixed(2)} s: judgment, ${v.text}`} onClick={seek(v.tick)} />
      ))}
    </div>
  );
}

function Scrub({ dispatch }: P) {
  const run = shownRun.value;
  return (
    <input type="range" id="scrub" min="0" max={run ? run.trace.ticks - 1 : 0} step="1" value={String(tick.value)} aria-label="Frame"
      onInput={(e) => dispatch({ type: 'play/seek', tick: Number(e.currentTarget.value) })} />
  );
}

function Clock() {
  const run = shownRun.value, t = tick.value;
  return <span id="clock" class="clock">{run ? `${(t / run.trace.tickRate).toFixed(2)} s · frame ${t}/${run.trace.ticks - 1}` : ''}</span>;
}

function Speed({ dispatch }: P) {
  const s = speed.value;
  return (
    <label class="field speed">Speed{' '}
      <input type="range" id="speed" min={MIN_SPEED} max={MAX_SPEED} step="0.05" value={String(s)} aria-label="Speed"
        onInput={(e) => dispatch({ type: 'speed/set', speed: Number(e.currentTarget.value) })} />{' '}
      <output id="speed-out">{`${s.toFixed(2)}×`}</output>
    </label>
  );
}

function Loop({ dispatch }: P) {
  return (
    <label class="field"><input type="checkbox" id="loop" checked={loop.value} onChange={(e) => dispatch({ type: 'loop/set', on: e.currentTarget.checked })} /> Loop</label>
  );
}

export function PlaybackControls({ dispatch }: P) {
  return (
    <>
      <Buttons dispatch={dispatch} />
      <div class="timeline">
        <Marks dispatch={dispatch} />
        <Scrub dispatch={dispatch} />
      </div>
      <Clock />
      <Speed dispatch={dispatch} />
      <Loop dispatch={dispatch} />
    </>
  );
}
