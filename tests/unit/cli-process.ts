import { execFile } from 'node:child_process';
import { expect } from 'vitest';

// Running the real command line (node bin/onside.js) as a user does, for the CLI tests.

export interface Result { code: number; stdout: string; stderr: string }

export function onside(...args: string[]): Promise<Result> {
  return new Promise((resolve) => {
    execFile('node', ['bin/onside.js', ...args], { encoding: 'utf8', maxBuffer: 64 << 20 }, (err, stdout, stderr) => {
      const code = err ? (typeof err.code === 'number' ? err.code : -1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

/** Nothing a user should see looks like a stack trace. */
export function noStack(r: Result): void {
  expect(r.stderr + r.stdout).not.toMatch(/\n\s+at .*\(|node:internal|Error: /);
}
