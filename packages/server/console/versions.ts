import type { ConsoleVersions } from '@cookieproof/schema';
import { api } from './api.ts';
import { $, count, el, short } from './dom.ts';

// The Versions view, and the version labels the other views show instead of fingerprints.

let cached: ConsoleVersions['versions'] | null = null;

export async function versionList(): Promise<ConsoleVersions['versions']> {
  if (!cached) cached = (await api<ConsoleVersions>('v1/console/versions'))?.versions ?? null;
  return cached ?? [];
}

/** "2026.2" for a loaded version's fingerprint, else the fingerprint's start. */
export async function versionLabel(): Promise<(fingerprint: string) => string> {
  const labels = new Map((await versionList()).filter((v) => v.loaded).map((v) => [v.fingerprint, v.version]));
  return (f) => labels.get(f) ?? short(f);
}

export async function showVersions(): Promise<void> {
  cached = null;
  const versions = await versionList();
  const list = $('version-list');
  list.replaceChildren();
  for (const v of versions) {
    const title = v.loaded ? `Version ${v.version}` : `Fingerprint ${short(v.fingerprint)} (not loaded by this server)`;
    const facts = el('dl', [], { class: 'detail' });
    const fact = (term: string, value: string | Node) => facts.append(el('dt', term), el('dd', value));
    fact('Effective', v.effectiveDate ?? 'unknown');
    fact('Fingerprint', el('code', v.fingerprint));
    fact('Receipts', v.receipts ? `${count(v.receipts)} (${v.firstDay} to ${v.lastDay})` : 'none');
    if (v.current) fact('Status', 'current: new receipts refer to it');
    const article = el('article', [el('h3', title), facts], { class: 'version' });
    if (v.diff) {
      const changes = el(
        'ul',
        v.diff.changes.map((c) => el('li', `${c.material ? 'Needs new consent: ' : ''}${c.summary}`)),
      );
      article.append(
        el('details', [
          el(
            'summary',
            `${v.diff.changes.length} changes since ${v.diff.from}${v.diff.reconsent ? '; visitors are asked again' : ''}`,
          ),
          changes,
        ]),
      );
    } else if (v.loaded) article.append(el('p', 'The first version this server has.'));
    list.append(article);
  }
}
