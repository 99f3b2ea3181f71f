import type { OperatorAuditEntry } from '@cookieproof/store';
import { api } from './api.ts';
import { $, fill, when } from './dom.ts';

// The Audit view: every operator action (login, logout, verify, export, erase), newest first.

export async function showAudit(): Promise<void> {
  const r = await api<{ entries: OperatorAuditEntry[] }>('v1/console/audit');
  if (r)
    fill(
      $<HTMLTableElement>('audit'),
      r.entries.map((e) => [when(e.at), e.action, e.actor, e.subject ?? '', e.detail ?? '']),
    );
}
