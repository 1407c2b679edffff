import type { Verdict } from '../../view/verdicts';
import { cuesAt } from '../../view/cue-schedule';
import type { ScenarioFile } from '../../scenario/types';
import { byId, clear, el, setText } from './dom';
import { outcomeDetail, outcomeWords } from '../../view/outcome-words';
import type { Replay } from '../state/replay';
import { badgeStyle, runClass, runFacts, verdictColour, verdictMark, type RunFacts } from '../../view/outcome-style';
import type { TimingClass } from '../../view/timing-classes';

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
  private readonly resultBox = document.querySelector<HTMLElement>('#panel .result');
  private facts: RunFacts = { offsideMarginM: null, shot: false };
  private classShown = '';
  private cueKey = '';
  private labelOf: (id: string) => string = (id) => id;
  outcomeText = '';

  constructor() {
    // The description shows its first lines (the sliders stay in view on a laptop); a click or
    // Enter opens the rest.
    const d = this.description;
    d.tabIndex = 0;
    d.setAttribute('role', 'button');
    d.setAttribute('aria-expanded', 'false');
    const toggle = () => d.setAttribute('aria-expanded', String(d.getAttribute('aria-expanded') !== 'true'));
    d.addEventListener('click', toggle);
    d.addEventListener('keydown', (ev) => { if (ev.key === 'Enter') { ev.preventDefault(); toggle(); } });
  }

  showDrill(s: ScenarioFile, run: Replay, labelOf: (id: string) => string): void {
    this.labelOf = labelOf;
    setText(this.title, s.title);
    setText(this.description, s.description ?? '');
    document.title = `${s.title} · Onside`;
    const roleOf = (id: string) => run.trace.agents.find((a) => a.id === id)?.role;
    this.facts = runFacts(run.trace, run.spec, run.scenario);
    this.outcomeText = outcomeWords(run.trace.outcome, roleOf, this.facts.offsideMarginM);
    this.classShown = '';
    setText(this.outcome, this.outcomeText);
    setText(this.detail, outcomeDetail(run.trace.outcome, labelOf));
    this.cueKey = '\u0000';
  }

  /** `bandClass`: the window band's class at this run's timing, when the band has it. */
  showFrame(run: Replay, tick: number, verdict: Verdict | null, bandClass: TimingClass | null = null): void {
    const texts = cuesAt(run.cues, tick);
    const key = texts.join('\u0000');
    if (key !== this.cueKey) {
      this.cueKey = key;
      clear(this.cues);
      for (const t of texts) this.cues.appendChild(el('div', { cls: 'cue', text: t }));
    }
    setText(this.verdict, verdict ? `${verdictMark(verdict)}${this.labelOf(verdict.receiver)}: ${verdict.text}` : '');
    if (verdict) this.verdict.style.setProperty('--verdict', verdictColour(verdict.offside));
    this.verdict.dataset.offside = verdict ? String(verdict.offside) : '';
    const o = run.trace.outcome;
    setText(this.result, tick >= o.tick ? this.outcomeText : '');
    // One colour for the run's class on the badge, the result box and the band.
    const cls = runClass(o, this.facts.shot, (this.facts.offsideMarginM ?? 0) > 0, bandClass);
    if (cls !== this.classShown) {
      this.classShown = cls;
      const st = badgeStyle(cls);
      for (const e of [this.result, this.resultBox]) {
        if (!e) continue;
        e.dataset.class = cls;
        e.style.setProperty('--class-bg', st.bg);
        e.style.setProperty('--class-ink', st.ink);
      }
    }
  }
}
