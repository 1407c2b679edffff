import type { ParamValues } from '../../scenario/resolve';
import type { ScenarioFile } from '../../scenario/types';
import { byId, clear, el, setText } from './dom';
import type { Dispatch } from '../state/store';
import { formatNumber } from '../../view/address';

// A slider for every parameter of the drill (label, unit, range, step). Moving one dispatches the
// new value; a drag with the pointer is one undo step (a mark when it starts, settled when it
// ends). The slider never touches the run itself.

export class ParamSliders {
  private readonly box = byId('sliders');
  private inputs = new Map<string, { input: HTMLInputElement; out: HTMLOutputElement; unit: string }>();

  constructor(private readonly dispatch: Dispatch) {}

  build(s: ScenarioFile, values: ParamValues): void {
    clear(this.box);
    this.inputs.clear();
    for (const [name, p] of Object.entries(s.params ?? {})) {
      const id = `param-${name}`;
      const input = el('input', {
        attrs: { type: 'range', id, min: String(p.min), max: String(p.max), step: String(p.step), 'data-param': name },
      });
      input.value = String(values[name] ?? p.default);
      const out = el('output', { cls: 'value', attrs: { for: id } });
      const label = el('label', { text: p.label, attrs: { for: id } });
      const row = el('div', { cls: 'slider' }, [el('div', { cls: 'slider-head' }, [label, out]), input]);
      if (p.description) row.title = p.description;
      input.addEventListener('input', () => {
        const v = snap(Number(input.value), p.min, p.step);
        this.show(name, v);
        this.dispatch({ type: 'param/set', name, value: v });
      });
      input.addEventListener('pointerdown', () => this.dispatch({ type: 'history/mark' }));
      input.addEventListener('change', () => this.dispatch({ type: 'history/settle' }));
      this.inputs.set(name, { input, out, unit: p.unit });
      this.show(name, values[name] ?? p.default);
      this.box.appendChild(row);
    }
    if (!this.inputs.size) this.box.appendChild(el('p', { cls: 'muted', text: 'This drill has no timings to try.' }));
  }

  /** Reflect values set elsewhere (a stage, a link, undo) without dispatching. */
  set(values: ParamValues): void {
    for (const [name, v] of Object.entries(values)) {
      const i = this.inputs.get(name);
      if (!i) continue;
      i.input.value = String(v);
      this.show(name, v);
    }
  }

  private show(name: string, v: number): void {
    const i = this.inputs.get(name);
    if (i) setText(i.out, `${formatNumber(v)} ${i.unit}`.trim());
  }
}

/** Snap to the slider's grid, without float dust (0.1 + 0.2). */
export function snap(v: number, min: number, step: number): number {
  const k = Math.round((v - min) / step);
  const decimals = (String(step).split('.')[1] ?? '').length + (String(min).split('.')[1] ?? '').length;
  return Number((min + k * step).toFixed(Math.min(9, decimals)));
}
