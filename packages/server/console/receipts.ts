import type { ListedReceipt, Receipt, ReceiptDetail, ReceiptPage } from '@cookieproof/schema';
import { api, query } from './api.ts';
import { $, count, el, fill, say, short, when } from './dom.ts';
import { fetchOverview } from './overview.ts';
import { versionLabel, versionList } from './versions.ts';

// The Receipts view: a filtered list paged newest first, each receipt opening in a dialog with its chain position,
// the export of the filtered range, and the subject tools (receipts of one subject, proof bundle, erasure).

let filterOptionsLoaded = false;
/** Cursors of the pages shown before the current one, and the next page's. */
let cursors: string[] = [];
let nextCursor: string | null = null;

const granted = (choices: Record<string, boolean>) =>
  Object.keys(choices)
    .filter((k) => choices[k])
    .sort()
    .join(', ');

function filter(): Record<string, string> {
  const value = (id: string) => $<HTMLInputElement | HTMLSelectElement>(id).value;
  return {
    from: value('f-from'),
    to: value('f-to'),
    surface: value('f-surface'),
    fingerprint: value('f-version'),
    event: value('f-event'),
    category: value('f-category'),
  };
}

function options(select: HTMLSelectElement, values: [string, string][]): void {
  select.replaceChildren(el('option', 'Any', { value: '' }), ...values.map(([v, t]) => el('option', t, { value: v })));
}

async function loadFilterOptions(): Promise<void> {
  if (filterOptionsLoaded) return;
  const [year, versions] = await Promise.all([fetchOverview(365), versionList()]);
  if (!year) return;
  filterOptionsLoaded = true;
  options(
    $<HTMLSelectElement>('f-surface'),
    year.by.surface.map((s) => [s.key, s.key]),
  );
  options(
    $<HTMLSelectElement>('f-version'),
    versions.map((v) => [v.fingerprint, v.loaded ? v.version : short(v.fingerprint)]),
  );
  options(
    $<HTMLSelectElement>('f-category'),
    Object.keys(year.total.granted)
      .sort()
      .map((c) => [c, c]),
  );
}

export async function showReceipts(page: 'newest' | 'older' | 'current' = 'newest'): Promise<void> {
  await loadFilterOptions();
  if (page === 'newest') cursors = [];
  const before = page === 'older' ? nextCursor : cursors.at(-1);
  const f = filter();
  const result = await api<ReceiptPage>(
    `v1/console/receipts${query({ ...f, limit: 50, before: before ?? undefined })}`,
  );
  if (!result) return;
  if (page === 'older' && before) cursors.push(before);
  nextCursor = result.next;
  const label = await versionLabel();
  fill(
    $<HTMLTableElement>('receipt-list'),
    result.receipts.map((r) => [
      when(r.recordedAt),
      r.event,
      granted(r.choices),
      r.surface,
      label(r.fingerprint),
      r.locale,
      r.jurisdiction ? `${r.jurisdiction.id} (${r.jurisdiction.regime})` : '',
      openButton(r),
    ]),
  );
  const first = cursors.length * 50;
  $('receipts-summary').textContent = result.receipts.length
    ? `${count(result.total)} receipts match; showing ${count(first + 1)} to ${count(first + result.receipts.length)}.`
    : 'No receipt matches.';
  $<HTMLButtonElement>('receipts-older').disabled = !result.next;
  $<HTMLButtonElement>('receipts-newest').disabled = cursors.length === 0;
  for (const format of ['csv', 'json'])
    $<HTMLAnchorElement>(`export-${format}`).href = `v1/console/receipts/export${query({ ...f, format })}`;
}

function openButton(r: ListedReceipt): HTMLButtonElement {
  const button = el('button', r.receiptId.slice(0, 8), {
    type: 'button',
    class: 'link',
    'aria-label': `Open receipt ${r.receiptId}`,
  });
  button.addEventListener('click', () => void openReceipt(r.receiptId));
  return button;
}

