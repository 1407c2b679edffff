import type { Trace } from '../../core/trace';
import type { JudgmentFacts } from '../../view/judgment-facts';
import { byId, clear, el, setText } from './dom';
import { headingText, type FrameFacts } from '../../view/frame-facts';
import { eventWords } from '../../view/event-words';

// For the analyst: the recorded numbers of the shown frame (position, speed, heading of the ball
// and of every player; a tick box picks players to measure between) and the event list with the
// tick and time of each (click to jump; a judged pass opens its freeze frame).

export interface ReadoutHooks {
  seek: (tick: number) => void;
  pick: (id: string, on: boolean) => void; // a player's tick box
  freeze: (j: JudgmentFacts) => void;
}

const COLS = 4; // x, y, speed, heading
const ROLE_SHORT = { attacker: 'att', defender: 'def', goalkeeper: 'keeper', server: 'server' } as const;

export class FrameReadout {
  private readonly body = byId('readout').querySelector('tbody')!;
  private readonly events = byId<HTMLOListElement>('events');
  private cells: HTMLTableCellElement[][] = [];
  private boxes = new Map<string, HTMLInputElement>();
  private items: { tick: number; li: HTMLLIElement }[] = [];

  build(trace: Trace, labelOf: (id: string) => string, hooks: ReadoutHooks, judged: readonly JudgmentFacts[] = []): void {
    clear(this.body);
    this.cells = [];
    this.boxes.clear();
    const rows = [{ id: 'ball', name: 'Ball', full: 'Ball' }, ...trace.agents.map((a) => ({ id: a.id, name: `${a.label} ${ROLE_SHORT[a.role] ?? a.role}`, full: `${a.label} ${a.role}` }))];
    for (const r of rows) {
      const tds = Array.from({ length: COLS }, () => el('td'));
      const box = el('input', { attrs: { type: 'checkbox', 'aria-label': `Pick ${r.full} to measure`, 'data-pick': r.id } });
      box.addEventListener('change', () => hooks.pick(r.id, box.checked));
      this.boxes.set(r.id, box);
      const name = el('td', { attrs: { title: `${r.full} (id ${r.id})` } }, [el('label', {}, [box, document.createTextNode(` ${r.name}`)])]);
      this.body.appendChild(el('tr', { attrs: { 'data-entity': r.id } }, [name, ...tds]));
      this.cells.push(tds);
    }
    clear(this.events);
    this.items = [];
    const byTick = new Map(judged.map((j) => [j.eventIndex, j]));
    trace.events.forEach((e, k) => {
      const li = el('li', { attrs: { 'data-tick': String(e.tick) } });
      const jump = el('button', {
        cls: 'event-jump', text: `${e.t.toFixed(2)} s · ${e.tick}  ${eventWords(e, labelOf)}`,
        attrs: { type: 'button', title: `Jump to tick ${e.tick} (${e.t.toFixed(2)} s)` },
      });
      jump.addEventListener('click', () => hooks.seek(e.tick));
      li.appendChild(jump);
      const j = byTick.get(k);
      if (j) {
        const f = el('button', { cls: 'event-freeze', text: '◆ Judgment', attrs: { type: 'button', title: 'Open the offside judgment of this play as a freeze frame', 'data-freeze': String(e.tick) } });
        f.addEventListener('click', () => hooks.freeze(j));
        li.appendChild(f);
      }
      this.events.appendChild(li);
      this.items.push({ tick: e.tick, li });
    });
  }

  /** Tick the boxes of the picked entities (after a drill change, picks that still exist). */
  setPicked(ids: ReadonlySet<string>): void {
    for (const [id, box] of this.boxes) box.checked = ids.has(id);
  }

  show(f: FrameFacts, exact: boolean): void {
    const put = (row: number, x: number, y: number, speed: number, heading: number | null) => {
      const c = this.cells[row];
      if (!c) return;
      setText(c[0], x.toFixed(2));
      setText(c[1], y.toFixed(2));
      setText(c[2], speed.toFixed(2));
      setText(c[3], headingText(heading));
      if (exact) { // the full numbers on hover, when paused
        c[0].title = `x = ${x} m`;
        c[1].title = `y = ${y} m`;
        c[2].title = `${speed} m/s`;
      }
    };
    put(0, f.ball.x, f.ball.y, f.ball.speed, f.ball.headingDeg);
    f.agents.forEach((a, i) => put(i + 1, a.x, a.y, a.speed, a.headingDeg));
    // The latest event at or before the playhead.
    let cur = -1;
    for (let n = 0; n < this.items.length; n++) if (this.items[n].tick <= f.tick) cur = n;
    this.items.forEach((it, n) => it.li.classList.toggle('current', n === cur));
  }
}
