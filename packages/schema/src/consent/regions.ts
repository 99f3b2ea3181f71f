// Region codes a declaration may name: ISO 3166-1 alpha-2 countries, ISO 3166-2 subdivisions ("US-CA") and a few
// named groups. No IP database: the region itself comes from the operator (a CDN header or a page attribute).

/** Every officially assigned ISO 3166-1 alpha-2 code. */
const COUNTRIES = new Set(
  (
    'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ ' +
    'CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO ' +
    'FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE ' +
    'JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO ' +
    'MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW ' +
    'PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM ' +
    'TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW'
  ).split(' '),
);

/** US states, DC and territories (ISO 3166-2:US); other countries' subdivisions are checked by form only. */
const US_SUBDIVISIONS = new Set(
  (
    'AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK ' +
    'OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC AS GU MP PR UM VI'
  ).split(' '),
);

export const EU = 'AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE'.split(' ');

/** Named groups, expanded to codes wherever regions are matched (Consent Mode's `region` takes codes only). */
export const REGION_GROUPS: Readonly<Record<string, readonly string[]>> = {
  EU,
  EEA: [...EU, 'IS', 'LI', 'NO'],
  UK: ['GB'],
};

/** A code as written, upper-cased, or null when it is neither a country, a subdivision nor a group. */
export function normalizeRegion(code: string): string | null {
  const c = code.trim().toUpperCase();
  if (REGION_GROUPS[c] || COUNTRIES.has(c)) return c;
  const m = /^([A-Z]{2})-([A-Z0-9]{1,3})$/.exec(c);
  if (!m || !COUNTRIES.has(m[1]!)) return null;
  if (m[1] === 'US' && !US_SUBDIVISIONS.has(m[2]!)) return null;
  return c;
}

/** The countries and subdivisions a declared region stands for. */
export function expandRegion(code: string): readonly string[] {
  const c = code.toUpperCase();
  return REGION_GROUPS[c] ?? [c];
}

/**
 * The visitor's region from what the operator's CDN or server passes on: a country ("US"), optionally with a
 * subdivision given apart ("CA", as CloudFront and Vercel send it) or already joined ("US-CA"). Anything else,
 * including Cloudflare's "XX" (unknown) and "T1" (Tor), is null: an unknown region.
 */
export function visitorRegion(country: string | undefined | null, subdivision?: string | null): string | null {
  const c = (country ?? '').trim().toUpperCase();
  if (/^[A-Z]{2}-[A-Z0-9]{1,3}$/.test(c)) return normalizeRegion(c) && !REGION_GROUPS[c] ? c : null;
  if (!COUNTRIES.has(c)) return null;
  const s = (subdivision ?? '').trim().toUpperCase();
  if (s && /^[A-Z0-9]{1,3}$/.test(s)) {
    const full = `${c}-${s}`;
    if (normalizeRegion(full)) return full;
  }
  return c;
}
