import { existsSync } from 'node:fs';
import { run as engine } from './engine';

// npm run bench: every bench in turn. The sweep's, the viewer's, the timing map's and the refusal's run when present.
interface Bench { run(): Promise<void> }

await engine();
for (const file of ['./sweep.ts', './sweep-threads.ts', './viewer.ts', './editor-drag.ts', './timing-map.ts', './refusal.ts']) {
  if (!existsSync(new URL(file, import.meta.url))) continue;
  console.log('');
  const bench = (await import(/* @vite-ignore */ file)) as Bench;
  await bench.run();
}
