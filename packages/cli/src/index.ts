export { buildSite, localesOf } from './commands/build.ts';
export { formatDiff } from './commands/diff.ts';
export { type Io, nodeIo } from './io.ts';
export { main, USAGE } from './main.ts';
export { STARTER_DECLARATION } from './starter-declaration.ts';
