import type { LocalePack } from '../locale-pack.ts';

const pack: LocalePack = {
  tag: 'nl',
  name: 'Nederlands',
  dir: 'ltr',
  strings: {
    title: 'Uw privacykeuzes',
    intro:
      'Wij gebruiken essentiële cookies om deze site te laten werken. Met uw toestemming gebruiken wij ook optionele cookies en vergelijkbare technieken. U kunt uw keuze altijd wijzigen.',
    accept: 'Alles accepteren',
    reject: 'Alles weigeren',
    save: 'Keuzes opslaan',
    close: 'Sluiten',
    policy: 'Cookiebeleid',
    prefsTitle: 'Cookievoorkeuren',
    always: 'altijd aan',
    techs: 'Technieken',
    gpc: 'Uw browser heeft een opt-outsignaal verzonden (GPC of DNT).',
    honored: 'Opt-outverzoek gehonoreerd: verkopen en delen blijven uit.',
    recorded: 'Het wordt met uw keuze vastgelegd.',
    blockedTitle: 'Cookies zijn geblokkeerd',
    blocked:
      'Uw browser blokkeert cookies. U kunt verder lezen, maar inloggen, afrekenen en andere functies die essentiële cookies nodig hebben, werken niet.',
    ok: 'OK',
    optOut: 'Mijn persoonsgegevens niet verkopen of delen',
    optOutHonored: 'Opt-outverzoek gehonoreerd',
    notice: 'Deze site gebruikt cookies en vergelijkbare technieken. Het {policy} legt uit welke en hoe u ze uitzet.',
    changed: 'We hebben ons cookiebeleid op {date} bijgewerkt: {summary}',
    receipt: 'Ontvangstbewijs-ID',
    copy: 'Kopiëren',
  },
};
export default pack;
