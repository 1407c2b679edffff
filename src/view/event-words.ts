import type { DrillEvent } from '../core/events';

// An event of the run in words, as the timeline's marks and the event list name it.

const EVENT_WORDS: Record<DrillEvent['type'], string> = {
  run: 'Run', pass: 'Pass', cross: 'Cross', control: 'Control', offside: 'Offside', interception: 'Interception',
  tackle: 'Tackle', shot: 'Shot', save: 'Save', rebound: 'Rebound', goal: 'Goal', wide: 'Wide', out: 'Out of play', end: 'End',
  touch: 'Touch', skipped: 'Skipped',
  block: 'Block', deflection: 'Deflection', miscontrol: 'Miscontrol', clearance: 'Clearance',
};

export function eventWords(e: DrillEvent, labelOf: (id: string) => string): string {
  const who = e.agent ? ` ${labelOf(e.agent)}` : '';
  const to = e.other ? ` → ${labelOf(e.other)}` : '';
  return `${EVENT_WORDS[e.type]}${who}${to}`;
}
