import type { PolicyPack } from '../policy-pack.ts';

// Slovak. What the page fills in (lists, titles, names) stands after a colon or in apposition, so that no
// declaration text has to be declined.

const pack: PolicyPack = {
  tag: 'sk',
  messages: {
    title: 'Zásady používania súborov cookie',
    skip: 'Prejsť na zásady',
    contents: 'Na tejto stránke',
    metaLine: 'Verzia {version} · účinné od {date}',
    listComma: ', ',
    listAnd: ' a ',
    none: 'Žiadne',
    notApplicable: 'Neuplatňuje sa',
    notDeclared: 'Neuvedené',
    yes: 'Áno',
    no: 'Nie',
    durationSession: 'Do zatvorenia prehliadača',
    durationPersistent: 'Kým ich nevymažete',
    term: '{term}: {text}',
    languages: 'Jazyky',

    aboutTitle: 'O týchto zásadách',
    aboutIntro: 'Tieto zásady vysvetľujú, ako {site} v {surfaces} používa tieto technológie: {kinds}.',
    aboutSimilar: 'podobné technológie',
    analyticsTags: 'analytické tagy',
    aboutSurface: 'časti „{title}“ ({origin})',
    aboutDetail:
      'Pri každej technológii uvádzajú, kto ju poskytuje, prečo sa používa, ako dlho sa uchováva a kde sa vyskytuje. Technológie, ktoré nie sú nevyhnutné, zostávajú vypnuté, kým ich nepovolíte.',

    technologiesTitle: 'Technológie, ktoré používame',
    technologiesIntro: 'Používame tieto druhy technológií:',
    technologiesTable: 'Koľko technológií jednotlivých druhov používa každá časť webu',
    kindColumn: 'Druh',

    purposesTitle: 'Prečo ich používame',
    purposesIntro: 'Každá technológia slúži jednému alebo viacerým z týchto účelov:',
    purposeEssential: 'Nevyhnutný účel: je potrebný pre službu, o ktorú ste požiadali, a preto nevyžaduje súhlas.',
    purposeOptional: 'Iba s vaším súhlasom.',

    categoriesTitle: 'Kategórie',
    categoriesIntro:
      'Technológie zaraďujeme do kategórií. Tabuľka pod každou kategóriou uvádza všetky technológie, ktoré do nej patria.',
    categoryRequired:
      'Vždy zapnuté. Tieto technológie sú nevyhnutné na poskytovanie služby, preto nežiadajú o súhlas a v predvoľbách súborov cookie ich nemožno vypnúť.',
    categoryOptional:
      'Vypnuté, kým túto kategóriu nepovolíte v predvoľbách súborov cookie. Súhlas môžete kedykoľvek odvolať, a to rovnako jednoducho, ako ste ho udelili.',
    categorySaleOrShare: 'Technológie v tejto kategórii predávajú alebo zdieľajú osobné údaje.',
    categoryEmpty: 'Táto kategória v súčasnosti neobsahuje žiadne technológie.',
    categoryTable: '{category}: {count}',
    colTechnology: 'Technológia',
    colDescription: 'Na čo slúži',
    colProvider: 'Poskytovateľ',
    colPurposes: 'Účely',
    colDuration: 'Doba uchovávania',
    colSurfaces: 'Kde',
    colAttributes: 'Atribúty súboru cookie',
    namedPattern: 'názvy zodpovedajúce vzoru {pattern}',
    urlPattern: 'požiadavky na {url}',
    onHost: 'na doméne {host}',
    scriptReadable: 'čitateľný pre skripty stránky',

    thirdTitle: 'Poskytovatelia tretích strán',
    thirdIntro:
      'Títo poskytovatelia dodávajú niektoré z vyššie uvedených technológií. Môžu nastavovať alebo čítať vlastné súbory cookie a úložisko podľa svojich vlastných zásad ochrany osobných údajov.',
    thirdNone: 'Nevyužívame žiadnych poskytovateľov tretích strán.',
    thirdTable: 'Poskytovatelia tretích strán a odkazy na nich',
    colKind: 'Druh',
    colTechnologies: 'Technológie',
    colPrivacy: 'Zásady ochrany osobných údajov',
    colOptOut: 'Odmietnutie',
    privacyLink: 'Zásady ochrany osobných údajov: {name}',
    optOutLink: 'Odmietnutie: {name}',
    noOptOut: 'Neponúka',

    controlTitle: 'Ako ovládať súbory cookie',
    controlSiteTitle: 'Na našom webe',
    controlSite:
      'V predvoľbách súborov cookie na našom webe môžete povoliť alebo odmietnuť každú voliteľnú kategóriu a odvolať udelený súhlas. Vašu voľbu uchovávame {period}; potom, alebo keď nová verzia týchto zásad bude znova vyžadovať váš súhlas, sa vás opýtame znova.',
    surfacesShared:
      'Vaša voľba platí pre všetky časti tohto webu ({surfaces}): pýtame sa vás raz a zmena v jednej časti platí pre všetky.',
    surfacesSeparate:
      'Časti tohto webu ({surfaces}) sú na rôznych doménach: každá sa vás na voľbu pýta samostatne a zmena v jednej neplatí pre ostatné.',
    controlBrowserTitle: 'Vo vašom prehliadači',
    controlBrowser:
      'Každý prehliadač umožňuje blokovať alebo mazať súbory cookie a ďalšie údaje webov. Kde tieto nastavenia nájdete, závisí od prehliadača a zariadenia.',
    controlBrowserEssential: 'Ak zablokujete nevyhnutné technológie, prestane fungovať to, na čo sú potrebné:',
    controlFeatures: 'Týka sa to: {features}.',
    featureAuthentication: 'prihlásenie cez {name}',
    featurePayment: 'platby cez {name}',
    featureIntegration: 'pripojenie služby {name}',
    featureHosting: 'prístup na web cez {name}',
    featureOther: 'používanie služby {name}',
    controlProvidersTitle: 'Nástroje poskytovateľov',
    controlProviders: 'Niektorí poskytovatelia ponúkajú vlastný spôsob odmietnutia:',
    controlProvidersNone:
      'Žiadny z našich poskytovateľov neponúka vlastný nástroj na odmietnutie; použite namiesto toho predvoľby súborov cookie alebo svoj prehliadač.',
    controlIntegrationsTitle: 'Pripojené integrácie',
    controlIntegrations:
      'Ak od svojho pracovného priestoru odpojíte nasledujúce integrácie, od tej chvíle z nich prestaneme sťahovať údaje: {names}. Záznamy importované pred odpojením môžu v službe {site} zostať; odpojenie ich nevymaže.',

    signalsTitle: 'Do Not Track a Global Privacy Control',
    signalsIntro:
      'Do Not Track (DNT) a Global Privacy Control (GPC) sú signály, ktorými môže váš prehliadač oznámiť, že si neželáte byť sledovaní ani aby sa vaše osobné údaje predávali alebo zdieľali.',
    signalsNoSaleShare: 'Osobné údaje nepredávame a nezdieľame ich na účely behaviorálnej reklamy naprieč kontextmi.',
    signalsSells: 'Predávame osobné údaje.',
    signalsShares: 'Zdieľame osobné údaje na účely behaviorálnej reklamy naprieč kontextmi.',
    signalsCategories: 'Deje sa tak prostredníctvom týchto kategórií: {categories}.',
    signalRecordNothing:
      'Keď váš prehliadač odošle signál {signal}, zaznamenáme to spolu s vašou voľbou súhlasu. Keďže osobné údaje nepredávame ani nezdieľame, signál už nemá čo ďalšie vypnúť.',
    signalRecordSaleShare:
      'Keď váš prehliadač odošle signál {signal}, iba to zaznamenáme spolu s vašou voľbou súhlasu. Vyššie opísaný predaj ani zdieľanie to nezastaví; ak ich chcete zastaviť, odmietnite tieto kategórie v predvoľbách súborov cookie.',
    signalHonorCategories:
      'Keď váš prehliadač odošle signál {signal}, považujeme ho za odmietnutie a zaznamenáme ho spolu s vašou voľbou súhlasu. Tieto kategórie potom pre vás zostanú vypnuté bez ohľadu na predchádzajúcu voľbu: {categories}.',
    signalHonorNothing:
      'Keď váš prehliadač odošle signál {signal}, považujeme ho za odmietnutie a zaznamenáme ho spolu s vašou voľbou súhlasu. Žiadna z našich kategórií osobné údaje nepredáva ani nezdieľa, takže signál dnes nič ďalšie nevypína.',
    signalsChange:
      'Ak sa naše postupy zmenia tak, že bude potrebné spracúvať signály odmietnutia, aktualizujeme tieto zásady a budeme rešpektovať signály vyžadované zákonom tam, kde sa to vyžaduje.',
    gpcName: 'Global Privacy Control',
    dntName: 'Do Not Track',

    regionsTitle: 'Vaše voľby podľa toho, kde ste',
    regionsIntro:
      'Čo smie byť zapnuté, kým sa rozhodnete, a ako môžete odmietnuť, závisí od oblasti, z ktorej nás navštevujete. Oblasť zisťujeme zo siete, ktorá web doručuje, nie z databázy polohy.',
    regionsDefault: 'Všetky ostatné oblasti',
    regionsUnknown: 'Ak vašu oblasť nedokážeme určiť',
    regionOptIn:
      '{regions}: nič, čo nie je nevyhnutné, sa pred vaším rozhodnutím nepoužíva. Každú kategóriu povolíte alebo odmietnete v predvoľbách súborov cookie a súhlas môžete kedykoľvek odvolať.',
    regionOptOut:
      '{regions}: voliteľné kategórie môžu byť zapnuté, kým ich neodmietnete. Na odmietnutie použite v predvoľbách súborov cookie voľbu „{optOut}“ alebo tam kategóriu vypnite.',
    regionOptOutSignal:
      'Signál Global Privacy Control z vášho prehliadača sa tam rešpektuje ako odmietnutie, zobrazí sa ako „{honored}“ a zaznamená sa spolu s vašou voľbou. Odmietnutie sa týka: {categories}.',
    regionNotice:
      '{regions}: informujeme vás o technológiách, ktoré používame; voliteľné kategórie môžu byť zapnuté bez opýtania. V predvoľbách súborov cookie ich môžete vypnúť.',
    changeRegime: 'Zmenené, čo platí pred rozhodnutím, v oblastiach: {regions}',

    updatesTitle: 'Zmeny týchto zásad',
    updatesCurrent: 'Toto je verzia {version}, účinná od {date}.',
    updatesSummary: 'Novinky v tejto verzii: {summary}',
    updatesHow:
      'Keď sa technológie, ktoré používame, zmenia, zverejníme na tejto stránke novú verziu s novým dátumom účinnosti. Ak zmena znova vyžaduje váš súhlas, napríklad nová voliteľná technológia alebo dlhšia doba uchovávania, opýtame sa vás znova pri ďalšej návšteve.',
    historyTable: 'História verzií, od najnovšej',
    colVersion: 'Verzia',
    colEffective: 'Účinnosť od',
    colSummary: 'Zhrnutie',
    colChanges: 'Čo sa zmenilo',
    colAskedAgain: 'Návštevníci znova požiadaní o súhlas',
    historyFirst: 'Prvá zaznamenaná verzia.',
    historyNoDetails: 'Podrobnosti tejto verzie nie sú zverejnené.',
    historyNoChanges: 'Žiadna zmena deklarovaných technológií.',
    askedAgainYes: 'Áno',
    askedAgainNo: 'Nie, predchádzajúce voľby zostali platné',

    changeTechAdded: '{kind} {name} – pridané ({category})',
    changeTechRemoved: '{kind} {name} – odstránené',
    changeTechCategory: '{name}: presunuté z kategórie {before} do kategórie {after}',
    changeTechDuration: '{name}: doba uchovávania po novom {after} (predtým {before})',
    changeTechPurposes: '{name}: účely po novom {purposes}',
    changeTechProvider: '{name}: poskytovateľ po novom {provider}',
    changeTechSurfaces: '{name}: po novom používané v častiach webu {surfaces}',
    changeTechDetails: 'Aktualizovaný opis alebo podrobnosti: {name}',
    changePurposeAdded: 'Nový účel: {title}',
    changePurposeRemoved: 'Odstránený účel: {title}',
    changePurposeEssential: 'Účel {title} je teraz nevyhnutný',
    changePurposeNotEssential: 'Účel {title} už nie je nevyhnutný',
    changePurposeReworded: 'Preformulovaný účel {title}',
    changeCategoryAdded: 'Nová kategória: {title}',
    changeCategoryRemoved: 'Odstránená kategória: {title}',
    changeCategoryTreatment: 'S kategóriou {title} sa teraz zaobchádza inak (vždy zapnutá, alebo predaj či zdieľanie)',
    changeCategoryReworded: 'Preformulovaná kategória {title}',
    changeProviderAdded: 'Nový poskytovateľ: {name}',
    changeProviderRemoved: 'Odstránený poskytovateľ: {name}',
    changeProviderChanged: 'Aktualizované údaje poskytovateľa {name}',
    changeSurfaceAdded: 'Nová časť webu: {title}',
    changeSurfaceRemoved: 'Odstránená časť webu: {title}',
    changeSignalHonor: 'Signál {signal} sa teraz rešpektuje ako odmietnutie',
    changeSignalRecord: 'Signál {signal} sa teraz iba zaznamenáva',
    changeSellsOn: 'Teraz predávame osobné údaje',
    changeSellsOff: 'Osobné údaje už nepredávame',
    changeSharesOn: 'Teraz zdieľame osobné údaje na účely behaviorálnej reklamy naprieč kontextmi',
    changeSharesOff: 'Osobné údaje už nezdieľame na účely behaviorálnej reklamy naprieč kontextmi',
    changePolicyLink: 'Aktualizovaná adresa týchto zásad',
    changePrivacyLink: 'Aktualizovaný odkaz na zásady ochrany osobných údajov',
    changeContact: 'Aktualizované kontaktné údaje',
    changeLifetime: 'Voľby sa teraz uchovávajú {period}',
    changeConsentMode: 'Zmenené signály Google Consent Mode odosielané pre kategóriu {title}',

    faqTitle: 'Otázky a odpovede',
    faqBlocked: 'Môžem používať {site} so zablokovanými súbormi cookie?',
    faqBlockedAnswer:
      'Niektoré stránky sa možno stále načítajú, ale ak sú nevyhnutné súbory cookie alebo úložisko prehliadača zablokované, nemusia fungovať: {features}.',
    faqBlockedSurface: 'funkcie časti „{surface}“',
    faqBlockedNone:
      'Áno. Nepoužívame žiadne nevyhnutné technológie, takže zablokovanie súborov cookie a úložiska prehliadača nič neobmedzí.',
    faqAnalytics: 'Používa časť „{surface}“ analytiku?',
    faqAnalyticsYesConsent:
      'Áno, ale až potom, ako povolíte: {categories}. Dovtedy sa nič z nasledujúceho nenačíta ani neuloží:',
    faqAnalyticsYesAlways: 'Áno. Tieto analytické technológie sú vždy zapnuté:',
    faqAnalyticsNo: 'Nie. V časti „{surface}“ nepoužívame žiadnu analytickú technológiu.',
    faqAnalyticsItem: '{name} ({kind}, {provider})',
    faqSeparate: 'Je to niečo iné ako zásady ochrany osobných údajov?',
    faqSeparateAnswer:
      'Áno. Tieto zásady používania súborov cookie podrobne vysvetľujú technológie vo vašom prehliadači. Dopĺňajú naše {privacy}, ktoré všeobecne opisujú, ako zaobchádzame s osobnými údajmi.',
    privacyPolicy: 'zásady ochrany osobných údajov',

    contactTitle: 'Kontakt',
    contactIntro: 'S otázkami k týmto zásadám alebo k vašim voľbám sa obráťte na {name}:',
    contactIntroNoName: 'S otázkami k týmto zásadám alebo k vašim voľbám sa obráťte na nás:',
    contactEmail: 'E-mail: {email}',
    contactWeb: 'Web: {url}',
    contactAddress: 'Adresa: {address}',
    contactPrivacy: 'Naše {privacy} vysvetľujú, ako zaobchádzame s osobnými údajmi.',

    footerVersion: '{site} · Zásady používania súborov cookie, verzia {version}, účinné od {date}',
    footerGenerated: 'Vygenerované nástrojom Cookieproof z deklarácie {fingerprint}.',
  },
  kinds: {
    cookie: {
      one: 'súbor cookie',
      many: 'súbory cookie',
      explain:
        'malé kúsky textu, ktoré web žiada váš prehliadač uchovať a posielať späť s ďalšími požiadavkami, aby rozpoznal reláciu alebo voľbu.',
    },
    localStorage: {
      one: 'záznam v lokálnom úložisku',
      many: 'lokálne úložisko',
      explain:
        'úložisko vo vašom prehliadači, kde web uchováva údaje vo vašom zariadení, kým ich on alebo vy nevymažete.',
    },
    sessionStorage: {
      one: 'záznam v úložisku relácie',
      many: 'úložisko relácie',
      explain: 'ako lokálne úložisko, ale vyprázdni sa, keď zatvoríte kartu alebo okno.',
    },
    pixel: {
      one: 'pixel',
      many: 'pixely',
      explain:
        'požiadavky (nazývané aj beacony), ktoré stránka odosiela meracej službe, aby ohlásila návštevu, udalosť alebo meranie.',
    },
    script: {
      one: 'skript',
      many: 'skripty',
      explain: 'kód, ktorý stránka načítava, často od poskytovateľa ako „tag“, napríklad na meranie návštev.',
    },
    iframe: {
      one: 'vložený rámec',
      many: 'vložené rámce',
      explain: 'stránka iného webu zobrazená vnútri našej, ktorá môže používať vlastné technológie.',
    },
  },
  providerKinds: {
    authentication: 'Overovanie',
    analytics: 'Analytika',
    hosting: 'Hosting',
    payment: 'Platby',
    integration: 'Integrácia',
    advertising: 'Reklama',
  },
  // Dates name the month in the genitive, as Slovak writes them ("15. novembra 2026").
  months: 'januára februára marca apríla mája júna júla augusta septembra októbra novembra decembra'.split(' '),
  date: '{day}. {month} {year}',
  // Slovak counts: 1; 2–4 ("2 dni"); 0 and 5 on ("5 dní"); "many" is for fractions ("1,5 dňa").
  counted: {
    technology: {
      one: '{n} technológia',
      few: '{n} technológie',
      many: '{n} technológie',
      other: '{n} technológií',
    },
    year: { one: '{n} rok', few: '{n} roky', many: '{n} roka', other: '{n} rokov' },
    month: { one: '{n} mesiac', few: '{n} mesiace', many: '{n} mesiaca', other: '{n} mesiacov' },
    week: { one: '{n} týždeň', few: '{n} týždne', many: '{n} týždňa', other: '{n} týždňov' },
    day: { one: '{n} deň', few: '{n} dni', many: '{n} dňa', other: '{n} dní' },
    hour: { one: '{n} hodina', few: '{n} hodiny', many: '{n} hodiny', other: '{n} hodín' },
    minute: { one: '{n} minúta', few: '{n} minúty', many: '{n} minúty', other: '{n} minút' },
    second: { one: '{n} sekunda', few: '{n} sekundy', many: '{n} sekundy', other: '{n} sekúnd' },
  },
};
export default pack;
