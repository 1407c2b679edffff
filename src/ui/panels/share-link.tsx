import { useRef, useState } from 'preact/hooks';

// "Copy link": the address of exactly what is on screen (drill, stage, timings, seed, frame,
// display) to the clipboard, with a visible confirmation; where the clipboard is refused or
// missing, a text field holding the link, selected, to copy by hand.

export type LinkOrReason = { url: string } | { refused: string };

export function ShareLink({ link }: { link: () => LinkOrReason }) {
  const [status, setStatus] = useState('');
  const [manual, setManual] = useState<string | null>(null); // the link in the box, when shown
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const field = useRef<HTMLInputElement>(null);

  const say = (text: string) => {
    setStatus(text);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setStatus(''), 6000);
  };

  const copy = async () => {
    const l = link();
    if ('refused' in l) {
      setManual(null);
      say(l.refused);
      return;
    }
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(l.url);
      setManual(null);
      say('Link copied ✓');
    } catch {
      setManual(l.url);
      say('The clipboard is not available here: copy the link from the box (Ctrl+C).');
      queueMicrotask(() => { field.current?.focus(); field.current?.select(); });
    }
  };

  return (
    <div class="share">
      <button type="button" id="copy-link" title="Copy a link to this drill, timing, seed and frame" onClick={() => void copy()}>Copy link</button>
      <span class="share-status" aria-live="polite" data-testid="copy-status">{status}</span>
      <input ref={field} type="text" readOnly id="link-field" aria-label="Link to this frame" hidden={manual === null} value={manual ?? ''} />
    </div>
  );
}
