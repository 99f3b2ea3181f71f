import { join, resolve } from 'node:path';
import { portProblem } from '@cookieproof/server';
import { startAiPromo } from './app.ts';
import { DEFAULT_PORTS, type Ports } from './config.ts';

// `npm start`: everything on this machine, SQLite under ./data (created on first start with a dev secret).

const dataDir = resolve(process.env.AIPROMO_DATA_DIR ?? 'data');
const signalsMode = process.env.AIPROMO_SIGNALS === 'honor' ? 'honor' : undefined;

// AIPROMO_PORT=5000 moves the five ports to 5000–5004; 0 picks free ones (the start test runs beside others).
const base = process.env.AIPROMO_PORT === undefined ? undefined : Number(process.env.AIPROMO_PORT);
if (base !== undefined && !(Number.isInteger(base) && base >= 0 && base <= 65_530)) {
  process.stderr.write(`AIPROMO_PORT must be a port number (or 0 for free ports), got "${process.env.AIPROMO_PORT}"\n`);
  process.exit(2);
}
// Each port keeps its offset from the site's default port; with 0 every one is free.
const ports =
  base === undefined
    ? undefined
    : (Object.fromEntries(
        Object.entries(DEFAULT_PORTS).map(([name, port]) => [name, base && base + port - DEFAULT_PORTS.site]),
      ) as unknown as Ports);

const running = await startAiPromo({
  dataDir,
  ...(ports ? { ports } : {}),
  ...(signalsMode ? { signalsMode } : {}),
}).catch((err: unknown) => {
  const problem = portProblem(err);
  if (!problem) throw err;
  const wanted = ports ?? DEFAULT_PORTS;
  const part = Object.entries(wanted).find(([, port]) => port === problem.port)?.[0] ?? 'one of the servers';
  const next = (base || DEFAULT_PORTS.site) + 1000;
  process.stderr.write(
    `Cannot start: port ${problem.port} (${part}) is ${problem.reason}.
AI Promo listens on five ports in a row, ${wanted.site}-${wanted.site + 4}. Stop the program that holds it, or move them all:
  AIPROMO_PORT=${next} npm start    (ports ${next}-${next + 4})
  AIPROMO_PORT=0 npm start       (any free ports; the URLs are printed)
`,
  );
  process.exit(2);
});
const { urls, demoAccount } = running;
process.stdout.write(`AI Promo Services is running (data in ${dataDir})

  Public site        ${urls.site}/
  Cookie policy      ${urls.policy}
  Dashboard          ${urls.app}/dashboard
  Consent server     ${urls.site}/cookieproof/healthz  (also on ${urls.app}/cookieproof/)
  Operator console   ${urls.site}/cookieproof/console  (token: adminToken in ${join(dataDir, 'dev-secrets.json')})
  Google Analytics   ${urls.analytics}/privacy   (local stand-in)
  PayHost            ${urls.pay}/privacy   (local stand-in)
  DataHub            ${urls.datahub}/   (local stand-in; connections: ${urls.datahub}/connections)
  Acme ID            ${urls.id}/privacy   (local stand-in; demo@acme.example / acme-demo-password)

  Demo account       ${demoAccount.email} / ${demoAccount.password}

Press Ctrl-C to stop.
`);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    process.stdout.write('\nStopping…\n');
    running.close().then(
      () => process.stdout.write('Stopped.\n'),
      (err: unknown) => {
        process.stderr.write(`Error while stopping: ${String(err)}\n`);
        process.exitCode = 1;
      },
    );
  });
