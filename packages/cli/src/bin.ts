import { nodeIo } from './io.ts';
import { main } from './main.ts';

// The only place that reads argv and ends the process.
const code = await main(process.argv.slice(2), nodeIo());
await flushed(process.stdout);
await flushed(process.stderr);
process.exit(code);

/**
 * Resolves once everything written so far has left the process. Writes to a pipe are asynchronous, so exiting at
 * once would drop whatever the pipe had not yet taken (a large `--json` report stopped at 64 KiB). A closed pipe
 * (`| head`) reports an error here, which changes nothing about the exit code.
 */
function flushed(stream: NodeJS.WriteStream): Promise<void> {
  return new Promise((resolve) => {
    if (stream.destroyed || !stream.writable) return resolve();
    stream.write('', () => resolve());
  });
}
