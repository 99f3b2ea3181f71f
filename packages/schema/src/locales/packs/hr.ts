import type { LocalePack } from '../locale-pack.ts';

const pack: LocalePack = {
  tag: 'hr',
  name: 'Hrvatski',
  dir: 'ltr',
  strings: {
    title: 'Vaši izbori privatnosti',
    intro:
      'Za rad ove stranice koristimo nužne kolačiće. Uz vašu privolu koristimo i neobavezne kolačiće i slične tehnologije. Svoj izbor možete promijeniti u bilo kojem trenutku.',
    accept: 'Prihvati sve',
    reject: 'Odbij sve',
    save: 'Spremi izbore',
    close: 'Zatvori',
    policy: 'Pravila o kolačićima',
    prefsTitle: 'Postavke kolačića',
    always: 'uvijek uključeno',
    techs: 'Tehnologije',
    gpc: 'Vaš preglednik poslao je signal odbijanja (GPC ili DNT).',
    honored: 'Zahtjev za odbijanje poštovan: prodaja i dijeljenje ostaju isključeni.',
    recorded: 'Bilježi se zajedno s vašim izborom.',
    blockedTitle: 'Kolačići su blokirani',
    blocked:
      'Vaš preglednik blokira kolačiće. Možete nastaviti čitati, ali prijava, plaćanje i druge funkcije kojima su potrebni nužni kolačići neće raditi.',
    ok: 'U redu',
    optOut: 'Nemojte prodavati ni dijeliti moje osobne podatke',
    optOutHonored: 'Zahtjev za odbijanje poštovan',
    notice: 'Ova stranica koristi kolačiće i slične tehnologije. {policy} objašnjavaju koje i kako ih isključiti.',
    changed: 'Ažurirali smo pravila o kolačićima {date}: {summary}',
    receipt: 'ID potvrde',
    copy: 'Kopiraj',
  },
};
export default pack;
