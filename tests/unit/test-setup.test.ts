import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs tool without types
import { needsBrowser, plan } from '../../tools/test.mjs';

// `npm test` sets itself up (tools/test.mjs): on a fresh Debian machine, where Chromium is
// missing and packages may be installed, it installs it; otherwise it stops at once with one
// line saying what to run. Checked without touching this machine's browser: the path and
// apt-get are pointed at a temporary folder and a stand-in script.

const dir = mkdtempSync(join(tmpdir(), 'onside-setup-'));

function tool(env: Record<string, string>, ...args: string[]) {
  const r = spawnSync('node', ['tools/test.mjs', '--setup-only', ...args], { encoding: 'utf8', env: { ...process.env, CHROMIUM: '', ...env } });
  return { code: r.status, stderr: r.stderr, stdout: r.stdout };
}

/** A stand-in apt-get that logs its arguments and, on install, creates `browser` (or fails). */
function fakeApt(name: string, browser: string, fail = false): { apt: string; log: string } {
  const apt = join(dir, name), log = join(dir, `${name}.log`);
  writeFileSync(apt, `#!/bin/sh\necho "$@" >> ${log}\n${fail ? 'echo "E: Unable to locate package chromium" >&2; exit 100' : `[ "$1" = install ] && printf '#!/bin/sh\\n' > ${browser} && chmod +x ${browser}\nexit 0`}\n`);
  chmodSync(apt, 0o755);
  return { apt, log };
}

describe('the set-up decision', () => {
  const base = { path: '/usr/bin/chromium', explicit: false, exists: false, isRoot: false, canSudo: false, hasApt: true };
  it('ready when the browser is there; installs as root or with sudo; otherwise one line saying what to run', () => {
    expect(plan({ ...base, exists: true })).toEqual({ kind: 'ready' });
    expect(plan({ ...base, isRoot: true })).toEqual({ kind: 'install', sudo: false });
    expect(plan({ ...base, canSudo: true })).toEqual({ kind: 'install', sudo: true });
    expect(plan(base)).toEqual({ kind: 'stop', line: 'npm test needs Chromium at /usr/bin/chromium for the browser tests: run "sudo apt-get install -y chromium" (Debian) or set CHROMIUM=/path/to/chromium, then npm test again' });
    expect(plan({ ...base, isRoot: true, hasApt: false }).line).toBe('npm test needs Chromium at /usr/bin/chromium for the browser tests: install Chromium, or set CHROMIUM=/path/to/chromium, then npm test again');
    // A browser named by CHROMIUM is never installed over: the user chose that path.
    expect(plan({ ...base, isRoot: true, explicit: true, path: '/opt/x' }).kind).toBe('stop');
  });
  it('only a run that can reach a browser test needs the browser', () => {
    expect(needsBrowser([])).toBe(true);
    expect(needsBrowser(['--project', 'browser'])).toBe(true);
    expect(needsBrowser(['--project', 'unit'])).toBe(false);
    expect(needsBrowser(['--project=unit', '--reporter=json'])).toBe(false);
    expect(needsBrowser(['tests/unit/cli.test.ts'])).toBe(false);
    expect(needsBrowser(['tests/browser/pixels.test.ts'])).toBe(true);
  });
});

describe('tools/test.mjs as npm test runs it', () => {
  it('CHROMIUM at a missing file: stops at once, exit 1, one line', () => {
    const r = tool({ CHROMIUM: join(dir, 'no-such-chromium') });
    expect(r).toEqual({ code: 1, stdout: '', stderr: `npm test: CHROMIUM=${join(dir, 'no-such-chromium')} does not exist: point CHROMIUM at a Chromium binary, or unset it to use Debian's /usr/bin/chromium\n` });
  });
  it('the unit project alone needs no browser', () => {
    expect(tool({ CHROMIUM: join(dir, 'no-such-chromium') }, '--project', 'unit').code).toBe(0);
  });
  it('Debian\'s Chromium missing: installed with apt-get update and install -y chromium (as root here, or with sudo)', () => {
    const browser = join(dir, 'chromium-installed');
    const { apt, log } = fakeApt('apt-ok', browser);
    const r = tool({ ONSIDE_CHROMIUM_DEFAULT: browser, ONSIDE_APT_GET: apt });
    if (process.getuid?.() !== 0 && spawnSync('sudo', ['-n', 'true']).status !== 0) {
      // Not allowed to install: the one line saying what to run.
      expect(r).toEqual({ code: 1, stdout: '', stderr: `npm test needs Chromium at ${browser} for the browser tests: run "sudo apt-get install -y chromium" (Debian) or set CHROMIUM=/path/to/chromium, then npm test again\n` });
      return;
    }
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^npm test: Chromium is missing: installing Debian's chromium for the browser tests \((sudo )?apt-get install -y chromium; log in .*\)\n$/);
    expect(readFileSync(log, 'utf8')).toBe('update -qq\ninstall -y -qq chromium\n');
    expect(existsSync(browser)).toBe(true);
  });
  it('an install that fails: exit 1 with the reason, and the browser tests never start', () => {
    const browser = join(dir, 'chromium-never');
    const { apt } = fakeApt('apt-fail', browser, true);
    const r = tool({ ONSIDE_CHROMIUM_DEFAULT: browser, ONSIDE_APT_GET: apt });
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n').at(-1)).toMatch(/^npm test: (apt-get install chromium failed \(E: Unable to locate package chromium\); see .*apt\.log, or set CHROMIUM=\/path\/to\/chromium|npm test needs Chromium at .*)$/);
  });
});
