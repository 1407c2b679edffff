import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';

// Build the app once and serve it with vite preview (its own binary, stopped by PID).
let server: ChildProcess | undefined;
// ONSIDE_TEST_PORT lets two people run the browser tests side by side.
export const PORT = Number(process.env.ONSIDE_TEST_PORT ?? 4391);
// ONSIDE_TEST_OUTDIR: build somewhere else than dist/, so side-by-side runs do not rebuild each other's app.
const OUT = process.env.ONSIDE_TEST_OUTDIR ?? 'dist';

export async function setup(): Promise<void> {
  // No browser, no browser tests: said at once and failed, never skipped (npm test installs it).
  const chromium = process.env.CHROMIUM || '/usr/bin/chromium';
  if (!existsSync(chromium)) throw new Error(`Chromium not found at ${chromium}: run npm test (it installs Debian's chromium) or set CHROMIUM=/path/to/chromium`);
  const build = spawnSync('node_modules/.bin/vite', ['build', '--logLevel', 'warn', '--outDir', OUT, '--emptyOutDir'], { stdio: 'inherit' });
  if (build.status !== 0) throw new Error('vite build failed');
  server = spawn('node_modules/.bin/vite', ['preview', '--outDir', OUT, '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], { stdio: ['ignore', 'pipe', 'pipe'] });
  // Keep what the server says, to name the cause if it never answers (a port in use, say).
  let said = '';
  let exited: number | null = null;
  server.stdout?.on('data', (d) => { said += d; });
  server.stderr?.on('data', (d) => { said += d; });
  server.on('exit', (code) => { exited = code ?? -1; });
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline && exited === null) {
    try {
      const r = await fetch(`http://127.0.0.1:${PORT}/`);
      if (r.ok) return;
    } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`vite preview did not answer on port ${PORT}${exited !== null ? ` (it exited with ${exited})` : ''}: ${said.trim().slice(-400) || 'it printed nothing'}`);
}

export async function teardown(): Promise<void> {
  if (server?.pid) process.kill(server.pid);
}
