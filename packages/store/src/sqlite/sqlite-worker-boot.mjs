// Entry of the SQLite worker thread. A worker does not inherit its parent's tsx loader, so this plain-JS file
// registers tsx (its URL comes from the parent) before loading the TypeScript worker. The store's own
// dependencies are imported first: loaded before the hooks exist, they skip tsx's per-file resolution round
// trips, which take seconds for kysely's hundreds of modules.
import { workerData } from 'node:worker_threads';
import 'better-sqlite3';
import 'kysely';

const { register } = await import(workerData.tsx);
register();
await import('./sqlite-worker.ts');
