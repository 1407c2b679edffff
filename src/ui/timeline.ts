import type { DrillEvent } from '../core/events';
import type { Verdict } from '../render/verdicts';
import { byId, clear, el } from './dom';

// The scrubber: one position per recorded frame, the events marked along it (judgment frames
// stand out), a click on a mark jumps there.

const EVENT_WORDS: Record<DrillEvent['type'], string> = {
  run: 'Run', pass: 'Pass', cross: 'Cross', control: 'Control', offside: 'Offside', interception: 'Interception',
  tackle: 'Tackle', shot: 'Shot', save: 'Save', rebound: 'Rebound', goal: 'Goal', wide: 'Wide', out: 'Out of play', skipped: 'Skipped', end: 'End',
  touch: 'Touch',
};

export function eventWords(e: DrillEvent, labelOf: (id: string) => string): string {
  const who = e.agent ? ` ${labelOf(e.agent)}` : '';
  const to = e.other ? ` → ${labelOf(e.other)}` : '';
  return `${EVENT_WORDS[e.type]}${who}${to}`;
}

export class Timeline {
  readonly input = byId<HTMLInputElement>('scrub');
  private readonly marks = byId('marks');

  constructor(onSeek: (tick: number) => void) {
    this.input.addEventListener('input', () => onSeek(Number(this.input.value)));
  }

  build(ticks: number, tickRate: number, events: readonly DrillEvent[], verdicts: readonly Verdict[], labelOf: (id: string) => string, onSeek: (tick: number) => void): void {
    this.input.min = '0';
    this.input.max = String(ticks - 1);
    this.input.step = '1';
    clear(this.marks);
    const pos = (tick: number) => `${(100 * tick) / Math.max(1, ticks - 1)}%`;
    for (const e of events) {
      if (e.type === 'end') continue;
      const m = el('button', {
        cls: `mark ev-${e.type}`,
        attrs: { type: 'button', title: `${(e.tick / tickRate).toFixed(2)} s: ${eventWords(e, labelOf)}`, 'data-tick': String(e.tick), tabindex: '-1' },
      });
      m.style.left = pos(e.tick);
      m.addEventListener('click', () => onSeek(e.tick));
      this.marks.appendChild(m);
    }
    for (const v of verdicts) {
      const m = el('button', {
        cls: `mark judgment ${v.offside ? 'is-offside' : 'is-onside'}`,
        attrs: { type: 'button', title: `${(v.tick / tickRate).toFixed(2)} s: judgment, ${v.text}`, 'data-tick': String(v.tick), tabindex: '-1' },
      });
      m.style.left = pos(v.tick);
      m.addEventListener('click', () => onSeek(v.tick));
      this.marks.appendChild(m);
    }
  }

  show(tick: number): void {
    const s = String(tick);
    if (this.input.value !== s) this.input.value = s;
  }
}
