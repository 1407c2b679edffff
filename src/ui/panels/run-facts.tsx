import { timingStrip } from '../../view/param-words';
import { shownParams, shownRun } from '../state/signals';

// Two small read-outs of the run on screen: the timing strip a projector keeps in view
// ("Run 2.0 s · Pass 2.0 s"), and the simulation's own time for the analyst's diagnostics.

export function TimingStrip() {
  const run = shownRun.value;
  if (!run) return null;
  const text = timingStrip(run.scenario.params ?? {}, shownParams.value ?? run.params);
  return text ? <span class="strip-text">{text}</span> : null;
}

export function SimTime() {
  const run = shownRun.value;
  return <span id="sim-ms">{run ? `This run simulated in ${run.simMs.toFixed(1)} ms.` : ''}</span>;
}
