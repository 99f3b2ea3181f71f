import type { LocalePack } from '../locale-pack.ts';

const pack: LocalePack = {
  tag: 'is',
  name: 'Íslenska',
  dir: 'ltr',
  strings: {
    title: 'Persónuverndarval þitt',
    intro:
      'Við notum nauðsynlegar vafrakökur til að reka þennan vef. Með samþykki þínu notum við einnig valfrjálsar vafrakökur og sambærilega tækni. Þú getur breytt vali þínu hvenær sem er.',
    accept: 'Samþykkja allt',
    reject: 'Hafna öllu',
    save: 'Vista val',
    close: 'Loka',
    policy: 'Vafrakökustefna',
    prefsTitle: 'Stillingar vafrakaka',
    always: 'alltaf virkt',
    techs: 'Tækni',
    gpc: 'Vafrinn þinn sendi afþökkunarmerki (GPC eða DNT).',
    honored: 'Afþökkun virt: sala og miðlun eru áfram óvirk.',
    recorded: 'Það er skráð með vali þínu.',
    blockedTitle: 'Vafrakökur eru lokaðar',
    blocked:
      'Vafrinn þinn lokar á vafrakökur. Þú getur haldið áfram að lesa, en innskráning, greiðsla og aðrir eiginleikar sem þurfa nauðsynlegar vafrakökur virka ekki.',
    ok: 'Í lagi',
    optOut: 'Ekki selja eða deila persónuupplýsingum mínum',
    optOutHonored: 'Afþökkun virt',
    notice:
      'Þessi vefur notar vafrakökur og sambærilega tækni. {policy} útskýrir hverjar og hvernig á að slökkva á þeim.',
    changed: 'Við uppfærðum vafrakökustefnu okkar {date}: {summary}',
    receipt: 'Kvittunarnúmer',
    copy: 'Afrita',
  },
};
export default pack;
