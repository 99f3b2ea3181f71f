// Regenerates packages/schema/cookieproof.schema.json from the zod model (`npm run schema`).
import { writeFileSync } from 'node:fs';
import { declarationJsonSchema } from '@cookieproof/schema';

const target = new URL('../packages/schema/cookieproof.schema.json', import.meta.url);
writeFileSync(target, `${JSON.stringify(declarationJsonSchema(), null, 2)}\n`);
console.log(`wrote ${target.pathname}`);
