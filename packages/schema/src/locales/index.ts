// Every built-in locale pack, one file per language in packs/. The SDK loads a single pack by its own path.
// The policy page's texts, one file per language in policy/, under the same tags.

import type { LocalePack } from './locale-pack.ts';
import ar from './packs/ar.ts';
import bg from './packs/bg.ts';
import cs from './packs/cs.ts';
import da from './packs/da.ts';
import de from './packs/de.ts';
import el from './packs/el.ts';
import en from './packs/en.ts';
import es from './packs/es.ts';
import et from './packs/et.ts';
import fi from './packs/fi.ts';
import fr from './packs/fr.ts';
import ga from './packs/ga.ts';
import he from './packs/he.ts';
import hr from './packs/hr.ts';
import hu from './packs/hu.ts';
import is from './packs/is.ts';
import it from './packs/it.ts';
import ja from './packs/ja.ts';
import ko from './packs/ko.ts';
import lt from './packs/lt.ts';
import lv from './packs/lv.ts';
import mt from './packs/mt.ts';
import nb from './packs/nb.ts';
import nl from './packs/nl.ts';
import pl from './packs/pl.ts';
import pt from './packs/pt.ts';
import ptbr from './packs/pt-br.ts';
import ro from './packs/ro.ts';
import sk from './packs/sk.ts';
import sl from './packs/sl.ts';
import sv from './packs/sv.ts';
import tr from './packs/tr.ts';
import uk from './packs/uk.ts';
import zh from './packs/zh.ts';
import policyAr from './policy/ar.ts';
import policyBg from './policy/bg.ts';
import policyCs from './policy/cs.ts';
import policyDa from './policy/da.ts';
import policyDe from './policy/de.ts';
import policyEl from './policy/el.ts';
import policyEn from './policy/en.ts';
import policyEs from './policy/es.ts';
import policyEt from './policy/et.ts';
import policyFi from './policy/fi.ts';
import policyFr from './policy/fr.ts';
import policyGa from './policy/ga.ts';
import policyHe from './policy/he.ts';
import policyHr from './policy/hr.ts';
import policyHu from './policy/hu.ts';
import policyIs from './policy/is.ts';
import policyIt from './policy/it.ts';
import policyJa from './policy/ja.ts';
import policyKo from './policy/ko.ts';
import policyLt from './policy/lt.ts';
import policyLv from './policy/lv.ts';
import policyMt from './policy/mt.ts';
import policyNb from './policy/nb.ts';
import policyNl from './policy/nl.ts';
import policyPl from './policy/pl.ts';
import policyPt from './policy/pt.ts';
import policyPtBr from './policy/pt-br.ts';
import policyRo from './policy/ro.ts';
import policySk from './policy/sk.ts';
import policySl from './policy/sl.ts';
import policySv from './policy/sv.ts';
import policyTr from './policy/tr.ts';
import policyUk from './policy/uk.ts';
import policyZh from './policy/zh.ts';
import type { PolicyPack } from './policy-pack.ts';

export const LOCALE_PACKS: readonly LocalePack[] = [
  ar,
  bg,
  cs,
  da,
  de,
  el,
  en,
  es,
  et,
  fi,
  fr,
  ga,
  he,
  hr,
  hu,
  is,
  it,
  ja,
  ko,
  lt,
  lv,
  mt,
  nb,
  nl,
  pl,
  ptbr,
  pt,
  ro,
  sk,
  sl,
  sv,
  tr,
  uk,
  zh,
];

/** The pack for a tag, matched case-insensitively ("pt-br" is "pt-BR"). */
export function localePack(tag: string): LocalePack | undefined {
  const t = tag.toLowerCase();
  return LOCALE_PACKS.find((p) => p.tag.toLowerCase() === t);
}

/** The policy page's texts by language. A declared locale without one gets no policy page: `validate` says so. */
export const POLICY_PACKS: readonly PolicyPack[] = [
  policyAr,
  policyBg,
  policyCs,
  policyDa,
  policyDe,
  policyEl,
  policyEn,
  policyEs,
  policyEt,
  policyFi,
  policyFr,
  policyGa,
  policyHe,
  policyHr,
  policyHu,
  policyIs,
  policyIt,
  policyJa,
  policyKo,
  policyLt,
  policyLv,
  policyMt,
  policyNb,
  policyNl,
  policyPl,
  policyPt,
  policyPtBr,
  policyRo,
  policySk,
  policySl,
  policySv,
  policyTr,
  policyUk,
  policyZh,
];

/** The policy texts for a tag: the same tag, else its language ("de-AT" reads "de"), matched case-insensitively. */
export function policyPack(tag: string): PolicyPack | undefined {
  const t = tag.toLowerCase();
  return (
    POLICY_PACKS.find((p) => p.tag.toLowerCase() === t) ??
    POLICY_PACKS.find((p) => p.tag.toLowerCase() === t.split('-')[0])
  );
}

/** The locales a declaration offers its banner and policy page in: the default locale first, then each declared one. */
export function offeredLocales(d: { site: { defaultLocale: string }; locales?: Readonly<Record<string, unknown>> }) {
  return [...new Set([d.site.defaultLocale, ...Object.keys(d.locales ?? {})])];
}
