import type { LocalePack } from '../locale-pack.ts';

const pack: LocalePack = {
  tag: 'hu',
  name: 'Magyar',
  dir: 'ltr',
  strings: {
    title: 'Adatvédelmi beállításai',
    intro:
      'A webhely működéséhez elengedhetetlen sütiket használunk. Az Ön hozzájárulásával választható sütiket és hasonló technológiákat is használunk. Döntését bármikor megváltoztathatja.',
    accept: 'Összes elfogadása',
    reject: 'Összes elutasítása',
    save: 'Választás mentése',
    close: 'Bezárás',
    policy: 'Sütikezelési szabályzat',
    prefsTitle: 'Sütibeállítások',
    always: 'mindig bekapcsolva',
    techs: 'Technológiák',
    gpc: 'Böngészője leiratkozási jelzést küldött (GPC vagy DNT).',
    honored: 'Leiratkozási kérés teljesítve: az értékesítés és a megosztás kikapcsolva marad.',
    recorded: 'A döntésével együtt rögzítjük.',
    blockedTitle: 'A sütik le vannak tiltva',
    blocked:
      'Böngészője letiltja a sütiket. Tovább olvashat, de a bejelentkezés, a fizetés és más, elengedhetetlen sütiket igénylő funkciók nem fognak működni.',
    ok: 'OK',
    optOut: 'Ne adják el és ne osszák meg a személyes adataimat',
    optOutHonored: 'Leiratkozási kérés teljesítve',
    notice:
      'Ez a webhely sütiket és hasonló technológiákat használ. A {policy} elmagyarázza, melyeket és hogyan kapcsolhatja ki őket.',
    changed: 'Frissítettük a sütikezelési szabályzatunkat ({date}): {summary}',
    receipt: 'Nyugta azonosítója',
    copy: 'Másolás',
  },
};
export default pack;
