import { existsSync } from 'node:fs';
import { run as engine } from './engine';

// npm run bench: every bench in turn. The viewer's bench (bench/viewer.ts) runs when present.
interface Bench { run(): Promise<void> }

await engine();
for (const file of ['./viewer.ts']) {
  if (!existsSync(new URL(file, import.meta.url))) continue;
  console.log('');
  const bench = (await import(/* @vite-ignore */ file)) as Bench;
  await bench.run();
}
