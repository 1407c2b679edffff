import { handoutHtml, handoutPages } from '../view/handout';
import { el } from './panels/dom';
import type { LibraryEntry } from './state/drill-library';
import { drillMap, loadSessions } from './state/session-library';

// The printable coach's handout (?handout=PLAN): the page shows the plan, a page per drill, and
// a Print button; the browser's print (to paper or PDF) takes a page per drill. Every text in it
// is escaped by the view that writes it; an unknown plan is said in words.

export function showHandout(id: string, library: readonly LibraryEntry[]): void {
  const { plans, errors } = loadSessions(library);
  const plan = plans.find((p) => p.id === id);
  const root = el('main', { cls: 'handout' });
  document.body.replaceChildren(root);
  document.body.classList.add('handout-mode');
  if (!plan) {
    const known = plans.map((p) => p.id).join(', ') || 'none';
    root.appendChild(el('div', { cls: 'notice error', text: `No session plan "${id.slice(0, 40)}" (plans: ${known}).${errors.length ? `\n${errors.join('\n')}` : ''}` }));
    return;
  }
  document.title = `${plan.title}: coach's handout`;
  const bar = el('div', { cls: 'handout-bar' });
  const print = el('button', { text: 'Print' });
  print.id = 'handout-print';
  print.addEventListener('click', () => window.print());
  bar.appendChild(print);
  root.appendChild(bar);
  const body = el('div', {});
  body.id = 'handout';
  body.innerHTML = handoutHtml(plan, handoutPages(plan, drillMap(library))); // escaped text and generated SVG only
  root.appendChild(body);
}
