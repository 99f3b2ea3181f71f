import type { LocalePack } from '../locale-pack.ts';

const pack: LocalePack = {
  tag: 'ro',
  name: 'Română',
  dir: 'ltr',
  strings: {
    title: 'Opțiunile tale de confidențialitate',
    intro:
      'Folosim cookie-uri esențiale pentru funcționarea acestui site. Cu acordul tău folosim și cookie-uri opționale și tehnologii similare. Îți poți schimba alegerea oricând.',
    accept: 'Acceptă tot',
    reject: 'Respinge tot',
    save: 'Salvează alegerile',
    close: 'Închide',
    policy: 'Politica privind cookie-urile',
    prefsTitle: 'Preferințe cookie-uri',
    always: 'mereu active',
    techs: 'Tehnologii',
    gpc: 'Browserul tău a trimis un semnal de refuz (GPC sau DNT).',
    honored: 'Cerere de refuz respectată: vânzarea și partajarea rămân oprite.',
    recorded: 'Este înregistrat împreună cu alegerea ta.',
    blockedTitle: 'Cookie-urile sunt blocate',
    blocked:
      'Browserul tău blochează cookie-urile. Poți continua să citești, dar autentificarea, plata și alte funcții care au nevoie de cookie-uri esențiale nu vor funcționa.',
    ok: 'OK',
    optOut: 'Nu vindeți și nu partajați informațiile mele personale',
    optOutHonored: 'Cerere de refuz respectată',
    notice: 'Acest site folosește cookie-uri și tehnologii similare. {policy} explică ce sunt și cum le dezactivezi.',
    changed: 'Am actualizat politica privind cookie-urile pe {date}: {summary}',
    receipt: 'ID-ul confirmării',
    copy: 'Copiază',
  },
};
export default pack;
