#!/usr/bin/env node
// npm run mutate [-- NAME...]: put each known fault into a scratch copy of the project, one at a
// time, run the behaviour tests named for it, and report whether they caught it. The stored
// fingerprints (RECORDED in tests/unit/determinism.test.ts) are never run here: they say "the
// same as before", and a regenerated one would catch nothing, so a fault counts as caught only
// if a test that names the right answer fails.
// Browser tests build and serve the app on ONSIDE_TEST_PORT into ONSIDE_TEST_OUTDIR (set both
// when others share the machine).
//
// The working tree is never edited: the scratch copy is made from it (tracked and untracked,
// not ignored, files; node_modules linked) and removed at the end. Exit 0 when every fault was
// caught and the unmutated copy passed; 1 otherwise.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

// Where each piece of code lives: the one place to change when files move.
const FILES = {
  plays: 'src/core/plays.ts',
  defending: 'src/core/behaviours/defending.ts', // reactions shared by the defending behaviours
  recover: 'src/core/behaviours/recover.ts',
  keeper: 'src/core/behaviours/keeper.ts',
  rng: 'src/core/rng.ts',
  address: 'src/view/address.ts',
  offsideLayer: 'src/render/offside-layer.ts',
  offsideLaw: 'src/core/offside.ts',
  paramCheck: 'src/scenario/resolve.ts',
  ballLayer: 'src/render/ball-layer.ts',
};

// The behaviour tests (never the fingerprint files below).
const TESTS = {
  offsideMoving: 'tests/unit/offside-moving.test.ts',
  reactions: 'tests/unit/reaction-bounds.test.ts',
  seeds: 'tests/unit/seeds.test.ts',
  boundaries: 'tests/unit/boundaries.test.ts',
  moving: 'tests/browser/moving-pictures.test.ts',
  lawTables: 'tests/unit/offside.test.ts',
  offsideEngine: 'tests/unit/offside-engine.test.ts',
};
const FINGERPRINTS = ['tests/unit/determinism.test.ts']; // RECORDED: stored digests of whole runs

/** The faults: where, the exact text to find (once), what to put instead, and who must catch it. */
const FAULTS = [
  {
    name: 'offside judged one tick late (positions advanced by v·dt)',
    file: FILES.plays,
    find: 'const p = { id: w.agents[j].id, x: w.px[j], y: w.py[j] };',
    replace: 'const p = { id: w.agents[j].id, x: w.px[j] + w.vx[j] * w.dt, y: w.py[j] + w.vy[j] * w.dt };',
    tests: [TESTS.offsideMoving],
  },
  {
    name: 'tracking defender ignores his reaction time',
    file: FILES.defending,
    find: 'const lag = reactionTicks(w, i);',
    replace: 'const lag = 0;',
    tests: [TESTS.reactions],
  },
  {
    name: 'keeper claims a loose ball with no reaction',
    file: FILES.keeper,
    find: 'if (free && w.tick >= w.kickTick + reactionTicks(w, i) && intercept(',
    replace: 'if (free && intercept(',
    tests: [TESTS.reactions],
  },
  {
    name: 'seeded generator always seeded with 1',
    file: FILES.rng,
    find: 'seedrandom.alea(String(seed))',
    replace: 'seedrandom.alea(String(1))',
    tests: [TESTS.seeds],
  },
  {
    name: 'address accepts a value below a slider\'s minimum',
    file: FILES.address,
    find: 'else if (v < def.min || v > def.max)',
    replace: 'else if (v > def.max)',
    tests: [TESTS.boundaries],
  },
  {
    name: 'offside line drawn one tick late',
    file: FILES.offsideLayer,
    find: 'const lineX = sampleLine(trace, tick);',
    replace: 'const lineX = sampleLine(trace, Math.max(0, tick - 1));',
    tests: [TESTS.moving],
  },
  // Beyond the six: faults of the same kinds, to show the tests are not tuned to six lines.
  {
    name: 'defenders react to a pass with no reaction time',
    file: FILES.defending,
    find: 'if (attackPlayed(w) && w.kickTick >= 0 && w.tick >= w.kickTick + reactionTicks(w, i)) return true;',
    replace: 'if (attackPlayed(w) && w.kickTick >= 0) return true;',
    tests: [TESTS.reactions],
  },
  {
    name: 'recovering defender sets off the moment he passes',
    file: FILES.recover,
    find: '(w.kicker === i && w.tick >= w.kickTick + Math.round(b.delay / w.dt))',
    replace: '(w.kicker === i && w.tick >= w.kickTick)',
    tests: [TESTS.reactions],
  },
  {
    name: 'level with the second-last opponent counted offside',
    file: FILES.offsideLaw,
    find: 'return x > pitch.length / 2 && x > line;',
    replace: 'return x > pitch.length / 2 && x >= line;',
    tests: [TESTS.lawTables, TESTS.offsideEngine],
  },
  {
    name: '--set (and sweeps) accept a value below the minimum',
    file: FILES.paramCheck,
    find: '!Number.isFinite(v) || v < p.min || v > p.max',
    replace: '!Number.isFinite(v) || v > p.max',
    tests: [TESTS.boundaries],
  },
  {
    name: 'lofted ball drawn on its shadow, not above it',
    file: FILES.ballLayer,
    find: 'g.circle(ground.x, ground.y - lift, r)',
    replace: 'g.circle(ground.x, ground.y, r)',
    tests: [TESTS.moving],
  },
  {
    name: 'lofted ball drawn at its size on the ground',
    file: FILES.ballLayer,
    find: 'const r = ballRadius(labelPx, z);',
    replace: 'const r = ballRadius(labelPx, 0);',
    tests: [TESTS.moving],
  },
];

