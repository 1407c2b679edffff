#!/usr/bin/env node
// The `onside` command: registers tsx so Node runs the TypeScript sources directly.
import { availableParallelism } from 'node:os';
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
// A closed pipe (onside run … | head) is not an error worth a stack trace.
process.stdout.on('error', (e) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});
process.exitCode = await main(process.argv.slice(2), {
  out: (line) => process.stdout.write(line + '\n'),
  err: (line) => process.stderr.write(line + '\n'),
  threads: availableParallelism(), // a long sweep uses every core
});
