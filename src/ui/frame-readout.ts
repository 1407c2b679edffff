import type { Trace } from '../core/trace';
import { sampleAgent, sampleBall, type AgentSample, type BallSample } from '../render/sample';
import { byId, clear, el, setText } from './dom';
import { eventWords } from './timeline';

// For the analyst: positions and speeds at the shown frame, and the event list (click to jump).

export class FrameReadout {
  private readonly body = byId('readout').querySelector('tbody')!;
  private readonly events = byId<HTMLOListElement>('events');
  private cells: HTMLTableCellElement[][] = [];
  private items: { tick: number; li: HTMLLIElement }[] = [];
  private readonly a: AgentSample = { x: 0, y: 0, vx: 0, vy: 0 };
  private readonly b: BallSample = { x: 0, y: 0, z: 0 };

  build(trace: Trace, labelOf: (id: string) => string, onSeek: (tick: number) => void): void {
    clear(this.body);
    this.cells = [];
    const rows = ['Ball', ...trace.agents.map((a) => `${a.label} ${a.role}`)];
    if (trace.offside) rows.push('Offside line');
    for (const name of rows) {
      const tds = [0, 1, 2].map(() => el('td'));
      this.body.appendChild(el('tr', {}, [el('td', { text: name }), ...tds]));
      this.cells.push(tds);
    }
    clear(this.events);
    this.items = [];
    for (const e of trace.events) {
      const li = el('li', { text: `${e.t.toFixed(2)} s  ${eventWords(e, labelOf)}`, attrs: { 'data-tick': String(e.tick) } });
      li.addEventListener('click', () => onSeek(e.tick));
      this.events.appendChild(li);
      this.items.push({ tick: e.tick, li });
    }
  }

  show(trace: Trace, tick: number): void {
    const put = (row: number, x: number, y: number, s: string) => {
      const c = this.cells[row];
      if (!c) return;
      setText(c[0], x.toFixed(2));
      setText(c[1], y.toFixed(2));
      setText(c[2], s);
    };
    sampleBall(trace, tick, this.b);
    const k = Math.max(0, Math.min(trace.ticks - 1, Math.floor(tick))) * trace.stride;
    const bs = Math.hypot(trace.frames[k + 3], trace.frames[k + 4]);
    put(0, this.b.x, this.b.y, `${bs.toFixed(1)}${this.b.z > 0.05 ? `, z ${this.b.z.toFixed(1)} m` : ''}`);
    for (let i = 0; i < trace.agents.length; i++) {
      sampleAgent(trace, tick, i, this.a);
      put(i + 1, this.a.x, this.a.y, Math.hypot(this.a.vx, this.a.vy).toFixed(1));
    }
    if (trace.offside) {
      const c = this.cells[trace.agents.length + 1];
      setText(c[0], trace.line[Math.floor(Math.max(0, Math.min(trace.ticks - 1, tick)))].toFixed(2));
      setText(c[1], '');
      setText(c[2], '');
    }
    // The latest event at or before the playhead.
    let cur = -1;
    for (let n = 0; n < this.items.length; n++) if (this.items[n].tick <= tick) cur = n;
    this.items.forEach((it, n) => it.li.classList.toggle('current', n === cur));
  }
}
