import {
  applySignals,
  type Declaration,
  type ReceiptJurisdiction,
  regimeOf,
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
 * The choices to record and the jurisdiction applied: in a regime where a signal is an opt-out of sale/share, those
 * categories are recorded off and the signal is listed as honored. The signals are those the page saw (what the SDK
 * applied), and the Sec-GPC header too where the regime honors it from the request alone.
 */
export function applyJurisdiction(
  declaration: Declaration,
  region: string | null,
  choices: Record<string, boolean>,
  page: { gpc: boolean | null; dnt: boolean | null },
  gpcHeader: boolean,
): { choices: Record<string, boolean>; jurisdiction: ReceiptJurisdiction } {
  const applied = resolveJurisdiction(declaration.jurisdictions, region);
  const categories = Object.entries(declaration.categories).map(([id, c]) => ({ id, ...c }));
  const signals = { gpc: page.gpc === true || (gpcHeader && regimeOf(applied.regime).gpcHeaderOptsOut), dnt: page.dnt };
  const result = applySignals(choices, applied.regime, categories, declaration.policy.signals, signals);
  return {
    choices: result.choices,
    jurisdiction: { region: applied.region, id: applied.jurisdiction, regime: applied.regime, honored: result.honored },
  };
}
