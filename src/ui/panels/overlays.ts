import type { Verdict } from '../../view/verdicts';
import { cuesAt } from '../../view/cue-schedule';
import type { ScenarioFile } from '../../scenario/types';
import { byId, clear, el, setText } from './dom';
import { outcomeDetail, outcomeWords } from '../../view/outcome-words';
import type { Replay } from '../state/replay';

// Text about the drill and the run: title, the result in words, and on the pitch the
// coaching cues, the offside verdict and the result when it happens. Text only, never markup.

export class Overlays {
  private readonly title = byId('title');
  private readonly description = byId('description');
  private readonly outcome = byId('outcome');
  private readonly detail = byId('outcome-detail');
  private readonly cues = byId('cues');
  private readonly verdict = byId('verdict-banner');
  private readonly result = byId('result-banner');
  private cueKey = '';
  private labelOf: (id: string) => string = (id) => id;
  outcomeText = '';

  showDrill(s: ScenarioFile, run: Replay, labelOf: (id: string) => string): void {
    this.labelOf = labelOf;
    setText(this.title, s.title);
    setText(this.description, s.description ?? '');
    document.title = `${s.title} · Onside`;
    const roleOf = (id: string) => run.trace.agents.find((a) => a.id === id)?.role;
    this.outcomeText = outcomeWords(run.trace.outcome, roleOf);
    setText(this.outcome, this.outcomeText);
    setText(this.detail, outcomeDetail(run.trace.outcome, labelOf));
    this.cueKey = '\u0000';
  }

  showFrame(run: Replay, tick: number, verdict: Verdict | null): void {
    const texts = cuesAt(run.cues, tick);
    const key = texts.join('\u0000');
    if (key !== this.cueKey) {
      this.cueKey = key;
      clear(this.cues);
      for (const t of texts) this.cues.appendChild(el('div', { cls: 'cue', text: t }));
    }
    setText(this.verdict, verdict ? `${this.labelOf(verdict.receiver)}: ${verdict.text}` : '');
    const o = run.trace.outcome;
    setText(this.result, tick >= o.tick ? this.outcomeText : '');
  }
}
