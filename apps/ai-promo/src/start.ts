import { resolve } from 'node:path';
import { startAiPromo } from './app.ts';

// `npm start`: everything on this machine, SQLite under ./data (created on first start with a dev secret).

const dataDir = resolve(process.env.AIPROMO_DATA_DIR ?? 'data');
const signalsMode = process.env.AIPROMO_SIGNALS === 'honor' ? 'honor' : undefined;

const running = await startAiPromo({ dataDir, ...(signalsMode ? { signalsMode } : {}) });
const { urls, demoAccount } = running;
process.stdout.write(`AI Promo Services is running (data in ${dataDir})

  Public site        ${urls.site}/
  Cookie policy      ${urls.policy}
  Dashboard          ${urls.app}/dashboard
  Consent server     ${urls.site}/cookieproof/healthz  (also on ${urls.app}/cookieproof/)
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
