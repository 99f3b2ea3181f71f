import type { LocalePack } from '../locale-pack.ts';

const pack: LocalePack = {
  tag: 'lv',
  name: 'Latviešu',
  dir: 'ltr',
  strings: {
    title: 'Jūsu privātuma izvēles',
    intro:
      'Šīs vietnes darbībai mēs izmantojam nepieciešamās sīkdatnes. Ar jūsu piekrišanu mēs izmantojam arī izvēles sīkdatnes un līdzīgas tehnoloģijas. Savu izvēli varat mainīt jebkurā laikā.',
    accept: 'Pieņemt visas',
    reject: 'Noraidīt visas',
    save: 'Saglabāt izvēli',
    close: 'Aizvērt',
    policy: 'Sīkdatņu politika',
    prefsTitle: 'Sīkdatņu iestatījumi',
    always: 'vienmēr ieslēgtas',
    techs: 'Tehnoloģijas',
    gpc: 'Jūsu pārlūks nosūtīja atteikuma signālu (GPC vai DNT).',
    honored: 'Atteikuma pieprasījums izpildīts: pārdošana un kopīgošana paliek izslēgta.',
    recorded: 'Tas tiek saglabāts kopā ar jūsu izvēli.',
    blockedTitle: 'Sīkdatnes ir bloķētas',
    blocked:
      'Jūsu pārlūks bloķē sīkdatnes. Varat turpināt lasīt, bet pieteikšanās, apmaksa un citas funkcijas, kurām vajadzīgas nepieciešamās sīkdatnes, nedarbosies.',
    ok: 'Labi',
    optOut: 'Nepārdot un nekopīgot manu personisko informāciju',
    optOutHonored: 'Atteikuma pieprasījums izpildīts',
    notice: 'Šī vietne izmanto sīkdatnes un līdzīgas tehnoloģijas. {policy} skaidro, kuras un kā tās izslēgt.',
    changed: '{date} mēs atjauninājām sīkdatņu politiku: {summary}',
    receipt: 'Kvīts ID',
    copy: 'Kopēt',
  },
};
export default pack;
