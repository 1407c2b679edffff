import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/scenario/load';
import type { ScenarioFile } from '../../src/scenario/types';
import { validateScenario } from '../../src/scenario/validate';
import { hitTest, snapPoint } from '../../src/view/edit/hit';
import { freeAgentId, freeParamName, type EditOp } from '../../src/view/edit/ops';
import { decodeDrill, encodeDrill, MAX_CODE_CHARS } from '../../src/view/edit/share-code';
import { template, TEMPLATE_TITLES, type TemplateId } from '../../src/view/edit/templates';
import { paramFor, tryEdit } from '../../src/view/edit/try-edit';

// The editor's pure layer: edits of a drill file as data, kept only when the file they make is
// valid (refused in the validator's own words); templates; the share code; hit tests and the snap.

const throughPass = (): ScenarioFile => parseScenario(readFileSync('scenarios/through-pass.json', 'utf8'), 'through-pass.json');
const edit = (f: ScenarioFile, op: EditOp): ScenarioFile => {
  const r = tryEdit(f, op);
  if (!r.ok) throw new Error(`refused: ${r.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
  return r.file;
};
const refused = (f: ScenarioFile, op: EditOp): string[] => {
  const r = tryEdit(f, op);
  if (r.ok) throw new Error('the edit was kept');
  return r.problems.map((p) => `${p.path}: ${p.message}`);
};

describe('templates', () => {
  it('every template is a valid version-2 drill', () => {
    for (const t of Object.keys(TEMPLATE_TITLES) as TemplateId[]) {
      const f = template(t);
      expect(validateScenario(f), t).toEqual([]);
      expect(f.version).toBe(2);
    }
    expect(template('empty').agents.map((a) => a.id)).toEqual(['C']); // the least a drill needs: a player with the ball
  });
});

describe('edits are kept only when the file stays valid', () => {
  it('set, insert, remove: the input is never changed', () => {
    const f = template('striker-keeper');
    const before = JSON.stringify(f);
    const g = edit(f, { op: 'set', path: ['agents', 1, 'start'], value: { x: 80, y: 30 } });
    expect(g.agents[1].start).toEqual({ x: 80, y: 30 });
    expect(JSON.stringify(f)).toBe(before);
    const h = edit(g, { op: 'insert', path: ['script', 0], value: { do: 'pass', at: 1, agent: 'C', to: { agent: 'F' }, speed: 15 } });
    expect(h.script).toHaveLength(1);
    expect(edit(h, { op: 'remove', path: ['script', 0] }).script).toEqual([]);
    expect(edit(h, { op: 'set', path: ['duration'], value: undefined }).duration).toBeUndefined();
  });

  it('a value the schema refuses is refused in the validator\'s words, with its JSON path', () => {
    const f = template('striker-keeper');
    expect(refused(f, { op: 'set', path: ['agents', 1, 'start', 'x'], value: 500 })).toEqual(['$.agents[1].start.x: expected a value ≤ 130, got 500']);
    expect(refused(f, { op: 'set', path: ['duration'], value: 0 })).toEqual(['$.duration: expected a value ≥ 1, got 0']);
    expect(refused(f, { op: 'set', path: ['agents', 1, 'label'], value: 'ABCD' })[0]).toMatch(/^\$\.agents\[1\]\.label: expected text of at most 3 characters/);
    expect(refused(f, { op: 'set', path: ['script'], value: [{ do: 'pass', at: 1, agent: 'Z', to: { agent: 'F' } }] })[0]).toMatch(/^\$\.script\[0\]\.agent: .*"Z"/);
    expect(refused(f, { op: 'set', path: ['nope', 'deeper'], value: 1 })).toEqual(['$: no nope at $.nope.deeper']);
  });

  it('deleting a player takes his lines, his cues and the ball with him; what names him elsewhere goes back to its default', () => {
    let f = throughPass();
    f = edit(f, { op: 'delete-agent', id: 'F' });
    expect(f.agents.map((a) => a.id)).toEqual(['C', 'GK']);
    expect(f.script).toEqual([]); // the run was his, the pass was to him
    expect(f.cues?.map((c) => c.text)).toEqual(['Stay calm: choose the finish']);
    f = edit(f, { op: 'delete-agent', id: 'C' });
    expect(f.ball).toEqual({ at: { x: 66, y: 34 } }); // the ball stays where its holder stood
    const cross = template('crossing');
    const tracked = edit(cross, { op: 'set', path: ['agents', 3, 'behaviour'], value: { kind: 'track', target: 'S1' } });
    expect(edit(tracked, { op: 'delete-agent', id: 'S1' }).agents.find((a) => a.id === 'D1')?.behaviour).toBeUndefined();
  });

  it('renaming a player renames him everywhere; a taken name is refused', () => {
    const f = edit(throughPass(), { op: 'rename-agent', from: 'F', to: 'S9' });
    expect(f.script.map((l) => ('agent' in l ? l.agent : ''))).toEqual(['S9', 'C']);
    expect(f.script[1]).toMatchObject({ to: { agent: 'S9' } });
    expect(f.cues?.[0].at.agent).toBe('S9');
    expect(refused(f, { op: 'rename-agent', from: 'S9', to: 'GK' })).toEqual(['$: "GK" is taken by another player']);
  });

  it('a value made a parameter: a slider whose default is the value, and the field names it', () => {
    let f = template('striker-keeper');
    f = edit(f, { op: 'insert', path: ['script', 0], value: { do: 'pass', at: 1.2, agent: 'C', to: { agent: 'F' }, speed: 15 } });
    const name = freeParamName(f, 'passTime');
    const def = paramFor(f, ['script', 0, 'at'], 'Pass time');
    expect(def).toEqual({ label: 'Pass time', unit: 's', min: 0, max: 3, step: 0.05, default: 1.2 });
    f = edit(f, { op: 'parameterise', path: ['script', 0, 'at'], name, def });
    expect(f.script[0].at).toBe('$passTime');
    expect(f.params?.passTime.default).toBe(1.2);
    expect(freeParamName(f, 'passTime')).toBe('passTime2');
    expect(paramFor(f, ['script', 0, 'speed'], 'Speed')).toMatchObject({ unit: 'm/s', min: 9, max: 21, default: 15 });
    // A range that would carry a field beyond its limits is refused by the field-limit check, not let in.
    const wide = { label: 'x', unit: 'm', min: 100, max: 140, step: 0.5, default: 120 };
    expect(refused(f, { op: 'parameterise', path: ['agents', 1, 'start', 'x'], name: 'fx', def: wide }).join('\n')).toMatch(/agents\[1\]\.start\.x/);
  });

  it('several edits as one: all kept, or none', () => {
    const f = template('striker-keeper');
    const ok = edit(f, { op: 'all', ops: [{ op: 'set', path: ['title'], value: 'Two' }, { op: 'set', path: ['duration'], value: 9 }] });
    expect([ok.title, ok.duration]).toEqual(['Two', 9]);
    expect(tryEdit(f, { op: 'all', ops: [{ op: 'set', path: ['title'], value: 'Two' }, { op: 'set', path: ['duration'], value: 99 }] }).ok).toBe(false);
  });

  it('new ids and parameter names are free ones', () => {
    const f = template('back-four');
    expect(freeAgentId(f, 'defender')).toBe('D5');
    expect(freeAgentId(f, 'attacker')).toBe('A1');
    expect(freeAgentId(f, 'goalkeeper')).toBe('GK1');
    expect(freeAgentId(template('empty'), 'goalkeeper')).toBe('GK');
  });
});

describe('the share code', () => {
  it('round-trips a drill file\'s text exactly, and the bundled drills fit in a link', () => {
    for (const file of ['through-pass', 'in-behind', 'back-post-cross']) {
      const text = readFileSync(`scenarios/${file}.json`, 'utf8');
      const code = encodeDrill(text);
      expect(code).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(code.length, file).toBeLessThan(MAX_CODE_CHARS / 2);
      expect(decodeDrill(code)).toEqual({ text });
    }
    for (const text of ['', 'a', 'ab', 'abc', 'é ⚽ 🥅']) expect(decodeDrill(encodeDrill(text))).toEqual({ text });
  });

  it('refuses damaged, oversized and bomb codes with words, never the code itself', () => {
    const code = encodeDrill('{"a": 1}');
    expect(decodeDrill(code.slice(0, -1))).toMatchObject({ refused: expect.stringMatching(/damaged|cut short/) });
    expect(decodeDrill('<script>alert(1)</script>')).toEqual({ refused: 'The shared drill in this link is not a drill code (damaged or cut short)' });
    expect(decodeDrill('A'.repeat(MAX_CODE_CHARS + 1))).toEqual({ refused: `The shared drill in this link is too large (${MAX_CODE_CHARS + 1} characters; at most ${MAX_CODE_CHARS})` });
    const bomb = encodeDrill(' '.repeat(5_000_000)); // 5 MB of spaces deflate to a few KB
    expect(bomb.length).toBeLessThan(MAX_CODE_CHARS);
    expect(decodeDrill(bomb)).toEqual({ refused: 'The shared drill in this link unpacks to more than 200 KB of text: refused' });
  });
});

describe('hit test and snap', () => {
  const targets = { agents: [{ id: 'F', x: 78, y: 30 }, { id: 'GK', x: 104, y: 34 }], points: [{ line: 0, index: 0, x: 78.5, y: 30 }] };
  it('a run\'s point over a player is picked first; nothing beyond the radius', () => {
    expect(hitTest(targets, { x: 78.4, y: 30 }, 1)).toEqual({ kind: 'point', line: 0, index: 0 });
    expect(hitTest(targets, { x: 77.6, y: 30 }, 1)).toEqual({ kind: 'agent', id: 'F' });
    expect(hitTest(targets, { x: 90, y: 30 }, 1)).toBeNull();
  });
  it('snaps to 0.5 m (or 1 cm with the snap off), inside the pitch', () => {
    const pitch = { length: 105, width: 68 };
    expect(snapPoint({ x: 77.74, y: 30.26 }, true, pitch)).toEqual({ x: 77.5, y: 30.5 });
    expect(snapPoint({ x: 77.744, y: 30.256 }, false, pitch)).toEqual({ x: 77.74, y: 30.26 });
    expect(snapPoint({ x: 110, y: -3 }, true, pitch)).toEqual({ x: 105, y: 0 });
  });
});
