import type { LocalePack } from '../locale-pack.ts';

const pack: LocalePack = {
  tag: 'nb',
  name: 'Norsk bokmål',
  dir: 'ltr',
  strings: {
    title: 'Dine personvernvalg',
    intro:
      'Vi bruker nødvendige informasjonskapsler for å drive dette nettstedet. Med ditt samtykke bruker vi også valgfrie informasjonskapsler og lignende teknologier. Du kan endre valget ditt når som helst.',
    accept: 'Godta alle',
    reject: 'Avvis alle',
    save: 'Lagre valg',
    close: 'Lukk',
    policy: 'Retningslinjer for informasjonskapsler',
    prefsTitle: 'Innstillinger for informasjonskapsler',
    always: 'alltid på',
    techs: 'Teknologier',
    gpc: 'Nettleseren din sendte et reservasjonssignal (GPC eller DNT).',
    honored: 'Reservasjon etterkommet: salg og deling forblir slått av.',
    recorded: 'Det registreres sammen med valget ditt.',
    blockedTitle: 'Informasjonskapsler er blokkert',
    blocked:
      'Nettleseren din blokkerer informasjonskapsler. Du kan lese videre, men innlogging, betaling og andre funksjoner som trenger nødvendige informasjonskapsler, vil ikke virke.',
    ok: 'OK',
    optOut: 'Ikke selg eller del personopplysningene mine',
    optOutHonored: 'Reservasjon etterkommet',
    notice:
      'Dette nettstedet bruker informasjonskapsler og lignende teknologier. {policy} forklarer hvilke og hvordan du slår dem av.',
    changed: 'Vi oppdaterte retningslinjene våre for informasjonskapsler {date}: {summary}',
    receipt: 'Kvitterings-ID',
    copy: 'Kopier',
  },
};
export default pack;
