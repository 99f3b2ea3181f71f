#!/usr/bin/env node
// The installed command runs the compiled JavaScript (npm run build writes dist/); in the repository,
// `npm run cookieproof -- …` runs the TypeScript sources instead.
await import('../dist/bin.js');