function gitFiles() {
  const r = spawnSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`git ls-files failed: ${r.stderr}`);
  return r.stdout.split('\0').filter((f) => f && existsSync(join(ROOT, f)));
}

function scratchCopy() {
  const dir = mkdtempSync(join(tmpdir(), 'onside-mutate-'));
  for (const f of gitFiles()) {
    mkdirSync(dirname(join(dir, f)), { recursive: true });
    cpSync(join(ROOT, f), join(dir, f));
  }
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

/**
 * Run vitest on the given files in dir: 'pass' when every test passed, 'fail' when a test failed
 * (a caught fault), 'broken' when the run failed without a failing test (the fault broke the
 * build or a file would not load: that proves nothing about the tests).
 */
function runTests(dir, files) {
  const browser = files.filter((f) => f.startsWith('tests/browser/'));
  const unit = files.filter((f) => !f.startsWith('tests/browser/'));
  const env = {
    ...process.env,
    ONSIDE_TEST_PORT: process.env.ONSIDE_TEST_PORT ?? '4391',
    ONSIDE_TEST_OUTDIR: process.env.ONSIDE_TEST_OUTDIR ?? 'dist-mutate',
  };
  const runs = [];
  if (unit.length) runs.push(['--project', 'unit', ...unit]);
  if (browser.length) runs.push(['--project', 'browser', ...browser]);
  let outcome = 'pass';
  for (const args of runs) {
    const r = spawnSync(join(dir, 'node_modules/.bin/vitest'), ['run', ...args], { cwd: dir, env, encoding: 'utf8', maxBuffer: 256 << 20 });
    if (process.env.MUTATE_VERBOSE) process.stdout.write(r.stdout + r.stderr);
    const text = `${r.stdout}\n${r.stderr}`.replace(/\x1b\[[0-9;]*m/g, '');
    if (r.status !== 0) outcome = /Tests\s+\d+ failed/.test(text) ? 'fail' : outcome === 'fail' ? 'fail' : 'broken';
    const summary = `${r.stdout}\n${r.stderr}`.split('\n').map((l) => l.replace(/\x1b\[[0-9;]*m/g, '')).filter((l) => /Tests\s+\d|Failed Tests|FAIL /.test(l)).slice(0, 4);
    for (const l of summary) console.log(`      ${l.trim()}`);
  }
  return outcome;
}

function main() {
  const only = process.argv.slice(2);
  const chosen = only.length ? FAULTS.filter((f) => only.some((o) => f.name.includes(o))) : FAULTS;
  if (!chosen.length) throw new Error(`no fault matches ${only.join(', ')}; faults: ${FAULTS.map((f) => f.name).join('; ')}`);
  for (const f of chosen) {
    const bad = f.tests.filter((t) => FINGERPRINTS.includes(t));
    if (bad.length) throw new Error(`${f.name}: ${bad.join(', ')} holds stored fingerprints, which may not count as catching a fault`);
  }
  const dir = scratchCopy();
  const results = [];
  try {
    const all = [...new Set(chosen.flatMap((f) => f.tests))];
    console.log(`scratch copy: ${dir}`);
    console.log(`unmutated: ${all.join(', ')}`);
    if (runTests(dir, all) !== 'pass') {
      console.log('the behaviour tests fail without any fault: fix them first (nothing is counted)');
      process.exitCode = 1;
      return;
    }
    for (const f of chosen) {
      const path = join(dir, f.file);
      const original = readFileSync(path, 'utf8');
      const count = original.split(f.find).length - 1;
      if (count !== 1) {
        results.push({ name: f.name, verdict: `NOT APPLIED (the text is found ${count} times in ${f.file}: update FAULTS)` });
        continue;
      }
      console.log(`\nfault: ${f.name}\n  ${f.file}: ${f.find}\n    → ${f.replace}`);
      try {
        writeFileSync(path, original.replace(f.find, f.replace));
        const outcome = runTests(dir, f.tests);
        const verdict = outcome === 'fail' ? `caught by ${f.tests.join(', ')}`
          : outcome === 'pass' ? `MISSED by ${f.tests.join(', ')}` : `NOT JUDGED: with the fault the tests did not run (${f.tests.join(', ')})`;
        results.push({ name: f.name, verdict });
      } finally {
        writeFileSync(path, original); // the scratch file back as it was, whatever happened
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log('\nmutation check');
  for (const r of results) console.log(`  ${r.name}: ${r.verdict}`);
  const missed = results.filter((r) => !r.verdict.startsWith('caught')).length;
  console.log(`${results.length - missed} of ${results.length} faults caught`);
  if (missed) process.exitCode = 1;
}

main();
