import type { LocalePack } from '../locale-pack.ts';

const pack: LocalePack = {
  tag: 'da',
  name: 'Dansk',
  dir: 'ltr',
  strings: {
    title: 'Dine valg om privatliv',
    intro:
      'Vi bruger nødvendige cookies til at drive dette websted. Med dit samtykke bruger vi også valgfrie cookies og lignende teknologier. Du kan til enhver tid ændre dit valg.',
    accept: 'Accepter alle',
    reject: 'Afvis alle',
    save: 'Gem valg',
    close: 'Luk',
    policy: 'Cookiepolitik',
    prefsTitle: 'Cookieindstillinger',
    always: 'altid aktiv',
    techs: 'Teknologier',
    gpc: 'Din browser har sendt et fravalgssignal (GPC eller DNT).',
    honored: 'Anmodning om fravalg imødekommet: salg og deling forbliver slået fra.',
    recorded: 'Det registreres sammen med dit valg.',
    blockedTitle: 'Cookies er blokeret',
    blocked:
      'Din browser blokerer cookies. Du kan læse videre, men login, betaling og andre funktioner, der kræver nødvendige cookies, virker ikke.',
    ok: 'OK',
    optOut: 'Sælg eller del ikke mine personoplysninger',
    optOutHonored: 'Anmodning om fravalg imødekommet',
    notice:
      'Dette websted bruger cookies og lignende teknologier. {policy} forklarer hvilke, og hvordan du slår dem fra.',
    changed: 'Vi opdaterede vores cookiepolitik den {date}: {summary}',
    receipt: 'Kvitterings-ID',
    copy: 'Kopiér',
  },
};
export default pack;
