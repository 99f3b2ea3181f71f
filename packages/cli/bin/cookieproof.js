#!/usr/bin/env node
// The workspace ships TypeScript sources; tsx compiles them on load so the CLI needs no build step.
import { register } from 'tsx/esm/api';

register();
await import('../src/bin.ts');
