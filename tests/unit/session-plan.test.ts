import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadLibrary } from '../../src/ui/state/drill-library';
import { drillMap } from '../../src/ui/state/session-library';
import { diagramSvg, escapeText, handoutHtml, handoutPages } from '../../src/view/handout';
import { checkSessionPlan, parseSessionPlan, stepTo, stepWords, type SessionPlan } from '../../src/view/session-plan';

// Session plans (sessions/*.json): an ordered list of drills and stages with the coach's notes,
// checked against the drills; stepped through one step at a time; printed as a handout with a
// page per drill (diagram, set-up, what to call out, the window in one sentence).

const drills = drillMap(loadLibrary());
const files = readdirSync('sessions').filter((f) => f.endsWith('.json')).sort();
const plans = files.map((f) => parseSessionPlan(readFileSync(`sessions/${f}`, 'utf8'), `sessions/${f}`, drills));

describe('the shipped session plans', () => {
  it('load, and between them use every drill of the library', () => {
    expect(plans.length).toBeGreaterThanOrEqual(3);
    const used = new Set(plans.flatMap((p) => p.steps.map((s) => s.drill)));
    expect([...drills.keys()].filter((id) => !used.has(id))).toEqual([]);
  });

  it('follow the seed plan: the session first, the developments, the game last', () => {
    for (const p of plans) {
      expect(p.steps[0].part, p.id).toBe('session');
      expect(p.steps.at(-1)!.part, p.id).toBe('game');
      const order = p.steps.map((s) => ['warm-up', 'session', 'development', 'game'].indexOf(s.part));
      expect(order, p.id).toEqual([...order].sort((a, b) => a - b));
    }
  });
});

describe('checking a plan', () => {
  const good = { id: 'p', title: 'A plan', steps: [{ part: 'session', drill: 'in-behind', notes: 'Go.' }] };
  it.each([
    [{ ...good, steps: [{ part: 'session', drill: 'nope', notes: 'x' }] }, /^\$\.steps\[0\]\.drill: unknown drill "nope" \(drills: /],
    [{ ...good, steps: [{ part: 'session', drill: 'in-behind', stage: 'zz', notes: 'x' }] }, '$.steps[0].stage: unknown stage "zz" of in-behind (stages: deep-line)'],
    [{ ...good, steps: [{ part: 'warmup', drill: 'in-behind', notes: 'x' }] }, '$.steps[0].part: expected one of "warm-up", "session", "development", "game", got "warmup"'],
    [{ ...good, steps: [{ part: 'game', drill: 'in-behind', notes: '' }] }, "$.steps[0].notes: expected the coach's notes, 1–600 characters"],
    [{ ...good, steps: [{ part: 'game', drill: 'in-behind', notes: 'x', minutes: -3 }] }, '$.steps[0].minutes: expected a number of minutes over 0 and at most 120, got -3'],
    [{ ...good, steps: [] }, '$.steps: expected a list of 1–40 steps'],
    [{ ...good, colour: 'red' }, '$: unknown field "colour"'],
    [[1, 2], '$: expected an object with "id", "title" and "steps"'],
  ])('%j → %s', (data, message) => {
    const { plan, problems } = checkSessionPlan(data, drills);
    expect(plan).toBeUndefined();
    if (typeof message === 'string') expect(problems).toContain(message);
    else expect(problems.some((p) => message.test(p)), problems.join('; ')).toBe(true);
  });

  it('names the file in a broken file\'s message', () => {
    expect(() => parseSessionPlan('{ "id": ', 'sessions/x.json', drills)).toThrow(/^sessions\/x\.json: \$: expected valid JSON: /);
  });
});

describe('stepping', () => {
  const plan = plans.find((p) => p.id === 'through-passes')!;
  it('moves one step at a time and stops at the ends', () => {
    expect(stepTo(plan, 0, -1)).toBe(0);
    expect(stepTo(plan, 0, 1)).toBe(1);
    expect(stepTo(plan, plan.steps.length - 1, 1)).toBe(plan.steps.length - 1);
  });
  it('says which part of the session a step is', () => {
    expect(stepWords(plan, 0)).toBe('Session');
    expect(stepWords(plan, 1)).toMatch(/^Development 1 of \d$/);
    expect(stepWords(plan, plan.steps.length - 1)).toBe('Game');
  });
});

describe('the handout', () => {
  const plan = plans.find((p) => p.id === 'crossing-and-set-pieces')!;
  const pages = handoutPages(plan, drills);

  it('has a page per step with the set-up, what to call out and the window in one sentence', () => {
    expect(pages).toHaveLength(plan.steps.length);
    for (const [k, p] of pages.entries()) {
      const s = drills.get(plan.steps[k].drill)!;
      expect(p.setup).toBe(s.setup);
      expect(p.lesson).toBe(s.lesson);
      expect(p.callOut).toEqual([...new Set(s.cues!.map((c) => c.text))]);
      expect(p.notes).toContain(plan.steps[k].notes);
    }
  });

  it('draws each drill as on a coaching board: a disc per player, runs dashed, passes and crosses as arrows', () => {
    const s = drills.get('overlap')!;
    const svg = diagramSvg(s);
    expect(svg.match(/<circle [^>]*r="1\.2"/g)).toHaveLength(s.agents.length);
    expect(svg).toMatch(/<polyline [^>]*stroke-dasharray[^>]*data-kind="run"/);
    expect(svg).toMatch(/data-kind="pass"/);
    expect(svg).toMatch(/<path d="M[^"]+ Q[^"]+"[^>]*data-kind="cross"/); // the full-back's cross, bowed
    for (const a of s.agents) expect(svg).toContain(`>${a.label}</text>`);
  });

  it('escapes every text: a title or note with markup is shown as text', () => {
    expect(escapeText('<img src=x onerror=alert(1)> & "q"')).toBe('&lt;img src=x onerror=alert(1)&gt; &amp; &quot;q&quot;');
    const evil: SessionPlan = { id: 'e', title: '<script>x</script>', steps: [{ part: 'session', drill: 'in-behind', notes: '<b>bold</b>' }] };
    const html = handoutHtml(evil, handoutPages(evil, drills));
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<b>');
    expect(html).toContain('&lt;script&gt;x&lt;/script&gt;');
    expect(html.match(/<section class="page">/g)).toHaveLength(1);
  });
});
