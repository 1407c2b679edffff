import { el, setText } from './dom';

// "Copy link": the address of exactly what is on screen (drill, stage, timings, seed, frame) to
// the clipboard, with a visible confirmation; where the clipboard is refused or missing, a text
// field holding the link, selected, to copy by hand.

export class ShareLink {
  readonly button = el('button', { text: 'Copy link', attrs: { type: 'button', id: 'copy-link', title: 'Copy a link to this drill, timing, seed and frame' } });
  private readonly status = el('span', { cls: 'share-status', attrs: { 'aria-live': 'polite', 'data-testid': 'copy-status' } });
  private readonly field = el('input', { attrs: { type: 'text', readonly: '', id: 'link-field', 'aria-label': 'Link to this frame', hidden: '' } });
  readonly view = el('div', { cls: 'share' }, [this.button, this.status, this.field]);
  private timer: ReturnType<typeof setTimeout> | undefined;

  /** `link` gives the address, or a reason there is none (a recording no drill reproduces). */
  constructor(private readonly link: () => { url: string } | { refused: string }) {
    this.button.addEventListener('click', () => void this.copy());
  }

  private say(text: string): void {
    setText(this.status, text);
    clearTimeout(this.timer);
    this.timer = setTimeout(() => setText(this.status, ''), 6000);
  }

  async copy(): Promise<void> {
    const l = this.link();
    if ('refused' in l) {
      this.field.hidden = true;
      this.say(l.refused);
      return;
    }
    this.field.value = l.url;
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(l.url);
      this.field.hidden = true;
      this.say('Link copied ✓');
    } catch {
      this.field.hidden = false;
      this.field.focus();
      this.field.select();
      this.say('The clipboard is not available here: copy the link from the box (Ctrl+C).');
    }
  }
}
