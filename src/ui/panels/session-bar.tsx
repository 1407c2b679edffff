import { signal } from '@preact/signals';
import { stepTo, stepWords, type SessionPlan } from '../../view/session-plan';

// Stepping through a session plan: pick a plan, then ◀ ▶ (or B / N, PageUp / PageDown, also in
// presenter mode) open each step's drill and stage in turn, with the coach's notes beside them.
// "Handout" opens the plan as a printable page per drill.

/** What the session needs of the drill list: the entries' ids, and opening one. */
export interface DrillPicker {
  readonly list: readonly { id: string }[];
  pick(k: number): boolean;
}

export class Session {
  readonly plan = signal<SessionPlan | null>(null);
  readonly step = signal(0);

  constructor(readonly plans: readonly SessionPlan[], private readonly library: DrillPicker, private readonly stage: (id: string | undefined) => void) {}

  choose(id: string): void {
    const p = this.plans.find((x) => x.id === id) ?? null;
    this.plan.value = p;
    this.step.value = 0;
    if (p) this.open();
  }

  /** Move one step; false when there is no plan or the step would not move. */
  go(dir: 1 | -1): boolean {
    const p = this.plan.peek();
    if (!p) return false;
    const k = stepTo(p, this.step.peek(), dir);
    if (k === this.step.peek()) return false;
    this.step.value = k;
    this.open();
    return true;
  }

  private open(): void {
    const p = this.plan.peek();
    if (!p) return;
    const s = p.steps[this.step.peek()];
    const k = this.library.list.findIndex((e) => e.id === s.drill);
    if (k >= 0 && this.library.pick(k)) this.stage(s.stage);
  }
}

export function SessionBar({ session }: { session: Session }) {
  const p = session.plan.value, k = session.step.value;
  const s = p?.steps[k];
  return (
    <span class="session" id="session-bar">
      <label class="field">Session{' '}
        <select id="session-select" aria-label="Session plan" value={p?.id ?? ''} onChange={(e) => session.choose(e.currentTarget.value)}>
          <option value="">None</option>
          {session.plans.map((x) => <option key={x.id} value={x.id}>{x.title}</option>)}
        </select>
      </label>
      {p && s && (
        <>
          <button type="button" id="session-prev" title="Previous step (B)" disabled={k === 0} onClick={() => session.go(-1)}>◀</button>
          <span id="session-step" class="session-step">{`${k + 1}/${p.steps.length} · ${stepWords(p, k)}`}</span>
          <button type="button" id="session-next" title="Next step (N)" disabled={k === p.steps.length - 1} onClick={() => session.go(1)}>▶</button>
          <span id="session-notes" class="lesson" title={s.notes}>{s.notes}</span>
          <a id="session-handout" href={`?handout=${encodeURIComponent(p.id)}`} target="_blank" rel="noopener">Handout</a>
        </>
      )}
    </span>
  );
}
