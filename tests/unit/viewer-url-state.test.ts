import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/scenario/load';
import { formatAddress, formatNumber, parseAddress, type Drill } from '../../src/view/address';

// The address is untrusted text: what is valid is used, the rest falls back with a notice.

const s = parseScenario(readFileSync('scenarios/through-pass.json', 'utf8'), 'through-pass.json');
const other = { ...s, id: 'other', title: 'Other', seed: 3, variations: [{ id: 'stage-2', title: 'Stage 2', set: {} }] };
const drills: Drill[] = [{ id: s.id, scenario: s }, { id: 'other', scenario: other }];

describe('reading the address', () => {
  it('an empty address is the first drill with its own seed, playing', () => {
    const r = parseAddress('', drills);
    expect(r.state).toEqual({ drill: 'through-pass', seed: s.seed, params: {} });
    expect(r.notices).toEqual([]);
  });

  it('a full link is read back exactly', () => {
    const r = parseAddress('?drill=other&stage=stage-2&seed=42&passSpeed=12.5&runStart=0&tick=81&renderer=canvas&theme=light&present=1', drills);
    expect(r.state).toEqual({ drill: 'other', variation: 'stage-2', seed: 42, params: { passSpeed: 12.5, runStart: 0 }, tick: 81 });
    expect(r.flags).toEqual({ renderer: 'canvas', theme: 'light', presenter: true });
    expect(r.notices).toEqual([]);
  });

  it('format then parse is the identity', () => {
    const state = { drill: 'other', variation: 'stage-2', seed: 9, params: { passSpeed: 17, passTime: 1.05 }, tick: 120 };
    const q = formatAddress(state, state.params, { renderer: 'canvas' });
    expect(parseAddress(q, drills).state).toEqual(state);
  });

  it.each([
    ['drill=<script>alert(1)</script>', /Unknown drill "<script>alert\(1\)<\/script>"/],
    ['drill=nope', /Unknown drill "nope"/],
    ['seed=-1', /Seed "-1"/],
    ['seed=1e9', /Seed "1e9"/],
    ['seed=99999999999', /Seed/],
    ['tick=abc', /Frame "abc"/],
    ['tick=-5', /Frame "-5"/],
    ['passSpeed=abc', /Pass speed "abc" is not a number/],
    ['passSpeed=1e2', /Pass speed "1e2" is not a number/], // exponents are not plain decimals
    ['passSpeed=Infinity', /not a number/],
    ['passSpeed=0x10', /not a number/],
    ['passSpeed=99', /outside 8–22 m\/s/],
    ['passSpeed=', /not a number/],
    ['constructor=1', /Unknown setting "constructor"/],
    ['__proto__=1', /Unknown setting "__proto__"/],
    ['stage=zzz', /Unknown stage "zzz"/],
  ])('%s falls back with a notice', (q, notice) => {
    const r = parseAddress('?' + q, drills);
    expect(r.notices.join('\n')).toMatch(notice);
    expect(r.state.drill).toBe('through-pass');
    expect(r.state.seed).toBe(s.seed);
    expect(r.state.params).toEqual({});
    expect(r.state.tick).toBeUndefined();
    expect(r.state.variation).toBeUndefined();
  });

  it('keeps the good parts of a partly bad link', () => {
    const r = parseAddress('?drill=through-pass&passSpeed=12&runStart=banana&tick=40', drills);
    expect(r.state).toEqual({ drill: 'through-pass', seed: s.seed, params: { passSpeed: 12 }, tick: 40 });
    expect(r.notices).toHaveLength(1);
  });

  it('clips long hostile values in notices and ignores an absurdly long address', () => {
    const r = parseAddress('?drill=' + 'a'.repeat(200), drills);
    expect(r.notices[0].length).toBeLessThan(120);
    const huge = parseAddress('?passSpeed=' + '9'.repeat(5000), drills);
    expect(huge.notices[0]).toMatch(/too long/);
    expect(huge.state.params).toEqual({});
  });

  it('ignores unknown display flags', () => {
    expect(parseAddress('?renderer=evil&theme=neon&present=yes', drills).flags).toEqual({});
  });
});

describe('writing numbers', () => {
  it.each([[0.6, '0.6'], [17, '17'], [0.1 + 0.2, '0.3'], [1e-12, '0'], [-2.5, '-2.5']])('%f → %s', (v, s) => {
    expect(formatNumber(v)).toBe(s);
  });
});
