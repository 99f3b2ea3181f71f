import type { LocalePack } from '../locale-pack.ts';

const pack: LocalePack = {
  tag: 'sk',
  name: 'Slovenčina',
  dir: 'ltr',
  strings: {
    title: 'Vaše voľby súkromia',
    intro:
      'Na prevádzku tejto stránky používame nevyhnutné súbory cookie. S vaším súhlasom používame aj voliteľné súbory cookie a podobné technológie. Svoju voľbu môžete kedykoľvek zmeniť.',
    accept: 'Prijať všetko',
    reject: 'Odmietnuť všetko',
    save: 'Uložiť voľby',
    close: 'Zavrieť',
    policy: 'Zásady používania súborov cookie',
    prefsTitle: 'Predvoľby súborov cookie',
    always: 'vždy zapnuté',
    techs: 'Technológie',
    gpc: 'Váš prehliadač odoslal signál odmietnutia (GPC alebo DNT).',
    honored: 'Žiadosti o odmietnutie vyhovené: predaj a zdieľanie zostávajú vypnuté.',
    recorded: 'Zaznamená sa spolu s vašou voľbou.',
    blockedTitle: 'Súbory cookie sú blokované',
    blocked:
      'Váš prehliadač blokuje súbory cookie. Môžete ďalej čítať, ale prihlásenie, platba a ďalšie funkcie, ktoré potrebujú nevyhnutné súbory cookie, nebudú fungovať.',
    ok: 'OK',
    optOut: 'Nepredávajte ani nezdieľajte moje osobné údaje',
    optOutHonored: 'Žiadosti o odmietnutie vyhovené',
    notice: 'Táto stránka používa súbory cookie a podobné technológie. {policy} vysvetľujú, ktoré a ako ich vypnúť.',
    changed: '{date} sme aktualizovali zásady používania súborov cookie: {summary}',
    receipt: 'ID potvrdenia',
    copy: 'Kopírovať',
  },
};
export default pack;
