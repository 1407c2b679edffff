import { useRef } from 'preact/hooks';
import type { ScenarioFile } from '../../scenario/types';
import { editing } from './editor-panel';
import type { AnyCommand } from '../state/store';
import type { TryOp } from './fields';

// Under the pitch while editing: each line of the script at its moment. A line on the clock is a
// marker to drag in time (to 0.05 s; the whole drag one undo step); a line waiting on an event
// says what it waits for; a line at a parameter says which.

const STEP = 0.05; // s

/** Where a line's moment is kept: its own `at`, or the default of the parameter it names. */
function momentOf(f: ScenarioFile, i: number): { t: number; path: (string | number)[]; min: number; max: number } | null {
  const at = f.script[i].at;
  if (typeof at === 'number') return { t: at, path: ['script', i, 'at'], min: 0, max: Infinity };
  const m = typeof at === 'string' ? /^\$([A-Za-z_]\w*)$/.exec(at.trim()) : null;
  const p = m && f.params && Object.prototype.hasOwnProperty.call(f.params, m[1]) ? f.params[m[1]] : null;
  return p ? { t: p.default, path: ['params', m![1], 'default'], min: p.min, max: p.max } : null;
}

export function Timeline({ edit, dispatch }: { edit: TryOp; dispatch: (c: AnyCommand) => void }) {
  const bar = useRef<HTMLDivElement>(null);
  const drag = useRef<{ line: number; moved: boolean; path: (string | number)[]; min: number; max: number } | null>(null);
  const ed = editing.value;
  if (!ed) return null;
  const f = ed.file as ScenarioFile;
  const duration = Number(f.duration ?? 10);
  const timeAt = (clientX: number) => {
    const r = bar.current!.getBoundingClientRect();
    const t = ((clientX - r.left) / Math.max(1, r.width)) * duration;
    return Number((Math.round(Math.max(0, Math.min(duration, t)) / STEP) * STEP).toFixed(2));
  };
  const down = (e: PointerEvent, line: number) => {
    const m = momentOf(f, line);
    if (!m) return;
    e.preventDefault();
    (e.currentTarget as HTMLElement).setPointerCapture?.(e.pointerId);
    drag.current = { line, moved: false, path: m.path, min: m.min, max: m.max };
    dispatch({ type: 'edit/select', selection: { kind: 'line', index: line } });
  };
  const move = (e: PointerEvent) => {
    const d = drag.current;
    if (!d) return;
    if (!d.moved) { d.moved = true; dispatch({ type: 'history/mark' }); }
    edit({ op: 'set', path: d.path, value: Math.max(d.min, Math.min(d.max, timeAt(e.clientX))) }, d.path.join('.'));
  };
  const up = () => {
    if (drag.current?.moved) dispatch({ type: 'history/settle' });
    drag.current = null;
  };
  const waiting = f.script.map((l, i) => ({ l, i })).filter(({ i }) => !momentOf(f, i));
  return (
    <div class="edit-timeline" aria-label="Timeline of the script">
      <div class="edit-timeline-bar" ref={bar}>
        {f.script.map((l, i) => { const m = momentOf(f, i); return m ? (
          <button type="button" key={i} class={`edit-marker ${ed.selection && 'index' in ed.selection && (ed.selection.kind === 'line' ? ed.selection.index : -1) === i ? 'selected' : ''}`}
            data-line={i} style={{ left: `${(Math.min(duration, m.t) / duration) * 100}%` }}
            title={`${'agent' in l ? l.agent + "'s " : ''}${l.do} at ${m.t} s${m.path[0] === 'params' ? ` (the default of ${String(l.at)})` : ''}: drag to move it in time`}
            onPointerDown={(e) => down(e, i)} onPointerMove={move} onPointerUp={up} onPointerCancel={up}>
            {'agent' in l ? `${l.agent} ${l.do}` : l.do} {m.t} s
          </button>
        ) : null; })}
      </div>
      {waiting.length ? <div class="edit-waiting">{waiting.map(({ l, i }) => {
        const at = l.at;
        const text = typeof at !== 'object' ? `at ${at}` : 'after' in at ? `after ${at.by ?? 'anyone'}'s ${at.after}${at.delay !== undefined ? ` + ${at.delay} s` : ''}` : `when ${at.when === 'ball' ? 'the ball' : at.when} reaches ${'r' in at.reaches ? `(${at.reaches.x}, ${at.reaches.y})` : 'a place'}`;
        return <button type="button" key={i} class="edit-chip" onClick={() => dispatch({ type: 'edit/select', selection: { kind: 'line', index: i } })}>{`${'agent' in l ? l.agent + ' ' : ''}${l.do} ${text}`}</button>;
      })}</div> : null}
    </div>
  );
}
