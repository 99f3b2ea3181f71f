import type { LocalePack } from '../locale-pack.ts';

const pack: LocalePack = {
  tag: 'ga',
  name: 'Gaeilge',
  dir: 'ltr',
  strings: {
    title: 'Do roghanna príobháideachta',
    intro:
      'Úsáidimid fianáin riachtanacha chun an suíomh seo a rith. Le do thoiliú, úsáidimid fianáin roghnacha agus teicneolaíochtaí cosúil leo freisin. Is féidir leat do rogha a athrú am ar bith.',
    accept: 'Glac le gach ceann',
    reject: 'Diúltaigh do gach ceann',
    save: 'Sábháil roghanna',
    close: 'Dún',
    policy: 'Beartas fianán',
    prefsTitle: 'Sainroghanna fianán',
    always: 'ar siúl i gcónaí',
    techs: 'Teicneolaíochtaí',
    gpc: 'Sheol do bhrabhsálaí comhartha diúltaithe (GPC nó DNT).',
    honored: 'Iarratas diúltaithe comhlíonta: fanann díol agus comhroinnt múchta.',
    recorded: 'Taifeadtar é le do rogha.',
    blockedTitle: 'Tá fianáin blocáilte',
    blocked:
      'Blocálann do bhrabhsálaí fianáin. Is féidir leat leanúint ar aghaidh ag léamh, ach ní oibreoidh síniú isteach, íocaíocht ná gnéithe eile a dteastaíonn fianáin riachtanacha uathu.',
    ok: 'OK',
    optOut: 'Ná díol agus ná comhroinn m’fhaisnéis phearsanta',
    optOutHonored: 'Iarratas diúltaithe comhlíonta',
    notice:
      'Úsáideann an suíomh seo fianáin agus teicneolaíochtaí cosúil leo. Míníonn an {policy} cé acu agus conas iad a mhúchadh.',
    changed: 'Nuashonraíomar ár mbeartas fianán ar {date}: {summary}',
    receipt: 'Aitheantas na hadmhála',
    copy: 'Cóipeáil',
  },
};
export default pack;
