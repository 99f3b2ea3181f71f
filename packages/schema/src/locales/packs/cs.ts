import type { LocalePack } from '../locale-pack.ts';

const pack: LocalePack = {
  tag: 'cs',
  name: 'Čeština',
  dir: 'ltr',
  strings: {
    title: 'Vaše volby soukromí',
    intro:
      'K provozu tohoto webu používáme nezbytné soubory cookie. S vaším souhlasem používáme také volitelné soubory cookie a podobné technologie. Svou volbu můžete kdykoli změnit.',
    accept: 'Přijmout vše',
    reject: 'Odmítnout vše',
    save: 'Uložit volby',
    close: 'Zavřít',
    policy: 'Zásady používání souborů cookie',
    prefsTitle: 'Předvolby souborů cookie',
    always: 'vždy zapnuto',
    techs: 'Technologie',
    gpc: 'Váš prohlížeč odeslal signál odmítnutí (GPC nebo DNT).',
    honored: 'Žádost o odmítnutí vyhověna: prodej a sdílení zůstávají vypnuté.',
    recorded: 'Zaznamená se spolu s vaší volbou.',
    blockedTitle: 'Soubory cookie jsou blokovány',
    blocked:
      'Váš prohlížeč blokuje soubory cookie. Můžete dál číst, ale přihlášení, platba a další funkce, které potřebují nezbytné soubory cookie, nebudou fungovat.',
    ok: 'OK',
    optOut: 'Neprodávejte ani nesdílejte mé osobní údaje',
    optOutHonored: 'Žádost o odmítnutí vyhověna',
    notice: 'Tento web používá soubory cookie a podobné technologie. {policy} vysvětlují, které a jak je vypnout.',
    changed: 'Dne {date} jsme aktualizovali zásady používání souborů cookie: {summary}',
    receipt: 'ID potvrzení',
    copy: 'Kopírovat',
  },
};
export default pack;
