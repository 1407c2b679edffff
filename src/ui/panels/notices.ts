import { byId, el } from './dom';

// Messages to the user (a bad link, a broken drill file): plain text, dismissable, a few at most.

const MAX = 6;

export class Notices {
  private readonly box = byId('notices');

  show(text: string, kind: 'warning' | 'error' = 'warning'): void {
    const close = el('button', { text: '×', cls: 'close', attrs: { 'aria-label': 'Dismiss', type: 'button' } });
    const body = el('div', { text, cls: 'notice-text' });
    const item = el('div', { cls: `notice ${kind}`, attrs: { role: kind === 'error' ? 'alert' : 'status' } }, [body, close]);
    close.addEventListener('click', () => item.remove());
    this.box.appendChild(item);
    while (this.box.children.length > MAX) this.box.firstElementChild?.remove();
  }

  get texts(): string[] {
    return [...this.box.querySelectorAll('.notice-text')].map((e) => e.textContent ?? '');
  }
}
