import type { VerifyRun, VerifyRuns } from '@cookieproof/schema';
import { api } from './api.ts';
import { $, count, fill, say, when } from './dom.ts';

// The Integrity view: the last verify's result and when it ran, a verify of the whole log started in the
// background, its progress while it runs (polled once a second while this view is shown), and the runs before.

let polling: ReturnType<typeof setTimeout> | undefined;
let watched: number | null = null;

function describe(run: VerifyRun): string {
  if (run.status === 'ok' && run.result)
    return `The log is intact: ${count(run.result.checked)} receipts checked, ${count(run.result.erased)} of them erased.`;
  if (run.status === 'broken' && run.result?.broken)
    return `The log is broken at receipt ${run.result.broken.receiptId}: ${run.result.broken.reason}`;
  if (run.status === 'failed') return `The verify failed: ${run.error ?? 'unknown error'}`;
  if (run.status === 'interrupted') return 'The verify was interrupted before it finished (its server stopped).';
  return `Verifying: ${count(run.checked)} of ${count(run.total)} receipts checked.`;
}

export function stopIntegrity(): void {
  clearTimeout(polling);
  polling = undefined;
}

export async function showIntegrity(afterFinish: () => void = () => {}): Promise<void> {
  stopIntegrity();
  const r = await api<VerifyRuns>('v1/console/verify');
  if (!r) return;
  $('last-verify').textContent = r.lastFinished
    ? `Last verify: ${describe(r.lastFinished)} It finished at ${when(r.lastFinished.finishedAt)} UTC.`
    : 'The log has not been verified from this console yet.';
  fill(
    $<HTMLTableElement>('verify-runs'),
    r.runs.map((run) => [
      when(run.startedAt),
      when(run.finishedAt),
      run.status,
      `${count(run.checked)} of ${count(run.total)}`,
      run.result ? count(run.result.erased) : '',
      run.actor ?? '',
      run.status === 'running' ? '' : describe(run),
    ]),
  );
  const running = r.runs.find((run) => run.status === 'running');
  $('verify-progress').hidden = !running;
  $<HTMLButtonElement>('verify').disabled = Boolean(running);
  if (running) {
    const bar = $<HTMLProgressElement>('verify-bar');
    bar.max = Math.max(1, running.total);
    bar.value = running.checked;
    $('verify-count').textContent = `${count(running.checked)} of ${count(running.total)} receipts checked`;
    watched = running.id;
    polling = setTimeout(() => void showIntegrity(afterFinish), 1000);
  } else if (watched !== null) {
    const finished = r.runs.find((run) => run.id === watched);
    watched = null;
    if (finished) say(describe(finished), finished.status !== 'ok');
    afterFinish();
  }
}

export async function startVerify(afterFinish: () => void): Promise<void> {
  const r = await api<{ run: VerifyRun; started: boolean }>('v1/console/verify', 'POST');
  if (!r) return;
  say(r.started ? 'Verifying the log in the background…' : 'A verify is already running; showing its progress.');
  watched = r.run.id;
  await showIntegrity(afterFinish);
}
