import { GOAL_AREA_DEPTH, GOAL_AREA_WIDTH, GOAL_WIDTH, PENALTY_AREA_DEPTH, PENALTY_AREA_WIDTH, PENALTY_SPOT } from '../core/pitch';
import { simulate } from '../core/simulate';
import { paramValues, resolveDrill } from '../scenario/resolve';
import type { ScenarioFile } from '../scenario/types';
import { planArrows, type PlanArrow } from './plan';
import { stepWords, type SessionPlan } from './session-plan';

// The coach's handout: a page per step of a session plan, with the drill's diagram (players,
// runs dashed, passes solid, crosses bowed, as on a coaching board), the set-up, what to call
// out and the timing lesson in one sentence. Pure: data and SVG text out; every text is escaped.

export interface HandoutPage {
  heading: string; // "Development 2 of 4 · 8 min"
  title: string; // the drill, and its stage when one is set
  setup: string;
  callOut: string[]; // the drill's cues, in order, each once
  lesson: string; // the timing lesson in one sentence: too early one way, too late another
  notes: string; // the coach's notes for this step
  svg: string; // the diagram
}

/** Text made safe for SVG and HTML: never markup. */
export function escapeText(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const INK = { attack: '#0072B2', defence: '#D55E00', neutral: '#CC79A7' } as const; // Okabe–Ito
const f = (n: number) => Number(n.toFixed(2)).toString();

/** The diagram of a drill (its stage) as played at its own seed: start positions and the plan's arrows. */
export function diagramSvg(s: ScenarioFile, stage?: string): string {
  const values = paramValues(s, {}, stage);
  const spec = resolveDrill(s, values, stage);
  const trace = simulate(spec, s.seed ?? 1, { scenario: s.id, params: values });
  const L = spec.pitch.length, W = spec.pitch.width;
  const [x0, x1] = s.view?.x ?? [0, L];
  const [y0, y1] = s.view?.y ?? [0, W];
  const pad = 2;
  const X = (x: number) => f(x - x0 + pad);
  const Y = (y: number) => f(y1 - y + pad); // +y (the attack's left) up the page
  const out: string[] = [];
  const w = x1 - x0 + 2 * pad, h = y1 - y0 + 2 * pad;
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${f(w)} ${f(h)}" class="diagram" role="img" aria-label="${escapeText(`Diagram: ${s.title}`)}">`);
  out.push('<defs><marker id="tip" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="5" markerHeight="5" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#222"/></marker></defs>');
  // The pitch in view: its outline, halfway line, the attacked end's markings.
  out.push(`<rect x="${X(x0)}" y="${Y(y1)}" width="${f(x1 - x0)}" height="${f(y1 - y0)}" fill="#f4f8f1" stroke="#555" stroke-width="0.3"/>`);
  const line = (ax: number, ay: number, bx: number, by: number) => out.push(`<line x1="${X(ax)}" y1="${Y(ay)}" x2="${X(bx)}" y2="${Y(by)}" stroke="#777" stroke-width="0.25"/>`);
  const box = (depth: number, width: number) => {
    const a = W / 2 - width / 2, b = W / 2 + width / 2;
    line(L - depth, a, L - depth, b); line(L - depth, a, L, a); line(L - depth, b, L, b);
  };
  if (L / 2 >= x0 && L / 2 <= x1) line(L / 2, y0, L / 2, y1);
  if (x1 >= L - PENALTY_AREA_DEPTH) {
    box(PENALTY_AREA_DEPTH, PENALTY_AREA_WIDTH);
    box(GOAL_AREA_DEPTH, GOAL_AREA_WIDTH);
    out.push(`<circle cx="${X(L - PENALTY_SPOT)}" cy="${Y(W / 2)}" r="0.3" fill="#777"/>`);
    out.push(`<line x1="${X(L)}" y1="${Y(W / 2 - GOAL_WIDTH / 2)}" x2="${X(L)}" y2="${Y(W / 2 + GOAL_WIDTH / 2)}" stroke="#222" stroke-width="0.9"/>`);
  }
  // The plan: runs dashed, passes and shots solid, crosses bowed.
  for (const a of planArrows(trace, spec.actions)) out.push(arrow(a, X, Y));
  // The players where they start, labelled.
  for (const ag of spec.agents) {
    const c = INK[ag.team];
    out.push(`<circle cx="${X(ag.start.x)}" cy="${Y(ag.start.y)}" r="1.2" fill="${c}" stroke="#fff" stroke-width="0.25"/>`);
    out.push(`<text x="${X(ag.start.x)}" y="${f(Number(Y(ag.start.y)) + 0.45)}" font-size="1.3" text-anchor="middle" fill="#fff" font-family="sans-serif" font-weight="bold">${escapeText(ag.label || ag.id)}</text>`);
  }
  // The ball at the feet of whoever starts with it.
  const holder = spec.agents.find((a) => a.id === spec.ballAt);
  if (holder) out.push(`<circle cx="${f(Number(X(holder.start.x)) + 1.3)}" cy="${f(Number(Y(holder.start.y)) + 1.1)}" r="0.5" fill="#fff" stroke="#222" stroke-width="0.2"/>`);
  out.push('</svg>');
  return out.join('');
}

function arrow(a: PlanArrow, X: (x: number) => string, Y: (y: number) => string): string {
  const pts = a.points;
  const colour = a.kind === 'run' ? INK[a.team] : '#222';
  const common = `fill="none" stroke="${colour}" stroke-width="${a.kind === 'shot' ? 0.45 : 0.3}" marker-end="url(#tip)" data-kind="${a.kind}"`;
  if (a.kind === 'run') return `<polyline points="${pts.map((p) => `${X(p.x)},${Y(p.y)}`).join(' ')}" stroke-dasharray="1 0.7" ${common}/>`;
  const [p, q] = [pts[0], pts[pts.length - 1]];
  if (a.kind === 'cross') {
    // Bowed: a control point off the middle, a fifth of the length to the side.
    const mx = (p.x + q.x) / 2, my = (p.y + q.y) / 2, dx = q.x - p.x, dy = q.y - p.y;
    const cx = mx - dy * 0.2, cy = my + dx * 0.2;
    return `<path d="M${X(p.x)},${Y(p.y)} Q${X(cx)},${Y(cy)} ${X(q.x)},${Y(q.y)}" ${common}/>`;
  }
  return `<line x1="${X(p.x)}" y1="${Y(p.y)}" x2="${X(q.x)}" y2="${Y(q.y)}" ${common}/>`;
}

/** The handout's pages, one per step of the plan. */
export function handoutPages(plan: SessionPlan, drills: ReadonlyMap<string, ScenarioFile>): HandoutPage[] {
  return plan.steps.map((step, k) => {
    const s = drills.get(step.drill);
    if (!s) throw new Error(`handout: the plan names drill "${step.drill}", which is not in the library`);
    const stage = step.stage ? s.variations?.find((v) => v.id === step.stage) : undefined;
    const cues = [...new Set((s.cues ?? []).map((c) => c.text))];
    return {
      heading: `${stepWords(plan, k)}${step.minutes ? ` · ${step.minutes} min` : ''}`,
      title: stage ? `${s.title}: ${stage.title}` : s.title,
      setup: s.setup ?? s.description ?? '',
      callOut: cues,
      lesson: s.lesson ?? '',
      notes: [step.notes, stage?.description].filter(Boolean).join(' '),
      svg: diagramSvg(s, step.stage),
    };
  });
}

/** The whole handout as one HTML fragment (a page per step), every text escaped. */
export function handoutHtml(plan: SessionPlan, pages: readonly HandoutPage[]): string {
  const head = `<header class="handout-head"><h1>${escapeText(plan.title)}</h1>${plan.about ? `<p>${escapeText(plan.about)}</p>` : ''}${plan.source ? `<p class="source">From: ${escapeText(plan.source)}</p>` : ''}</header>`;
  const body = pages.map((p) => `<section class="page"><p class="part">${escapeText(p.heading)}</p><h2>${escapeText(p.title)}</h2>${p.svg}`
    + `<h3>Set-up</h3><p>${escapeText(p.setup)}</p>`
    + `<h3>What to call out</h3><ul>${p.callOut.map((c) => `<li>${escapeText(c)}</li>`).join('')}</ul>`
    + `<h3>The timing</h3><p class="lesson">${escapeText(p.lesson)}</p>`
    + `<h3>Coach's notes</h3><p>${escapeText(p.notes)}</p></section>`).join('');
  return head + body;
}
