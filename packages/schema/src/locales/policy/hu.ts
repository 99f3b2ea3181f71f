import type { PolicyPack } from '../policy-pack.ts';

// Hungarian, addressing the visitor as "Ön", as the banner does. Hungarian marks case with suffixes, so what the
// page fills in stands after a colon, before a postposition or after "a(z)", and never takes a suffix itself.

const pack: PolicyPack = {
  tag: 'hu',
  messages: {
    title: 'Sütikezelési szabályzat',
    skip: 'Ugrás a szabályzatra',
    contents: 'Ezen az oldalon',
    metaLine: 'Verzió: {version} · hatályos: {date}',
    listComma: ', ',
    listAnd: ' és ',
    none: 'Nincs',
    notApplicable: 'Nem alkalmazható',
    notDeclared: 'Nincs megadva',
    yes: 'Igen',
    no: 'Nem',
    durationSession: 'A böngésző bezárásáig',
    durationPersistent: 'Amíg Ön nem törli',
    term: '{term}: {text}',
    languages: 'Nyelvek',

    aboutTitle: 'A szabályzatról',
    aboutIntro:
      'Ez a szabályzat ismerteti, hogyan használja a(z) {site} az alábbi technológiákat: {kinds}. A szabályzat a webhely következő részeire vonatkozik: {surfaces}.',
    aboutSimilar: 'hasonló technológiák',
    analyticsTags: 'analitikai címkék',
    aboutSurface: '„{title}” ({origin})',
    aboutDetail:
      'Minden technológiánál feltüntetjük, ki biztosítja, mire használjuk, meddig tároljuk és hol fordul elő. A nem elengedhetetlen technológiák kikapcsolva maradnak, amíg Ön nem engedélyezi őket.',

    technologiesTitle: 'Az általunk használt technológiák',
    technologiesIntro: 'A következő fajta technológiákat használjuk:',
    technologiesTable: 'A technológiák száma fajtánként a webhely egyes részein',
    kindColumn: 'Fajta',

    purposesTitle: 'Miért használjuk őket',
    purposesIntro: 'Minden technológia az alábbi célok közül egyet vagy többet szolgál:',
    purposeEssential:
      'Elengedhetetlen cél: az Ön által kért szolgáltatáshoz szükséges, ezért nem igényel hozzájárulást.',
    purposeOptional: 'Csak az Ön hozzájárulásával.',

    categoriesTitle: 'Kategóriák',
    categoriesIntro:
      'A technológiákat kategóriákba soroljuk. Az egyes kategóriák alatti táblázat a kategória összes technológiáját felsorolja.',
    categoryRequired:
      'Mindig bekapcsolva. Ezek a technológiák a szolgáltatás nyújtásához szükségesek, ezért nem kérnek hozzájárulást, és a sütibeállításokban nem kapcsolhatók ki.',
    categoryOptional:
      'Kikapcsolva, amíg Ön a sütibeállításokban nem engedélyezi ezt a kategóriát. Hozzájárulását bármikor visszavonhatja, és ez ugyanolyan egyszerű, mint megadni.',
    categorySaleOrShare:
      'Az ebbe a kategóriába tartozó technológiák személyes adatokat értékesítenek vagy osztanak meg.',
    categoryEmpty: 'Ebben a kategóriában jelenleg nincs technológia.',
    categoryTable: '{category}: {count}',
    colTechnology: 'Technológia',
    colDescription: 'Mire szolgál',
    colProvider: 'Szolgáltató',
    colPurposes: 'Célok',
    colDuration: 'Időtartam',
    colSurfaces: 'Hol',
    colAttributes: 'Sütiattribútumok',
    namedPattern: 'nevek a következő mintával: {pattern}',
    urlPattern: 'kérések ide: {url}',
    onHost: 'tartomány: {host}',
    scriptReadable: 'az oldal szkriptjei olvashatják',

    thirdTitle: 'Harmadik fél szolgáltatók',
    thirdIntro:
      'Ezek a szolgáltatók biztosítják a fent felsorolt technológiák egy részét. Saját sütiket és tárolót állíthatnak be vagy olvashatnak, saját adatvédelmi tájékoztatójuk szerint.',
    thirdNone: 'Nem veszünk igénybe harmadik fél szolgáltatókat.',
    thirdTable: 'Harmadik fél szolgáltatók és hivatkozásaik',
    colKind: 'Típus',
    colTechnologies: 'Technológiák',
    colPrivacy: 'Adatvédelmi tájékoztató',
    colOptOut: 'Leiratkozás',
    privacyLink: 'Adatvédelmi tájékoztató: {name}',
    optOutLink: 'Leiratkozás: {name}',
    noOptOut: 'Nem kínál ilyet',

    controlTitle: 'Hogyan szabályozhatja a sütiket',
    controlSiteTitle: 'Webhelyünkön',
    controlSite:
      'Webhelyünk sütibeállításaiban minden választható kategóriát engedélyezhet vagy elutasíthat, és visszavonhatja a megadott hozzájárulást. Döntése megőrzési ideje: {period}; ezt követően, vagy ha a szabályzat új verziója ismét az Ön hozzájárulását igényli, újra megkérdezzük.',
    surfacesShared:
      'Döntése a webhely minden részére érvényes ({surfaces}): egyszer kérdezzük meg, és az egyik részen végzett módosítás mindegyikre vonatkozik.',
    surfacesSeparate:
      'A webhely részei ({surfaces}) különböző domaineken vannak: mindegyik külön kéri az Ön döntését, és az egyiken végzett módosítás nem vonatkozik a többire.',
    controlBrowserTitle: 'A böngészőjében',
    controlBrowser:
      'Minden böngészőben letilthatja vagy törölheti a sütiket és más webhelyadatokat. Hogy ezek a beállítások hol találhatók, az a böngészőtől és az eszköztől függ.',
    controlBrowserEssential: 'Ha letiltja az elengedhetetlen technológiákat, leáll mindaz, amihez szükségesek:',
    controlFeatures: 'Ez a következőket érinti: {features}.',
    featureAuthentication: 'bejelentkezés a(z) {name} szolgáltatással',
    featurePayment: 'fizetés a(z) {name} szolgáltatáson keresztül',
    featureIntegration: 'a(z) {name} szolgáltatás csatlakoztatása',
    featureHosting: 'a webhely elérése a(z) {name} szolgáltatáson keresztül',
    featureOther: 'a(z) {name} szolgáltatás használata',
    controlProvidersTitle: 'Szolgáltatói eszközök',
    controlProviders: 'Egyes szolgáltatók saját leiratkozási lehetőséget kínálnak:',
    controlProvidersNone:
      'Egyik szolgáltatónk sem kínál saját leiratkozási eszközt; használja helyette a sütibeállításokat vagy a böngészőjét.',
    controlIntegrationsTitle: 'Csatlakoztatott integrációk',
    controlIntegrations:
      'Ha leválasztja munkaterületéről a következőket, attól kezdve nem kérünk le onnan adatokat: {names}. A leválasztás előtt importált rekordok a(z) {site} szolgáltatásban maradhatnak; a leválasztás nem törli őket.',

    signalsTitle: 'Do Not Track és Global Privacy Control',
    signalsIntro:
      'A Do Not Track (DNT) és a Global Privacy Control (GPC) olyan jelzések, amelyekkel böngészője jelezheti, hogy Ön nem kívánja, hogy nyomon kövessék, illetve hogy személyes adatait értékesítsék vagy megosszák.',
    signalsNoSaleShare:
      'Nem értékesítünk személyes adatokat, és nem osztjuk meg őket kontextusokon átívelő viselkedésalapú reklámozás céljából.',
    signalsSells: 'Személyes adatokat értékesítünk.',
    signalsShares: 'Személyes adatokat osztunk meg kontextusokon átívelő viselkedésalapú reklámozás céljából.',
    signalsCategories: 'Ez a következő kategóriákon keresztül történik: {categories}.',
    signalRecordNothing:
      'Ha böngészője {signal} jelzést küld, ezt a hozzájárulással kapcsolatos döntésével együtt rögzítjük. Mivel személyes adatokat sem nem értékesítünk, sem nem osztunk meg, a jelzésnek nincs mit tovább kikapcsolnia.',
    signalRecordSaleShare:
      'Ha böngészője {signal} jelzést küld, ezt csupán rögzítjük a hozzájárulással kapcsolatos döntésével együtt. Ez nem állítja le a fent leírt értékesítést vagy megosztást; ehhez utasítsa el ezeket a kategóriákat a sütibeállításokban.',
    signalHonorCategories:
      'Ha böngészője {signal} jelzést küld, azt leiratkozásként kezeljük, és a hozzájárulással kapcsolatos döntésével együtt rögzítjük. A következő kategóriák ekkor kikapcsolva maradnak az Ön számára, a korábbi választástól függetlenül: {categories}.',
    signalHonorNothing:
      'Ha böngészője {signal} jelzést küld, azt leiratkozásként kezeljük, és a hozzájárulással kapcsolatos döntésével együtt rögzítjük. Egyik kategóriánk sem értékesít vagy oszt meg személyes adatokat, így ma a jelzés semmi mást nem kapcsol ki.',
    signalsChange:
      'Ha gyakorlatunk úgy változik, hogy a leiratkozási jelzések kezelése szükségessé válik, frissítjük ezt a szabályzatot, és ahol jogszabály előírja, tiszteletben tartjuk a jogszabályban előírt jelzéseket.',
    gpcName: 'Global Privacy Control',
    dntName: 'Do Not Track',

    regionsTitle: 'Választási lehetőségei tartózkodási helye szerint',
    regionsIntro:
      'Az, hogy mi lehet bekapcsolva a döntése előtt, és hogyan iratkozhat le, attól a régiótól függ, ahonnan meglátogat minket. A régiót a webhelyet kiszolgáló hálózattól tudjuk meg, nem helymeghatározási adatbázisból.',
    regionsDefault: 'Minden más régió',
    regionsUnknown: 'Ha nem tudjuk megállapítani a régióját',
    regionOptIn:
      '{regions}: döntése előtt semmi olyat nem használunk, ami nem elengedhetetlen. Minden kategóriát a sütibeállításokban engedélyez vagy utasít el, és hozzájárulását bármikor visszavonhatja.',
    regionOptOut:
      '{regions}: a választható kategóriák bekapcsolva lehetnek, amíg le nem iratkozik. A leiratkozáshoz kapcsoljon ki egy kategóriát a sütibeállításokban, vagy használja ott ezt a lehetőséget: „{optOut}”.',
    regionOptOutSignal:
      'A böngészőjéből érkező Global Privacy Control jelzést ott leiratkozásként tartjuk tiszteletben, „{honored}” felirattal jelenítjük meg, és döntésével együtt rögzítjük. A leiratkozás a következőkre vonatkozik: {categories}.',
    regionNotice:
      '{regions}: tájékoztatjuk az általunk használt technológiákról; a választható kategóriák kérdezés nélkül is bekapcsolva lehetnek. A sütibeállításokban kikapcsolhatja őket.',
    changeRegime: 'Módosult, mi érvényes a döntés előtt, itt: {regions}',

    updatesTitle: 'A szabályzat módosításai',
    // The date ends with its own full stop ("2026. november 15."), which also ends the sentence.
    updatesCurrent: 'Ez a(z) {version} verzió, hatályos: {date}',
    updatesSummary: 'Újdonságok ebben a verzióban: {summary}',
    updatesHow:
      'Ha az általunk használt technológiák változnak, ezen az oldalon új verziót teszünk közzé új hatálybalépési dátummal. Ha egy módosítás ismét az Ön hozzájárulását igényli, például egy új választható technológia vagy hosszabb időtartam miatt, a következő látogatásakor újra megkérdezzük.',
    historyTable: 'Verziótörténet, a legújabb elöl',
    colVersion: 'Verzió',
    colEffective: 'Hatályos',
    colSummary: 'Összefoglaló',
    colChanges: 'Mi változott',
    colAskedAgain: 'Újra megkérdeztük a látogatókat',
    historyFirst: 'Az első rögzített verzió.',
    historyNoDetails: 'Ennek a verziónak a részletei nem nyilvánosak.',
    historyNoChanges: 'A megadott technológiák nem változtak.',
    askedAgainYes: 'Igen',
    askedAgainNo: 'Nem, a korábbi döntések érvényesek maradtak',

    changeTechAdded: 'Hozzáadva: {kind} {name} ({category})',
    changeTechRemoved: 'Eltávolítva: {kind} {name}',
    changeTechCategory: '{name}: kategória most {after} ({before} helyett)',
    changeTechDuration: '{name}: időtartam most {after} ({before} helyett)',
    changeTechPurposes: '{name}: célok most {purposes}',
    changeTechProvider: '{name}: szolgáltató most {provider}',
    changeTechSurfaces: '{name}: most használt részek: {surfaces}',
    changeTechDetails: 'Frissített leírás vagy részletek: {name}',
    changePurposeAdded: 'Új cél: {title}',
    changePurposeRemoved: 'Eltávolított cél: {title}',
    changePurposeEssential: '{title}: a cél mostantól elengedhetetlen',
    changePurposeNotEssential: '{title}: a cél már nem elengedhetetlen',
    changePurposeReworded: '{title}: a cél leírása módosult',
    changeCategoryAdded: 'Új kategória: {title}',
    changeCategoryRemoved: 'Eltávolított kategória: {title}',
    changeCategoryTreatment:
      '{title}: a kategória kezelése megváltozott (mindig bekapcsolva, vagy értékesítés, illetve megosztás)',
    changeCategoryReworded: '{title}: a kategória leírása módosult',
    changeProviderAdded: 'Új szolgáltató: {name}',
    changeProviderRemoved: 'Eltávolított szolgáltató: {name}',
    changeProviderChanged: '{name}: a szolgáltató adatai frissültek',
    changeSurfaceAdded: 'A webhely új része: {title}',
    changeSurfaceRemoved: 'A webhely eltávolított része: {title}',
    changeSignalHonor: '{signal}: mostantól leiratkozásként tartjuk tiszteletben',
    changeSignalRecord: '{signal}: mostantól csak rögzítjük',
    changeSellsOn: 'Mostantól értékesítünk személyes adatokat',
    changeSellsOff: 'Már nem értékesítünk személyes adatokat',
    changeSharesOn: 'Mostantól megosztunk személyes adatokat kontextusokon átívelő viselkedésalapú reklámozás céljából',
    changeSharesOff: 'Már nem osztunk meg személyes adatokat kontextusokon átívelő viselkedésalapú reklámozás céljából',
    changePolicyLink: 'Frissült a szabályzat címe',
    changePrivacyLink: 'Frissült az adatvédelmi tájékoztató hivatkozása',
    changeContact: 'Frissültek az elérhetőségek',
    changeLifetime: 'A döntések megőrzési ideje mostantól: {period}',
    changeConsentMode: '{title}: módosultak a küldött Google Consent Mode-jelzések',

    faqTitle: 'Kérdések és válaszok',
    faqBlocked: 'Használhatom a(z) {site} szolgáltatást letiltott sütikkel?',
    faqBlockedAnswer:
      'Egyes oldalak továbbra is betöltődhetnek, de ha az elengedhetetlen sütik vagy a böngésző tárolója le van tiltva, előfordulhat, hogy a következők nem működnek: {features}.',
    faqBlockedSurface: 'a(z) „{surface}” rész funkciói',
    faqBlockedNone:
      'Igen. Nem használunk elengedhetetlen technológiákat, így a sütik és a böngésző tárolójának letiltása semmit sem vesz el.',
    faqAnalytics: 'Használ-e analitikát a(z) „{surface}” rész?',
    faqAnalyticsYesConsent:
      'Igen, de csak miután Ön engedélyezi a következőt: {categories}. Addig az alábbiak egyike sem töltődik be és nem tárolódik:',
    faqAnalyticsYesAlways: 'Igen. Ezek az analitikai technológiák mindig be vannak kapcsolva:',
    faqAnalyticsNo: 'Nem. A(z) „{surface}” részen nem használunk analitikai technológiát.',
    faqAnalyticsItem: '{name} ({kind}, {provider})',
    faqSeparate: 'Ez független az adatvédelmi tájékoztatótól?',
    faqSeparateAnswer:
      'Igen. Ez a sütikezelési szabályzat részletesen ismerteti a böngészőjében használt technológiákat. A személyes adatok általános kezelését {privacy} írja le, amelyet ez a szabályzat kiegészít.',
    privacyPolicy: 'adatvédelmi tájékoztatónk',

    contactTitle: 'Kapcsolat',
    contactIntro:
      'Ha kérdése van a szabályzattal vagy döntéseivel kapcsolatban, vegye fel a kapcsolatot a következővel: {name}',
    contactIntroNoName: 'Ha kérdése van a szabályzattal vagy döntéseivel kapcsolatban, vegye fel velünk a kapcsolatot:',
    contactEmail: 'E-mail: {email}',
    contactWeb: 'Web: {url}',
    contactAddress: 'Cím: {address}',
    contactPrivacy: 'A személyes adatok kezelését {privacy} ismerteti.',

    footerVersion: '{site} · Sütikezelési szabályzat, verzió: {version}, hatályos: {date}',
    footerGenerated: 'A Cookieproof készítette a(z) {fingerprint} nyilatkozatból.',
  },
  kinds: {
    cookie: {
      one: 'süti',
      many: 'sütik',
      explain:
        'kis szövegrészek, amelyeket egy webhely megőriztet a böngészőjével, és a későbbi kérésekkel visszaküldet, hogy felismerjen egy munkamenetet vagy egy döntést.',
    },
    localStorage: {
      one: 'helyi tárolóbejegyzés',
      many: 'helyi tároló',
      explain:
        'a böngésző tárolója, amelyben egy webhely az Ön eszközén tárol adatokat, amíg a webhely vagy Ön nem törli őket.',
    },
    sessionStorage: {
      one: 'munkamenet-tároló bejegyzés',
      many: 'munkamenet-tároló',
      explain: 'olyan, mint a helyi tároló, de kiürül, amikor bezárja a lapot vagy az ablakot.',
    },
    pixel: {
      one: 'pixel',
      many: 'pixelek',
      explain:
        'kérések (más néven beaconök), amelyeket egy oldal egy mérőszolgáltatásnak küld, hogy jelentsen egy látogatást, eseményt vagy mérést.',
    },
    script: {
      one: 'szkript',
      many: 'szkriptek',
      explain:
        'kód, amelyet egy oldal betölt, gyakran egy szolgáltatótól „címke” (tag) formájában, például a látogatások mérésére.',
    },
    iframe: {
      one: 'beágyazott keret',
      many: 'beágyazott keretek',
      explain: 'egy másik webhely oldala a miénkbe ágyazva, amely saját technológiákat használhat.',
    },
  },
  providerKinds: {
    authentication: 'Hitelesítés',
    analytics: 'Analitika',
    hosting: 'Tárhely',
    payment: 'Fizetés',
    integration: 'Integráció',
    advertising: 'Hirdetés',
  },
  months: 'január február március április május június július augusztus szeptember október november december'.split(
    ' ',
  ),
  date: '{year}. {month} {day}.',
  // Hungarian nouns stay singular after a number ("14 nap").
  counted: {
    technology: { other: '{n} technológia' },
    year: { other: '{n} év' },
    month: { other: '{n} hónap' },
    week: { other: '{n} hét' },
    day: { other: '{n} nap' },
    hour: { other: '{n} óra' },
    minute: { other: '{n} perc' },
    second: { other: '{n} másodperc' },
  },
};
export default pack;
