import { signal } from '@preact/signals';
import { render } from 'preact';
import { byId } from './dom';

// Messages to the user (a bad link, a broken drill file): plain text, dismissable, a few at most.

const MAX = 6;

interface Notice {
  id: number;
  text: string;
  kind: 'warning' | 'error';
}

export class Notices {
  private readonly list = signal<Notice[]>([]);
  private next = 0;

  constructor() {
    render(<NoticeList notices={this} />, byId('notices'));
  }

  show(text: string, kind: 'warning' | 'error' = 'warning'): void {
    this.list.value = [...this.list.value, { id: this.next++, text, kind }].slice(-MAX);
  }

  dismiss(id: number): void {
    this.list.value = this.list.value.filter((n) => n.id !== id);
  }

  get items(): readonly Notice[] {
    return this.list.value;
  }

  get texts(): string[] {
    return this.list.value.map((n) => n.text);
  }
}

function NoticeList({ notices }: { notices: Notices }) {
  return (
    <>
      {notices.items.map((n) => (
        <div key={n.id} class={`notice ${n.kind}`} role={n.kind === 'error' ? 'alert' : 'status'}>
          <div class="notice-text">{n.text}</div>
          <button type="button" class="close" aria-label="Dismiss" onClick={() => notices.dismiss(n.id)}>×</button>
        </div>
      ))}
    </>
  );
}
