// A worker thread of `onside sweep` (src/cli/sweep-threads.ts): registers tsx in this thread too,
// so it reads the TypeScript sources as the main thread does.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/sweep-thread.ts');
