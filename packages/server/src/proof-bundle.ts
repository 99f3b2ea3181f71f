import { policyPageHash, renderPolicyHtml } from '@cookieproof/policy';
import { type Declaration, type PublishedVersion, type Receipt, textFor } from '@cookieproof/schema';
import type { ChainPosition } from '@cookieproof/store';

// The subject export: what an operator hands a data subject or an authority to prove what was shown and chosen.

export interface DeclarationVersionProof {
  fingerprint: string;
  version: string;
  effectiveDate: string;
  /** SHA-256 of the policy page as published for this version (the same as `cookieproof build` writes). */
  policySha256: string;
  policyHashOf: 'rendered-policy-html';
  declaration: Declaration;
}

export interface ProofBundle {
  format: 'cookieproof-proof-bundle/1';
  subjectId: string;
  exportedAt: string;
  receipts: Receipt[];
  /** Each declaration version the receipts refer to, keyed by fingerprint; null when it is no longer published. */
  declarations: Record<string, DeclarationVersionProof | null>;
  chain: ChainPosition[];
  kantara: KantaraReceipt[];
}

const pageHashes = new WeakMap<Declaration, string>();

/** The hash of the page as it was published: rendered from this version and the versions before it. */
export function policyHash(version: PublishedVersion, all: Iterable<PublishedVersion>): string {
  let hash = pageHashes.get(version.declaration);
  if (hash === undefined) {
    const history = [...all]
      .filter((v) => v.effectiveDate <= version.effectiveDate)
      .sort((a, b) => a.effectiveDate.localeCompare(b.effectiveDate));
    hash = policyPageHash(renderPolicyHtml(history, { locale: version.declaration.site.defaultLocale }));
    pageHashes.set(version.declaration, hash);
  }
  return hash;
}

export function proofBundle(
  subjectId: string,
  receipts: Receipt[],
  chain: ChainPosition[],
  byFingerprint: ReadonlyMap<string, PublishedVersion>,
  now = new Date(),
): ProofBundle {
  const declarations: Record<string, DeclarationVersionProof | null> = {};
  for (const r of receipts) {
    if (r.fingerprint in declarations) continue;
    const v = byFingerprint.get(r.fingerprint);
    declarations[r.fingerprint] = v
      ? {
          fingerprint: v.fingerprint,
          version: v.version,
          effectiveDate: v.effectiveDate,
          policySha256: policyHash(v, byFingerprint.values()),
          policyHashOf: 'rendered-policy-html',
          declaration: v.declaration,
        }
      : null;
  }
  return {
    format: 'cookieproof-proof-bundle/1',
    subjectId,
    exportedAt: now.toISOString(),
    receipts,
    declarations,
    chain,
    kantara: receipts.map((r) => kantaraReceipt(r, byFingerprint.get(r.fingerprint)?.declaration)),
  };
}

/** Kantara Initiative Consent Receipt Specification v1.1.0 (JSON, camelCase field names). */
export interface KantaraReceipt {
  version: 'KI-CR-v1.1.0';
  jurisdiction: string;
  consentTimestamp: number;
  collectionMethod: string;
  consentReceiptID: string;
  language: string;
  piiPrincipalId: string;
  piiControllers: {
    piiController: string;
    contact: string;
    address: string;
    email: string;
    phone: string;
    piiControllerUrl?: string;
  }[];
  policyUrl: string;
  services: {
    service: string;
    purposes: {
      purpose: string;
      purposeCategory: string[];
      consentType: string;
      piiCategory: string[];
      primaryPurpose: boolean;
      termination: string;
      thirdPartyDisclosure: boolean;
      thirdPartyName?: string;
    }[];
  }[];
  sensitive: boolean;
  spiCat: string[];
}

export function kantaraReceipt(r: Receipt, d: Declaration | undefined): KantaraReceipt {
  const locale = r.locale || d?.site.defaultLocale || 'en';
  const contact = d?.policy.contact;
  const granted = Object.entries(r.choices).filter(([, on]) => on);
  return {
    version: 'KI-CR-v1.1.0',
    jurisdiction: contact?.address ?? '',
    consentTimestamp: Math.floor(Date.parse(r.recordedAt) / 1000),
    collectionMethod: `cookieproof consent banner on surface "${r.surface}", event "${r.event}", declaration version ${r.version}${
      r.jurisdiction
        ? `, jurisdiction "${r.jurisdiction.id}" (${r.jurisdiction.regime}${r.jurisdiction.region ? `, region ${r.jurisdiction.region}` : ''})`
        : ''
    }`,
    consentReceiptID: r.receiptId,
    language: locale,
    piiPrincipalId: r.subjectId ?? '(erased)',
    piiControllers: [
      {
        piiController: d?.site.name ?? '',
        contact: contact?.name ?? contact?.email ?? '',
        address: contact?.address ?? '',
        email: contact?.email ?? '',
        phone: '',
        ...(d ? { piiControllerUrl: d.policy.privacyPolicyUrl } : {}),
      },
    ],
    policyUrl: d?.policy.url ?? '',
    services: [
      {
        service: d ? `${d.site.name}: ${textFor(d.site.surfaces[r.surface]?.title ?? r.surface, locale)}` : r.surface,
        purposes: granted.map(([id]) => {
          const category = d?.categories[id];
          const techs = d ? Object.values(d.technologies).filter((t) => t.category === id) : [];
          const thirdParties = [
            ...new Set(
              techs
                .map((t) => (t.provider ? d?.providers[t.provider] : undefined))
                .filter((p) => p?.party === 'third')
                .map((p) => p!.name),
            ),
          ];
          return {
            purpose: category ? textFor(category.title, locale) : id,
            purposeCategory: [id],
            consentType: category?.required
              ? 'NOT REQUIRED (strictly necessary)'
              : r.jurisdiction && r.jurisdiction.regime !== 'opt-in'
                ? `IMPLIED (${r.jurisdiction.regime} regime: on until opted out)`
                : 'EXPLICIT',
            piiCategory: [...new Set(techs.map((t) => t.kind))],
            primaryPurpose: category?.required ?? false,
            termination: `withdrawal, or ${d?.policy.consentLifetimeDays ?? '?'} days after consentTimestamp`,
            thirdPartyDisclosure: thirdParties.length > 0,
            ...(thirdParties.length > 0 ? { thirdPartyName: thirdParties.join(', ') } : {}),
          };
        }),
      },
    ],
    sensitive: false,
    spiCat: [],
  };
}
