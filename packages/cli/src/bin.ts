import { nodeIo } from './io.ts';
import { main } from './main.ts';

// The only place that reads argv and ends the process.
const code = await main(process.argv.slice(2), nodeIo());
process.exit(code);
