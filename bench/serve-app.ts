import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';

// The browser benches' shared start: the app built and served by vite preview on a port of the
// bench's own, and Debian's Chromium launched headless. One copy for the viewer, the editor drag
// and the timing map, so they measure the same build the same way.

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Build into `outDir` (a fresh temporary folder, removed at stop, when none is given) and serve it on `port`; resolves to stop(). */
export async function serveApp(port: number, outDir?: string): Promise<() => void> {
  const out = outDir ?? mkdtempSync(join(tmpdir(), 'onside-bench-'));
  const build = spawnSync('node_modules/.bin/vite', ['build', '--logLevel', 'warn', '--outDir', out, '--emptyOutDir'], { stdio: 'inherit' });
  if (build.status !== 0) throw new Error('vite build failed');
  const server = spawn('node_modules/.bin/vite', ['preview', '--outDir', out, '--host', '127.0.0.1', '--port', String(port), '--strictPort'], { stdio: 'ignore' });
  const stop = () => { server.kill(); if (!outDir) rmSync(out, { recursive: true, force: true }); };
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/`)).ok) return stop;
    } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 200));
  }
  stop();
  throw new Error(`vite preview did not answer on port ${port}`);
}

/** Chromium for a bench: CHROMIUM, else Debian's. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ARGS });
}
