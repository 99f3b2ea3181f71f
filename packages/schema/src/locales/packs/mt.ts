import type { LocalePack } from '../locale-pack.ts';

const pack: LocalePack = {
  tag: 'mt',
  name: 'Malti',
  dir: 'ltr',
  strings: {
    title: 'L-għażliet tal-privatezza tiegħek',
    intro:
      'Nużaw cookies essenzjali biex nħaddmu dan is-sit. Bil-kunsens tiegħek nużaw ukoll cookies mhux obbligatorji u teknoloġiji simili. Tista’ tbiddel l-għażla tiegħek fi kwalunkwe ħin.',
    accept: 'Aċċetta kollox',
    reject: 'Irrifjuta kollox',
    save: 'Issejvja l-għażliet',
    close: 'Agħlaq',
    policy: 'Politika dwar il-cookies',
    prefsTitle: 'Preferenzi tal-cookies',
    always: 'dejjem attivi',
    techs: 'Teknoloġiji',
    gpc: 'Il-browser tiegħek bagħat sinjal ta’ rifjut (GPC jew DNT).',
    honored: 'Talba ta’ rifjut onorata: il-bejgħ u l-qsim jibqgħu mitfija.',
    recorded: 'Tiġi rreġistrata mal-għażla tiegħek.',
    blockedTitle: 'Il-cookies huma mblukkati',
    blocked:
      'Il-browser tiegħek jimblokka l-cookies. Tista’ tkompli taqra, iżda d-dħul, il-ħlas u funzjonijiet oħra li jeħtieġu cookies essenzjali mhux se jaħdmu.',
    ok: 'OK',
    optOut: 'Tbigħx u taqsamx l-informazzjoni personali tiegħi',
    optOutHonored: 'Talba ta’ rifjut onorata',
    notice: 'Dan is-sit juża cookies u teknoloġiji simili. Il-{policy} tispjega liema u kif titfihom.',
    changed: 'Aġġornajna l-politika tagħna dwar il-cookies ({date}): {summary}',
    receipt: 'ID tal-irċevuta',
    copy: 'Ikkopja',
  },
};
export default pack;
