import type { LocalePack } from '../locale-pack.ts';

const pack: LocalePack = {
  tag: 'sl',
  name: 'Slovenščina',
  dir: 'ltr',
  strings: {
    title: 'Vaše izbire zasebnosti',
    intro:
      'Za delovanje tega spletnega mesta uporabljamo nujne piškotke. Z vašo privolitvijo uporabljamo tudi izbirne piškotke in podobne tehnologije. Svojo izbiro lahko kadar koli spremenite.',
    accept: 'Sprejmi vse',
    reject: 'Zavrni vse',
    save: 'Shrani izbire',
    close: 'Zapri',
    policy: 'Pravilnik o piškotkih',
    prefsTitle: 'Nastavitve piškotkov',
    always: 'vedno vklopljeno',
    techs: 'Tehnologije',
    gpc: 'Vaš brskalnik je poslal signal zavrnitve (GPC ali DNT).',
    honored: 'Zahteva za zavrnitev upoštevana: prodaja in deljenje ostajata izklopljena.',
    recorded: 'Zabeleži se skupaj z vašo izbiro.',
    blockedTitle: 'Piškotki so blokirani',
    blocked:
      'Vaš brskalnik blokira piškotke. Lahko berete naprej, vendar prijava, plačilo in druge funkcije, ki potrebujejo nujne piškotke, ne bodo delovale.',
    ok: 'V redu',
    optOut: 'Ne prodajajte in ne delite mojih osebnih podatkov',
    optOutHonored: 'Zahteva za zavrnitev upoštevana',
    notice:
      'To spletno mesto uporablja piškotke in podobne tehnologije. {policy} pojasnjuje, katere in kako jih izklopite.',
    changed: '{date} smo posodobili pravilnik o piškotkih: {summary}',
    receipt: 'ID potrdila',
    copy: 'Kopiraj',
  },
};
export default pack;