async function openReceipt(id: string): Promise<void> {
  const detail = await api<ReceiptDetail>(`v1/console/receipts/${encodeURIComponent(id)}`);
  if (!detail) return;
  const { receipt: r, position: p } = detail;
  const signal = (v: boolean | null) => (v === null ? 'not reported' : v ? 'on' : 'off');
  const label = await versionLabel();
  const rows: [string, string][] = [
    ['Receipt id', r.receiptId],
    ['Position in the log', count(p.sequence)],
    ['Recorded (UTC)', when(r.recordedAt)],
    ['Event', r.event],
    ['Granted', granted(r.choices) || 'nothing'],
    [
      'Refused',
      Object.keys(r.choices)
        .filter((k) => !r.choices[k])
        .sort()
        .join(', ') || 'nothing',
    ],
    ['Consent Mode', JSON.stringify(r.consentMode)],
    ['Version', `${label(r.fingerprint)} (${r.version})`],
    ['Fingerprint', r.fingerprint],
    ['Surface', r.surface],
    ['Locale', r.locale],
    [
      'Jurisdiction',
      r.jurisdiction
        ? `${r.jurisdiction.id}, ${r.jurisdiction.regime}, region ${r.jurisdiction.region ?? 'unknown'}${r.jurisdiction.honored.length ? `, honored ${r.jurisdiction.honored.join(' and ')}` : ''}`
        : 'none applied',
    ],
    [
      'Signals',
      `GPC header ${r.signals.gpcHeader ? 'on' : 'off'}, DNT header ${r.signals.dntHeader ? 'on' : 'off'}, GPC ${signal(r.signals.gpc)}, DNT ${signal(r.signals.dnt)}`,
    ],
    ['Subject', r.subjectId ?? 'erased'],
    ['Browser', r.userAgent ?? ''],
    ['Address prefix', r.ipPrefix ?? ''],
    ['Previous receipt of the subject', r.previousReceiptId ?? 'none'],
    ['Previous hash in the log', p.previousHash],
    ['Hash', p.hash],
    ['Commitment to the personal fields', p.commitment],
    ['Hash matches its fields', detail.hashMatches ? 'yes' : 'NO: the stored receipt was changed'],
  ];
  $('receipt-detail').replaceChildren(...rows.flatMap(([k, v]) => [el('dt', k), el('dd', v)]));
  $<HTMLDialogElement>('receipt-dialog').showModal();
}

// The subject tools.
let subject: string | null = null;

function showSubject(receipts: Receipt[] | null): void {
  const signal = (v: boolean | null) => (v === null ? 'n/a' : v ? 'on' : 'off');
  fill(
    $<HTMLTableElement>('receipts'),
    (receipts ?? []).map((r) => [
      when(r.recordedAt),
      r.event,
      granted(r.choices),
      r.version,
      r.surface,
      `${signal(r.signals.gpc)} / ${signal(r.signals.dnt)}`,
    ]),
  );
  $('receipts').hidden = !receipts;
  $('subject-actions').hidden = !receipts;
}

export function resetSubject(): void {
  subject = null;
  showSubject(null);
}

export function initReceipts(afterAction: () => void): void {
  $('receipts-form').addEventListener('submit', (e) => {
    e.preventDefault();
    void showReceipts('newest');
  });
  $('receipts-older').addEventListener('click', () => void showReceipts('older'));
  $('receipts-newest').addEventListener('click', () => void showReceipts('newest'));

  $('subject-form').addEventListener('submit', async (e) => {
    e.preventDefault();
    const id = $<HTMLInputElement>('subject').value.trim();
    resetSubject();
    const r = await api<{ receipts: Receipt[] }>(`v1/subjects/${encodeURIComponent(id)}/receipts`);
    if (!r) return;
    subject = id;
    showSubject(r.receipts);
    say(`${r.receipts.length} receipts for ${id}.`);
  });

  $('export').addEventListener('click', async () => {
    if (!subject) return;
    const r = await api<unknown>(`v1/subjects/${encodeURIComponent(subject)}/export`);
    if (!r) return;
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([JSON.stringify(r, null, 2)], { type: 'application/json' }));
    link.download = `cookieproof-${subject}.json`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 1000);
    say(`Proof bundle of ${subject} downloaded.`);
    afterAction();
  });

  $('erase').addEventListener('click', async () => {
    if (!subject) return;
    const sure = confirm(
      `Erase the personal fields of every receipt of ${subject}? The receipts and the log stay verifiable. This cannot be undone.`,
    );
    if (!sure) return;
    const r = await api<{ erased: number }>(`v1/subjects/${encodeURIComponent(subject)}`, 'DELETE');
    if (!r) return;
    say(`Erased ${r.erased} receipts of ${subject}.`);
    resetSubject();
    afterAction();
  });
}
