#!/usr/bin/env node
// `npm test`: the test command's own set-up, then vitest. The browser tests drive Debian's
// Chromium; where it is missing and we may install packages (root, or sudo without a password)
// it is installed with apt-get, as .ci/run does; otherwise this stops at once with one line
// saying what to run. A browser test is never skipped for want of a browser.
//   node tools/test.mjs [vitest arguments…]    (npm test -- --project unit, …)
//   node tools/test.mjs --setup-only            (the set-up alone)
// CHROMIUM=/path picks another browser (never installed over). ONSIDE_CHROMIUM_DEFAULT and
// ONSIDE_APT_GET replace /usr/bin/chromium and apt-get, for the set-up's own tests.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const DEFAULT_CHROMIUM = '/usr/bin/chromium';

/** Whether these vitest arguments can reach a browser test (no --project, or one that is not unit). */
export function needsBrowser(args) {
  const projects = [];
  const files = [];
  for (let k = 0; k < args.length; k++) {
    const a = args[k];
    if (a === '--project') projects.push(args[++k] ?? '');
    else if (a.startsWith('--project=')) projects.push(a.slice('--project='.length));
    else if (!a.startsWith('-')) files.push(a);
  }
  if (projects.length) return projects.some((p) => p !== 'unit');
  return !(files.length && files.every((f) => f.startsWith('tests/unit')));
}

/**
 * What to do about the browser: `ready`, `install` (the command to run), or `stop` with the
 * one line to print. `env`: { path, explicit (CHROMIUM given), exists, isRoot, canSudo, hasApt }.
 */
export function plan(env) {
  if (env.exists) return { kind: 'ready' };
  if (env.explicit) {
    return { kind: 'stop', line: `npm test: CHROMIUM=${env.path} does not exist: point CHROMIUM at a Chromium binary, or unset it to use Debian's ${DEFAULT_CHROMIUM}` };
  }
  const howTo = `npm test needs Chromium at ${env.path} for the browser tests: run "sudo apt-get install -y chromium" (Debian) or set CHROMIUM=/path/to/chromium, then npm test again`;
  if (!env.hasApt) return { kind: 'stop', line: howTo.replace('run "sudo apt-get install -y chromium" (Debian) or set', 'install Chromium, or set') };
  if (env.isRoot) return { kind: 'install', sudo: false };
  if (env.canSudo) return { kind: 'install', sudo: true };
  return { kind: 'stop', line: howTo };
}

function executable(path) {
  try { accessSync(path, constants.X_OK); return true; } catch { return false; }
}

function onPath(cmd) {
  return cmd.includes('/') ? executable(cmd) : spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
}

/** apt-get update and install chromium, quietly; the log's tail if it fails. Returns success. */
function install(aptGet, sudo) {
  const log = join(mkdtempSync(join(tmpdir(), 'onside-apt-')), 'apt.log');
  const run = (args) => {
    const [cmd, rest] = sudo ? ['sudo', ['-n', aptGet, ...args]] : [aptGet, args];
    const r = spawnSync(cmd, rest, { encoding: 'utf8', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    return { ok: r.status === 0, out: `${r.stdout ?? ''}${r.stderr ?? ''}${r.error ? String(r.error) : ''}` };
  };
  console.error(`npm test: Chromium is missing: installing Debian's chromium for the browser tests (${sudo ? 'sudo ' : ''}apt-get install -y chromium; log in ${log})`);
  const update = run(['update', '-qq']);
  const inst = update.ok ? run(['install', '-y', '-qq', 'chromium']) : update;
  writeFileSync(log, update.out + (inst === update ? '' : inst.out));
  if (!inst.ok) {
    const tail = inst.out.trim().split('\n').slice(-1)[0] ?? '';
    console.error(`npm test: apt-get install chromium failed (${tail.slice(0, 160)}); see ${log}, or set CHROMIUM=/path/to/chromium`);
  }
  return inst.ok;
}

function setup(args) {
  if (!needsBrowser(args)) return true;
  const explicit = process.env.CHROMIUM !== undefined && process.env.CHROMIUM !== '';
  const path = explicit ? process.env.CHROMIUM : process.env.ONSIDE_CHROMIUM_DEFAULT || DEFAULT_CHROMIUM;
  const aptGet = process.env.ONSIDE_APT_GET || 'apt-get';
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const env = {
    path, explicit, exists: executable(path), isRoot, hasApt: onPath(aptGet),
    canSudo: !isRoot && spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0,
  };
  const p = plan(env);
  if (p.kind === 'ready') return true;
  if (p.kind === 'stop') { console.error(p.line); return false; }
  if (!install(aptGet, p.sudo)) return false;
  if (executable(path)) return true;
  console.error(`npm test: apt-get installed chromium but ${path} is still missing; set CHROMIUM=/path/to/chromium`);
  return false;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const setupOnly = process.argv.includes('--setup-only');
  const args = process.argv.slice(2).filter((a) => a !== '--setup-only');
  if (!setup(args)) process.exit(1);
  if (setupOnly) process.exit(0);
  const root = fileURLToPath(new URL('..', import.meta.url));
  JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')); // run from the project
  const r = spawnSync(join(root, 'node_modules/.bin/vitest'), ['run', ...args], { stdio: 'inherit', cwd: root });
  if (r.error) { console.error(`npm test: could not start vitest (${r.error.message}): run npm install first`); process.exit(1); }
  process.exit(r.status ?? 1);
}
