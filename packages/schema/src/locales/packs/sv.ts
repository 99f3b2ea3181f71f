import type { LocalePack } from '../locale-pack.ts';

const pack: LocalePack = {
  tag: 'sv',
  name: 'Svenska',
  dir: 'ltr',
  strings: {
    title: 'Dina integritetsval',
    intro:
      'Vi använder nödvändiga kakor för att driva webbplatsen. Med ditt samtycke använder vi även valfria kakor och liknande tekniker. Du kan ändra ditt val när som helst.',
    accept: 'Godkänn alla',
    reject: 'Avvisa alla',
    save: 'Spara val',
    close: 'Stäng',
    policy: 'Kakpolicy',
    prefsTitle: 'Inställningar för kakor',
    always: 'alltid på',
    techs: 'Tekniker',
    gpc: 'Din webbläsare skickade en avregistreringssignal (GPC eller DNT).',
    honored: 'Begäran om avregistrering tillgodosedd: försäljning och delning förblir avstängda.',
    recorded: 'Den registreras tillsammans med ditt val.',
    blockedTitle: 'Kakor är blockerade',
    blocked:
      'Din webbläsare blockerar kakor. Du kan fortsätta läsa, men inloggning, betalning och andra funktioner som behöver nödvändiga kakor fungerar inte.',
    ok: 'OK',
    optOut: 'Sälj eller dela inte mina personuppgifter',
    optOutHonored: 'Begäran om avregistrering tillgodosedd',
    notice: 'Webbplatsen använder kakor och liknande tekniker. I {policy} står vilka och hur du stänger av dem.',
    changed: 'Vi uppdaterade vår kakpolicy den {date}: {summary}',
    receipt: 'Kvitto-ID',
    copy: 'Kopiera',
  },
};
export default pack;
