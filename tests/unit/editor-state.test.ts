import { describe, expect, it } from 'vitest';
import { editKeyFor } from '../../src/ui/editor/keys';
import { apply, EMPTY_HISTORY, mark, settle, undo, redo, type History } from '../../src/ui/state/history';
import type { Command } from '../../src/ui/state/commands';
import { reduce } from '../../src/ui/state/reduce';
import { INITIAL_STATE, runKey, type ViewerState } from '../../src/ui/state/viewer-state';
import { drillHash } from '../../src/view/content-hash';
import { template } from '../../src/view/edit/templates';

// The editor's commands through the viewer's one door: the drill file is part of the state, an
// edit is kept only when valid, the run key follows the file's content, a drag is one undo step.

const editing = (): ViewerState => reduce(INITIAL_STATE, { type: 'edit/start', file: template('striker-keeper'), key: 'k-1', entry: -1 });
const move = (x: number): Command => ({ type: 'edit/op', op: { op: 'set', path: ['agents', 1, 'start'], value: { x, y: 34 } } });

describe('editing through reduce', () => {
  it('edit/start puts the file in the state, paused at the first frame, with the file\'s own seed', () => {
    const s = editing();
    expect(s.edit?.file).toEqual(template('striker-keeper'));
    expect(s.source).toEqual({ kind: 'drill', entry: -1, id: 'my-drill', hash: drillHash(template('striker-keeper')) });
    expect(s.run.seed).toBe(1);
    expect(s.playhead).toMatchObject({ tick: 0, playing: false });
  });

  it('an edit changes the run key (the content); an invalid one changes nothing', () => {
    const s = editing();
    const t = reduce(s, move(80));
    expect(t.edit?.file.agents[1].start).toEqual({ x: 80, y: 34 });
    expect(runKey(t.source, t.run)).not.toBe(runKey(s.source, s.run));
    expect(reduce(s, { type: 'edit/op', op: { op: 'set', path: ['agents', 1, 'start', 'x'], value: 999 } })).toBe(s);
    // The same content is the same run: moved away and back, the key is the first one again.
    expect(runKey(reduce(t, move(78)).source, t.run)).toBe(runKey(s.source, s.run));
  });

  it('a drag (mark … settle) is one undo step; undo gives back the very file', () => {
    let s = editing();
    let h: History = EMPTY_HISTORY;
    const start = s.edit!.file;
    h = mark(h);
    for (const x of [78.5, 79, 79.5, 80, 80.5]) ({ state: s, history: h } = apply(s, h, move(x)));
    h = settle(h);
    ({ state: s, history: h } = apply(s, h, move(82)));
    expect(h.past).toHaveLength(2);
    ({ state: s, history: h } = undo(s, h));
    expect(s.edit!.file.agents[1].start).toEqual({ x: 80.5, y: 34 });
    ({ state: s, history: h } = undo(s, h));
    expect(s.edit!.file).toEqual(start);
    expect(s.source?.hash).toBe(drillHash(start));
    ({ state: s, history: h } = redo(s, h));
    expect(s.edit!.file.agents[1].start).toEqual({ x: 80.5, y: 34 });
  });

  it('selecting and picking tools are not undo steps; Esc leaves the tool before anything else', () => {
    let s = editing();
    let h: History = EMPTY_HISTORY;
    ({ state: s, history: h } = apply(s, h, { type: 'edit/select', selection: { kind: 'agent', id: 'F' } }));
    ({ state: s, history: h } = apply(s, h, { type: 'edit/tool', tool: { kind: 'add', role: 'defender' } }));
    expect(h.past).toHaveLength(0);
    s = reduce(s, { type: 'leave' });
    expect(s.edit?.tool).toEqual({ kind: 'select' });
    expect(s.edit?.selection).toEqual({ kind: 'agent', id: 'F' });
  });

  it('deleting the selected player clears the selection; leaving the editor keeps the drill on screen', () => {
    let s = reduce(editing(), { type: 'edit/select', selection: { kind: 'agent', id: 'F' } });
    s = reduce(s, { type: 'edit/op', op: { op: 'delete-agent', id: 'F' } });
    expect(s.edit?.selection).toBeNull();
    const hash = s.source?.hash;
    s = reduce(s, { type: 'edit/stop' });
    expect(s.edit).toBeNull();
    expect(s.source?.hash).toBe(hash);
  });
});

describe('the editor\'s keys', () => {
  const k = (key: string, mods: Partial<{ shiftKey: boolean; ctrlKey: boolean }> = {}, editing = true) =>
    editKeyFor({ key, shiftKey: false, ctrlKey: false, metaKey: false, altKey: false, ...mods }, editing);
  it('E edits; Delete, arrows (Shift: 1 m) and Enter only while editing; Ctrl is the browser\'s and the history\'s', () => {
    expect(k('e', {}, false)).toEqual({ do: 'edit' });
    expect(k('Delete', {}, false)).toBeNull();
    expect(k('Delete')).toEqual({ do: 'delete' });
    expect(k('Backspace')).toEqual({ do: 'delete' });
    expect(k('ArrowUp')).toEqual({ do: 'nudge', dx: 0, dy: 1, big: false });
    expect(k('ArrowLeft', { shiftKey: true })).toEqual({ do: 'nudge', dx: -1, dy: 0, big: true });
    expect(k('Enter')).toEqual({ do: 'finish' });
    expect(k('z', { ctrlKey: true })).toBeNull();
    expect(k('e')).toBeNull(); // already editing
  });
});
