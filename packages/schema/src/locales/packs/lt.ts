import type { LocalePack } from '../locale-pack.ts';

const pack: LocalePack = {
  tag: 'lt',
  name: 'Lietuvių',
  dir: 'ltr',
  strings: {
    title: 'Jūsų privatumo pasirinkimai',
    intro:
      'Šios svetainės veikimui naudojame būtinuosius slapukus. Jums sutikus, naudojame ir pasirenkamuosius slapukus bei panašias technologijas. Savo pasirinkimą galite bet kada pakeisti.',
    accept: 'Priimti visus',
    reject: 'Atmesti visus',
    save: 'Išsaugoti pasirinkimus',
    close: 'Uždaryti',
    policy: 'Slapukų politika',
    prefsTitle: 'Slapukų nuostatos',
    always: 'visada įjungti',
    techs: 'Technologijos',
    gpc: 'Jūsų naršyklė išsiuntė atsisakymo signalą (GPC arba DNT).',
    honored: 'Atsisakymo prašymas įvykdytas: pardavimas ir dalijimasis lieka išjungti.',
    recorded: 'Jis įrašomas kartu su jūsų pasirinkimu.',
    blockedTitle: 'Slapukai užblokuoti',
    blocked:
      'Jūsų naršyklė blokuoja slapukus. Galite toliau skaityti, bet prisijungimas, apmokėjimas ir kitos funkcijos, kurioms reikia būtinųjų slapukų, neveiks.',
    ok: 'Gerai',
    optOut: 'Neparduoti ir nesidalyti mano asmenine informacija',
    optOutHonored: 'Atsisakymo prašymas įvykdytas',
    notice: 'Ši svetainė naudoja slapukus ir panašias technologijas. {policy} paaiškina, kokius ir kaip juos išjungti.',
    changed: '{date} atnaujinome slapukų politiką: {summary}',
    receipt: 'Kvito ID',
    copy: 'Kopijuoti',
  },
};
export default pack;
