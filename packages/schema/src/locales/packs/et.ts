import type { LocalePack } from '../locale-pack.ts';

const pack: LocalePack = {
  tag: 'et',
  name: 'Eesti',
  dir: 'ltr',
  strings: {
    title: 'Teie privaatsusvalikud',
    intro:
      'Kasutame selle saidi toimimiseks hädavajalikke küpsiseid. Teie nõusolekul kasutame ka valikulisi küpsiseid ja sarnaseid tehnoloogiaid. Saate oma valikut igal ajal muuta.',
    accept: 'Nõustu kõigiga',
    reject: 'Keeldu kõigist',
    save: 'Salvesta valikud',
    close: 'Sulge',
    policy: 'Küpsiste põhimõtted',
    prefsTitle: 'Küpsiste eelistused',
    always: 'alati sees',
    techs: 'Tehnoloogiad',
    gpc: 'Teie brauser saatis loobumissignaali (GPC või DNT).',
    honored: 'Loobumistaotlus täidetud: müük ja jagamine jäävad välja.',
    recorded: 'See salvestatakse koos teie valikuga.',
    blockedTitle: 'Küpsised on blokeeritud',
    blocked:
      'Teie brauser blokeerib küpsised. Võite edasi lugeda, kuid sisselogimine, maksmine ja muud hädavajalikke küpsiseid vajavad funktsioonid ei tööta.',
    ok: 'OK',
    optOut: 'Ärge müüge ega jagage minu isikuandmeid',
    optOutHonored: 'Loobumistaotlus täidetud',
    notice:
      'See sait kasutab küpsiseid ja sarnaseid tehnoloogiaid. {policy} selgitab, milliseid ja kuidas need välja lülitada.',
    changed: 'Uuendasime {date} küpsiste põhimõtteid: {summary}',
    receipt: 'Kviitungi ID',
    copy: 'Kopeeri',
  },
};
export default pack;
