import {
  applySignals,
  type Declaration,
  type ReceiptJurisdiction,
  resolveJurisdiction,
  visitorRegion,
} from '@cookieproof/schema';

// The jurisdiction a receipt is recorded under. The region comes from a request header the operator names (their
// CDN's: CF-IPCountry, CloudFront-Viewer-Country, X-Vercel-IP-Country, or their own), with a subdivision from the
// same name plus "-Region" where the CDN sends it apart (CloudFront-Viewer-Country-Region, X-Vercel-IP-Country-Region).

export function regionOf(
  header: (name: string) => string | undefined,
  regionHeader: string | undefined,
): string | null {
  if (!regionHeader) return null;
  const name = regionHeader.toLowerCase();
  return visitorRegion(header(name), header(`${name}-region`));
}

/**
 * The choices to record and the jurisdiction applied: in a regime where a signal the browser sent (header or script)
 * is an opt-out of sale/share, those categories are recorded off and the signal is listed as honored.
 */
export function applyJurisdiction(
  declaration: Declaration,
  region: string | null,
  choices: Record<string, boolean>,
  signals: { gpc: boolean; dnt: boolean },
): { choices: Record<string, boolean>; jurisdiction: ReceiptJurisdiction } {
  const applied = resolveJurisdiction(declaration.jurisdictions, region);
  const categories = Object.entries(declaration.categories).map(([id, c]) => ({ id, ...c }));
  const result = applySignals(choices, applied.regime, categories, declaration.policy.signals, signals);
  return {
    choices: result.choices,
    jurisdiction: { region: applied.region, id: applied.jurisdiction, regime: applied.regime, honored: result.honored },
  };
}
