import type { JudgmentFacts } from '../../view/judgment-facts';
import { setByWords } from '../../view/judgment-facts';
import { formatMargin } from '../../view/verdicts';
import { byId, clear, el, setText } from './dom';
import { marginWords, type FrameFacts, type PairDistance } from '../../view/frame-facts';

// The inspector's words under the frame table: the frame itself (tick, time, the ball's height
// and who has it), the offside line with every attacker's margin, the distances between picked
// players, the measuring tape, and an open freeze frame. Text only, never markup.

export interface MeasureText {
  title: string; // "F → the ball"
  lines: string[]; // "12.40 m", "F needs 1.92 s"
}

export class Inspector {
  private readonly box = byId('inspector');
  private readonly summary = el('p', { cls: 'insp-summary', attrs: { 'data-testid': 'frame-summary' } });
  private readonly offside = el('div', { cls: 'insp-offside' });
  private readonly line = el('p', { attrs: { 'data-testid': 'offside-line' } });
  private readonly margins = el('ul', { cls: 'insp-list', attrs: { 'data-testid': 'margins' } });
  private readonly pairs = el('ul', { cls: 'insp-list', attrs: { 'data-testid': 'distances' } });
  private readonly pickHint = el('p', { cls: 'muted insp-hint', text: 'Tick two or more players (or the ball) for the distances between them.' });
  readonly measureBtn = el('button', { text: 'Measure', attrs: { type: 'button', id: 'measure-btn', 'aria-pressed': 'false', title: 'Click two points or players on the pitch (M)' } });
  private readonly measureOut = el('div', { cls: 'insp-measure', attrs: { 'data-testid': 'measure', 'aria-live': 'polite' } });
  private readonly freezeBox = el('div', { cls: 'insp-freeze', attrs: { 'data-testid': 'freeze', hidden: '' } });
  readonly closeFreeze = el('button', { text: 'Close', attrs: { type: 'button', title: 'Close the freeze frame (Esc)' } });
  private marginKey = '';
  private pairKey = '';

  constructor() {
    this.offside.append(this.line, this.margins);
    const tools = el('div', { cls: 'insp-tools' }, [this.measureBtn]);
    this.box.append(this.summary, this.offside, this.pickHint, this.pairs, tools, this.measureOut, this.freezeBox);
  }

  show(f: FrameFacts, labelOf: (id: string) => string, pairs: readonly PairDistance[]): void {
    const z = f.ball.z ?? 0;
    setText(this.summary, `Tick ${f.tick} · ${f.t.toFixed(2)} s · ball height ${z.toFixed(2)} m · ${f.owner ? `ball with ${labelOf(f.owner)}` : 'ball loose'}`);
    this.offside.hidden = f.line === null;
    if (f.line !== null) {
      setText(this.line, `Offside line x = ${f.line.toFixed(2)} m`);
      const key = f.margins.map((m) => `${m.id}:${m.marginM.toFixed(2)}`).join('|');
      if (key !== this.marginKey) {
        this.marginKey = key;
        clear(this.margins);
        for (const m of f.margins) {
          this.margins.appendChild(el('li', { text: `${m.label}: ${marginWords(m.marginM)}`, attrs: { 'data-id': m.id, 'data-margin': String(m.marginM) } }));
        }
      }
    }
    const pk = pairs.map((p) => `${p.a}:${p.b}:${p.distanceM.toFixed(2)}`).join('|');
    if (pk !== this.pairKey) {
      this.pairKey = pk;
      clear(this.pairs);
      for (const p of pairs) {
        const name = (id: string) => (id === 'ball' ? 'ball' : labelOf(id));
        this.pairs.appendChild(el('li', { text: `${name(p.a)} ↔ ${name(p.b)}: ${p.distanceM.toFixed(2)} m`, attrs: { 'data-pair': `${p.a},${p.b}`, 'data-distance': String(p.distanceM) } }));
      }
    }
    this.pickHint.hidden = pairs.length > 0;
  }

  setMeasuring(on: boolean, waiting: string): void {
    this.measureBtn.setAttribute('aria-pressed', String(on));
    this.measureBtn.classList.toggle('on', on);
    setText(this.measureBtn, on ? 'Measuring…' : 'Measure');
    if (on && waiting) this.showMeasure({ title: waiting, lines: [] });
  }

  showMeasure(m: MeasureText | null): void {
    clear(this.measureOut);
    if (!m) return;
    this.measureOut.appendChild(el('div', { cls: 'insp-measure-title', text: m.title }));
    for (const l of m.lines) this.measureOut.appendChild(el('div', { text: l }));
  }

  showFreeze(j: JudgmentFacts | null, labelOf: (id: string) => string): void {
    clear(this.freezeBox);
    this.freezeBox.hidden = !j;
    if (!j) return;
    const who = j.passer ? `${j.play === 'cross' ? 'Cross' : 'Pass'} by ${labelOf(j.passer)}${j.receiver ? ` to ${labelOf(j.receiver)}` : ''}` : 'Play of the ball';
    const head = el('div', { cls: 'insp-freeze-head' }, [el('strong', { text: `Freeze frame: ${who}` }), this.closeFreeze]);
    this.freezeBox.appendChild(head);
    this.freezeBox.appendChild(el('div', { text: `Judged at tick ${j.tick} (${j.t.toFixed(2)} s), when the ball was played.` }));
    this.freezeBox.appendChild(el('div', { text: `Line x = ${j.lineX.toFixed(2)} m, set by ${setByWords(j.setBy, labelOf)}.` }));
    if (j.restartExempt) this.freezeBox.appendChild(el('div', { text: 'Received from a restart: no offside offence.' }));
    const ul = el('ul', { cls: 'insp-list' });
    for (const p of j.players) {
      const state = Math.abs(p.marginM) < 0.005 ? 'level: onside' : `${p.offsidePosition ? 'offside position' : 'onside'}, ${formatMargin(p.marginM)} ${p.marginM > 0 ? 'beyond' : 'behind'}`;
      ul.appendChild(el('li', { text: `${labelOf(p.id)}${p.id === j.receiver ? ' (receiver)' : ''}: ${state}`, attrs: { 'data-id': p.id, 'data-margin': String(p.marginM) } }));
    }
    this.freezeBox.appendChild(ul);
  }
}
