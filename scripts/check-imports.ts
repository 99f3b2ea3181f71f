// `npm run imports`: fails when a package imports against DESIGN.md's direction, reaches into another package by
// relative path, imports what it does not declare, or declares what it never imports.
import { fileURLToPath } from 'node:url';
import { checkImports } from './import-rules.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const problems = checkImports(root);
for (const p of problems) console.error(p);
console.log(problems.length === 0 ? 'imports: ok' : `imports: ${problems.length} problem(s)`);
process.exitCode = problems.length === 0 ? 0 : 1;
