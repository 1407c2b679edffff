import type { ParamDef } from '../../scenario/types';
import { formatNumber } from '../../view/address';
import { paramHelp, paramValueText } from '../../view/param-words';
import { snap } from '../../view/slider-grid';
import { canRedo, canUndo, runSettings, shownParams, shownRun } from '../state/signals';
import type { Dispatch } from '../state/store';
import type { Notices } from './notices';

// "Timings": a slider for every parameter of the drill (label, unit, range, step), the seed, and
// undo / redo. Each control dispatches; the values shown are the state's. A drag with the pointer
// is one undo step (a mark when it starts, settled when it ends).

export interface RunPanelProps {
  dispatch: Dispatch;
  notices: Notices;
}

const MAX_SEED = 2 ** 32 - 1;

function Slider({ name, def, value, dispatch }: { name: string; def: ParamDef; value: number; dispatch: Dispatch }) {
  const id = `param-${name}`;
  const help = paramHelp(name, def);
  return (
    <div class="slider">
      <div class="slider-head">
        <label for={id}>{def.label}</label>
        <output class="value" for={id}>{`${formatNumber(value)} ${def.unit}`.trim()}</output>
      </div>
      <input
        type="range" id={id} min={def.min} max={def.max} step={def.step} data-param={name} value={String(value)}
        aria-valuetext={paramValueText(value, def.unit)} aria-describedby={`${id}-help`}
        onPointerDown={() => dispatch({ type: 'history/mark' })}
        onInput={(e) => dispatch({ type: 'param/set', name, value: snap(Number(e.currentTarget.value), def.min, def.step) })}
        onChange={() => dispatch({ type: 'history/settle' })}
      />
      <div class="slider-help" id={`${id}-help`} title={help}>{help}</div>
    </div>
  );
}

export function RunPanel({ dispatch, notices }: RunPanelProps) {
  const run = shownRun.value;
  const settings = runSettings.value;
  const shown = shownParams.value;
  if (!run) return null;
  const defs = Object.entries(run.scenario.params ?? {});
  const setSeed = (input: HTMLInputElement) => {
    const raw = input.value;
    const n = /^\d{1,10}$/.test(raw.trim()) ? Number(raw) : NaN;
    if (!Number.isInteger(n) || n > MAX_SEED) {
      notices.show(`Seed "${raw.slice(0, 20)}" is not a whole number from 0 to ${MAX_SEED}.`);
      input.value = String(settings.seed);
      return;
    }
    dispatch({ type: 'seed/set', seed: n });
  };
  return (
    <>
      <div class="timings-head">
        <h2>Timings</h2>
        <span class="history">
          <button type="button" id="undo" title="Undo a change of timing, seed or stage (Ctrl+Z)" aria-label="Undo" disabled={!canUndo.value} onClick={() => dispatch({ type: 'history/undo' })}>↶ Undo</button>
          <button type="button" id="redo" title="Redo (Ctrl+Shift+Z)" aria-label="Redo" disabled={!canRedo.value} onClick={() => dispatch({ type: 'history/redo' })}>↷ Redo</button>
        </span>
      </div>
      <div id="sliders">
        {defs.map(([name, def]) => <Slider key={name} name={name} def={def} value={shown?.[name] ?? run.params[name] ?? def.default} dispatch={dispatch} />)}
        {!defs.length && <p class="muted">This drill has no timings to try.</p>}
      </div>
      <div class="seed-row">
        <label for="seed">Seed</label>
        <input type="number" id="seed" min="0" max={MAX_SEED} step="1" value={String(settings.seed)} disabled={!run.drill} aria-describedby="seed-help" onChange={(e) => setSeed(e.currentTarget)} />
        <span id="seed-help" class="slider-help">The small random differences of a run (reactions, touches): the same seed plays the same run again.</span>
      </div>
    </>
  );
}
