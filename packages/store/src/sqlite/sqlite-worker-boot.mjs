// Entry of the SQLite worker thread. A worker does not inherit its parent's tsx loader, so from the sources this
// plain-JS file registers tsx (its URL comes from the parent) before loading the TypeScript worker; in the built
// package (no tsx URL) it loads the compiled worker. The store's own
// dependencies are imported first: loaded before the hooks exist, they skip tsx's per-file resolution round
// trips, which take seconds for kysely's hundreds of modules.
import { workerData } from 'node:worker_threads';
import 'better-sqlite3';
import 'kysely';

if (workerData.tsx) {
  const { register } = await import(workerData.tsx);
  register();
  await import('./sqlite-worker.ts');
} else {
  await import('./sqlite-worker.js');
}
