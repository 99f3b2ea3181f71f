import type { LocalePack } from '../locale-pack.ts';

const pack: LocalePack = {
  tag: 'fi',
  name: 'Suomi',
  dir: 'ltr',
  strings: {
    title: 'Yksityisyysvalintasi',
    intro:
      'Käytämme välttämättömiä evästeitä sivuston toimintaan. Suostumuksellasi käytämme myös valinnaisia evästeitä ja vastaavia tekniikoita. Voit muuttaa valintaasi milloin tahansa.',
    accept: 'Hyväksy kaikki',
    reject: 'Hylkää kaikki',
    save: 'Tallenna valinnat',
    close: 'Sulje',
    policy: 'Evästekäytäntö',
    prefsTitle: 'Evästeasetukset',
    always: 'aina käytössä',
    techs: 'Tekniikat',
    gpc: 'Selaimesi lähetti kieltäytymissignaalin (GPC tai DNT).',
    honored: 'Kieltäytymispyyntö huomioitu: myynti ja jakaminen pysyvät pois päältä.',
    recorded: 'Se tallennetaan valintasi kanssa.',
    blockedTitle: 'Evästeet on estetty',
    blocked:
      'Selaimesi estää evästeet. Voit jatkaa lukemista, mutta kirjautuminen, maksaminen ja muut välttämättömiä evästeitä tarvitsevat toiminnot eivät toimi.',
    ok: 'OK',
    optOut: 'Älä myy tai jaa henkilötietojani',
    optOutHonored: 'Kieltäytymispyyntö huomioitu',
    notice:
      'Tämä sivusto käyttää evästeitä ja vastaavia tekniikoita. {policy} kertoo, mitä ne ovat ja miten ne poistetaan käytöstä.',
    changed: 'Päivitimme evästekäytäntöämme {date}: {summary}',
    receipt: 'Kuitin tunnus',
    copy: 'Kopioi',
  },
};
export default pack;
