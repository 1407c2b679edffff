import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { limitsText } from '../../src/scenario/field-limits';
import { parseScenario } from '../../src/scenario/load';

// The editor's tooltips give every number field's limits as the schema (or the pitch) sets them,
// the same limits `onside validate` holds a file to.

const f = parseScenario(readFileSync('scenarios/through-pass.json', 'utf8'), 'through-pass.json');

describe('limits of a field, for the tooltips', () => {
  it("the schema's own limits, open or closed, with the field's unit", () => {
    expect(limitsText(f, ['agents', 1, 'profile', 'maxSpeed'])).toBe('1 ≤ maxSpeed ≤ 13 m/s'); // a field not written yet
    expect(limitsText(f, ['duration'])).toMatch(/^1 ≤ duration ≤ 60/);
    expect(limitsText(f, ['script', 1, 'speed'])).toMatch(/^\d+ (<|≤) speed (<|≤) \d+ m\/s$/);
  });

  it("a start's limits come from the drill's pitch, with the keeper's metre off it", () => {
    expect(limitsText(f, ['agents', 2, 'start', 'x'])).toBe('on the pitch: 0–105 m, give or take 1 m');
  });

  it('a field with no limits, or a place that cannot hold one, has none', () => {
    expect(limitsText(f, ['title'])).toBeNull();
    expect(limitsText(f, ['title', 'x'])).toBeNull();
  });
});
