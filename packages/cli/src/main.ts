import { CookieproofError, DeclarationError } from '@cookieproof/schema';
import { build, buildHelp } from './commands/build.ts';
import { diff, diffHelp } from './commands/diff.ts';
import { init, initHelp } from './commands/init.ts';
import { scan, scanHelp } from './commands/scan.ts';
import { serve, serveHelp } from './commands/serve.ts';
import { updateCookieDb, updateCookieDbHelp } from './commands/update-cookie-db.ts';
import { validate, validateHelp } from './commands/validate.ts';
import type { Io } from './io.ts';
import { formatProblems } from './problems.ts';

interface Command {
  run(argv: string[], io: Io): Promise<number>;
  help: string;
  summary: string;
}

const COMMANDS: Record<string, Command> = {
  init: { run: init, help: initHelp, summary: 'write a commented starter declaration' },
  validate: { run: validate, help: validateHelp, summary: 'check a declaration and report every problem' },
  build: { run: build, help: buildHelp, summary: 'write the policy page, SDK configs, gpc.json and versions' },
  diff: { run: diff, help: diffHelp, summary: 'compare two declarations; say whether to ask visitors again' },
  serve: { run: serve, help: serveHelp, summary: 'run the consent server' },
  scan: { run: scan, help: scanHelp, summary: 'visit a site in Chromium and compare it with the declaration' },
  'update-cookie-db': {
    run: updateCookieDb,
    help: updateCookieDbHelp,
    summary: "download the Open Cookie Database into scan's cache",
  },
};

export const USAGE = `cookieproof <command> [options]

${Object.entries(COMMANDS)
  .map(([name, c]) => `  ${name.padEnd(16)} ${c.summary}`)
  .join('\n')}

Run \`cookieproof <command> --help\` for a command's options. Exit codes: 0 success, 1 the check found
problems or violations, 2 usage or input error.`;

/** Runs one command line. The only place that turns errors into exit codes. */
export async function main(argv: string[], io: Io): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(USAGE);
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.err(`unknown command "${name}"\n\n${USAGE}`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(command.help);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (err) {
    return exitCodeFor(err, io);
  }
}

function exitCodeFor(err: unknown, io: Io): number {
  if (err instanceof DeclarationError) {
    io.err(formatProblems(err.problems));
    return 2;
  }
  if (err instanceof CookieproofError) {
    io.err(`error: ${err.message}`);
    return 2;
  }
  io.err(`unexpected error (please report it): ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
  return 2;
}
