import type { ParamDef } from '../scenario/types';
import { formatNumber } from './address';

// A drill's timings in a player's words: a one-line explanation under each slider (the drill's
// own when it gives one), the value with its unit for a screen reader, and the short strip a
// projector shows ("Run 2.0 s · Pass 2.0 s").

/** Explanations for the usual parameters, for drills that give none. */
const USUAL: Record<string, string> = {
  runStart: 'When the runner sets off, from the start of the drill.',
  passTime: 'When the pass is played.',
  crossTime: 'When the cross is played.',
  passSpeed: 'How hard the pass is hit: faster reaches the runner sooner.',
  passLead: 'How far ahead of the runner the pass is aimed: more lead, more space to run onto.',
  runAngle: 'How far across the line the run bends before going in behind.',
  crossLoft: 'How steeply the cross rises: higher floats longer.',
  crossDepth: 'Where across the pitch the cross comes down.',
  zoneDepth: 'How deep the end zone is.',
  touch: 'How far the first touch pushes the ball ahead.',
  supportRun: 'When the second forward breaks.',
};

/** One line saying what a slider changes. */
export function paramHelp(name: string, def: ParamDef): string {
  return def.description ?? USUAL[name] ?? `${def.label}, in ${def.unit || 'units'}.`;
}

/** Unit words a screen reader says ("2 seconds", not "2"). */
const UNIT_WORDS: Record<string, [string, string]> = {
  s: ['second', 'seconds'],
  m: ['metre', 'metres'],
  'm/s': ['metre per second', 'metres per second'],
  '°': ['degree', 'degrees'],
};

/** The value as read aloud: number and unit in words. */
export function paramValueText(value: number, unit: string): string {
  const n = formatNumber(value);
  const words = UNIT_WORDS[unit];
  if (!words) return `${n} ${unit}`.trim();
  return `${n} ${Math.abs(value) === 1 ? words[0] : words[1]}`;
}

/** The first word of a label ("Run start" → "Run", "Pass time" → "Pass"). */
function short(label: string): string {
  const w = label.split(/\s+/)[0] ?? label;
  return w.replace(/'s$/, '');
}

/** The strip for a projector: the first two timings, short ("Run 2.0 s · Pass 2.0 s"). */
export function timingStrip(defs: Record<string, ParamDef>, values: Record<string, number>, count = 2): string {
  return Object.entries(defs)
    .filter(([, d]) => d.unit === 's')
    .slice(0, count)
    .map(([name, d]) => `${short(d.label)} ${(values[name] ?? d.default).toFixed(1)} s`)
    .join(' · ');
}
