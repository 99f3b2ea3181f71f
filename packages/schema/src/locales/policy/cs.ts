import type { PolicyPack } from '../policy-pack.ts';

// Czech. What the page fills in (lists, titles, names) stands after a colon or in apposition, so that no
// declaration text has to be declined.

const pack: PolicyPack = {
  tag: 'cs',
  messages: {
    title: 'Zásady používání souborů cookie',
    skip: 'Přejít na zásady',
    contents: 'Na této stránce',
    metaLine: 'Verze {version} · účinné od {date}',
    listComma: ', ',
    listAnd: ' a ',
    none: 'Žádné',
    notApplicable: 'Neuplatňuje se',
    notDeclared: 'Neuvedeno',
    yes: 'Ano',
    no: 'Ne',
    durationSession: 'Do zavření prohlížeče',
    durationPersistent: 'Dokud je nesmažete',
    term: '{term}: {text}',
    languages: 'Jazyky',

    aboutTitle: 'O těchto zásadách',
    aboutIntro: 'Tyto zásady vysvětlují, jak {site} v {surfaces} používá tyto technologie: {kinds}.',
    aboutSimilar: 'podobné technologie',
    analyticsTags: 'analytické tagy',
    aboutSurface: 'části „{title}“ ({origin})',
    aboutDetail:
      'U každé technologie uvádějí, kdo ji poskytuje, proč se používá, jak dlouho se uchovává a kde se vyskytuje. Technologie, které nejsou nezbytné, zůstávají vypnuté, dokud je nepovolíte.',

    technologiesTitle: 'Technologie, které používáme',
    technologiesIntro: 'Používáme tyto druhy technologií:',
    technologiesTable: 'Kolik technologií jednotlivých druhů používá každá část webu',
    kindColumn: 'Druh',

    purposesTitle: 'Proč je používáme',
    purposesIntro: 'Každá technologie slouží jednomu nebo více z těchto účelů:',
    purposeEssential: 'Nezbytný účel: je potřeba pro službu, o kterou jste požádali, a proto nevyžaduje souhlas.',
    purposeOptional: 'Pouze s vaším souhlasem.',

    categoriesTitle: 'Kategorie',
    categoriesIntro:
      'Technologie řadíme do kategorií. Tabulka pod každou kategorií uvádí všechny technologie, které do ní patří.',
    categoryRequired:
      'Vždy zapnuto. Tyto technologie jsou nezbytné pro poskytování služby, proto nežádají o souhlas a v předvolbách souborů cookie je nelze vypnout.',
    categoryOptional:
      'Vypnuto, dokud tuto kategorii nepovolíte v předvolbách souborů cookie. Souhlas můžete kdykoli odvolat, a to stejně snadno, jako jste jej udělili.',
    categorySaleOrShare: 'Technologie v této kategorii prodávají nebo sdílejí osobní údaje.',
    categoryEmpty: 'Tato kategorie v současnosti neobsahuje žádné technologie.',
    categoryTable: '{category}: {count}',
    colTechnology: 'Technologie',
    colDescription: 'K čemu slouží',
    colProvider: 'Poskytovatel',
    colPurposes: 'Účely',
    colDuration: 'Doba uložení',
    colSurfaces: 'Kde',
    colAttributes: 'Atributy souboru cookie',
    namedPattern: 'názvy odpovídající vzoru {pattern}',
    urlPattern: 'požadavky na {url}',
    onHost: 'na doméně {host}',
    scriptReadable: 'čitelný pro skripty stránky',

    thirdTitle: 'Poskytovatelé třetích stran',
    thirdIntro:
      'Tito poskytovatelé dodávají některé z výše uvedených technologií. Mohou nastavovat nebo číst vlastní soubory cookie a úložiště podle svých vlastních zásad ochrany osobních údajů.',
    thirdNone: 'Nevyužíváme žádné poskytovatele třetích stran.',
    thirdTable: 'Poskytovatelé třetích stran a odkazy na ně',
    colKind: 'Druh',
    colTechnologies: 'Technologie',
    colPrivacy: 'Zásady ochrany osobních údajů',
    colOptOut: 'Odmítnutí',
    privacyLink: 'Zásady ochrany osobních údajů: {name}',
    optOutLink: 'Odmítnutí: {name}',
    noOptOut: 'Nenabízí',

    controlTitle: 'Jak soubory cookie ovládat',
    controlSiteTitle: 'Na našem webu',
    controlSite:
      'V předvolbách souborů cookie na našem webu můžete povolit nebo odmítnout každou volitelnou kategorii a odvolat udělený souhlas. Vaši volbu uchováváme {period}; poté, nebo když nová verze těchto zásad bude znovu vyžadovat váš souhlas, se vás zeptáme znovu.',
    surfacesShared:
      'Vaše volba platí pro všechny části tohoto webu ({surfaces}): zeptáme se vás jednou a změna v jedné části platí pro všechny.',
    surfacesSeparate:
      'Části tohoto webu ({surfaces}) jsou na různých doménách: každá se vás na volbu ptá zvlášť a změna v jedné neplatí pro ostatní.',
    controlBrowserTitle: 'Ve vašem prohlížeči',
    controlBrowser:
      'Každý prohlížeč umožňuje blokovat nebo mazat soubory cookie a další data webů. Kde tato nastavení najdete, závisí na prohlížeči a zařízení.',
    controlBrowserEssential: 'Pokud zablokujete nezbytné technologie, přestane fungovat to, k čemu jsou potřeba:',
    controlFeatures: 'Týká se to: {features}.',
    featureAuthentication: 'přihlášení přes {name}',
    featurePayment: 'platby přes {name}',
    featureIntegration: 'připojení služby {name}',
    featureHosting: 'přístup k webu přes {name}',
    featureOther: 'používání služby {name}',
    controlProvidersTitle: 'Nástroje poskytovatelů',
    controlProviders: 'Někteří poskytovatelé nabízejí vlastní způsob odmítnutí:',
    controlProvidersNone:
      'Žádný z našich poskytovatelů nenabízí vlastní nástroj pro odmítnutí; použijte místo toho předvolby souborů cookie nebo svůj prohlížeč.',
    controlIntegrationsTitle: 'Připojené integrace',
    controlIntegrations:
      'Pokud od svého pracovního prostoru odpojíte následující integrace, přestaneme od té chvíle stahovat jejich data: {names}. Záznamy importované před odpojením mohou ve službě {site} zůstat; odpojení je nesmaže.',

    signalsTitle: 'Do Not Track a Global Privacy Control',
    signalsIntro:
      'Do Not Track (DNT) a Global Privacy Control (GPC) jsou signály, jimiž může váš prohlížeč sdělit, že si nepřejete být sledováni ani aby byly vaše osobní údaje prodávány či sdíleny.',
    signalsNoSaleShare: 'Osobní údaje neprodáváme a nesdílíme je pro účely behaviorální reklamy napříč kontexty.',
    signalsSells: 'Prodáváme osobní údaje.',
    signalsShares: 'Sdílíme osobní údaje pro účely behaviorální reklamy napříč kontexty.',
    signalsCategories: 'Děje se tak prostřednictvím těchto kategorií: {categories}.',
    signalRecordNothing:
      'Když váš prohlížeč odešle signál {signal}, zaznamenáme to spolu s vaší volbou souhlasu. Protože osobní údaje neprodáváme ani nesdílíme, signál už nemá co dalšího vypnout.',
    signalRecordSaleShare:
      'Když váš prohlížeč odešle signál {signal}, pouze to zaznamenáme spolu s vaší volbou souhlasu. Výše popsaný prodej ani sdílení to nezastaví; chcete-li je zastavit, odmítněte tyto kategorie v předvolbách souborů cookie.',
    signalHonorCategories:
      'Když váš prohlížeč odešle signál {signal}, považujeme jej za odmítnutí a zaznamenáme jej spolu s vaší volbou souhlasu. Tyto kategorie pak pro vás zůstanou vypnuté bez ohledu na dřívější volbu: {categories}.',
    signalHonorNothing:
      'Když váš prohlížeč odešle signál {signal}, považujeme jej za odmítnutí a zaznamenáme jej spolu s vaší volbou souhlasu. Žádná z našich kategorií osobní údaje neprodává ani nesdílí, takže signál dnes nic dalšího nevypíná.',
    signalsChange:
      'Pokud se naše postupy změní tak, že bude nutné zpracovávat signály odmítnutí, aktualizujeme tyto zásady a budeme respektovat signály vyžadované zákonem tam, kde je to vyžadováno.',
    gpcName: 'Global Privacy Control',
    dntName: 'Do Not Track',

    regionsTitle: 'Vaše volby podle toho, kde jste',
    regionsIntro:
      'Co smí být zapnuto, než se rozhodnete, a jak můžete odmítnout, závisí na oblasti, ze které nás navštěvujete. Oblast zjišťujeme ze sítě, která web doručuje, nikoli z databáze polohy.',
    regionsDefault: 'Všechny ostatní oblasti',
    regionsUnknown: 'Pokud vaši oblast nedokážeme určit',
    regionOptIn:
      '{regions}: nic, co není nezbytné, se před vaším rozhodnutím nepoužívá. Každou kategorii povolíte nebo odmítnete v předvolbách souborů cookie a souhlas můžete kdykoli odvolat.',
    regionOptOut:
      '{regions}: volitelné kategorie mohou být zapnuté, dokud je neodmítnete. K odmítnutí použijte v předvolbách souborů cookie volbu „{optOut}“ nebo tam kategorii vypněte.',
    regionOptOutSignal:
      'Signál Global Privacy Control z vašeho prohlížeče se tam respektuje jako odmítnutí, zobrazí se jako „{honored}“ a zaznamená se spolu s vaší volbou. Odmítnutí se týká: {categories}.',
    regionNotice:
      '{regions}: informujeme vás o technologiích, které používáme; volitelné kategorie mohou být zapnuté bez dotazu. V předvolbách souborů cookie je můžete vypnout.',
    changeRegime: 'Změněno, co platí před rozhodnutím, v oblastech: {regions}',

    updatesTitle: 'Změny těchto zásad',
    updatesCurrent: 'Toto je verze {version}, účinná od {date}.',
    updatesSummary: 'Novinky v této verzi: {summary}',
    updatesHow:
      'Když se technologie, které používáme, změní, zveřejníme na této stránce novou verzi s novým datem účinnosti. Pokud změna znovu vyžaduje váš souhlas, například nová volitelná technologie nebo delší doba uložení, zeptáme se vás znovu při příští návštěvě.',
    historyTable: 'Historie verzí, od nejnovější',
    colVersion: 'Verze',
    colEffective: 'Účinnost od',
    colSummary: 'Shrnutí',
    colChanges: 'Co se změnilo',
    colAskedAgain: 'Návštěvníci znovu dotázáni',
    historyFirst: 'První zaznamenaná verze.',
    historyNoDetails: 'Podrobnosti této verze nejsou zveřejněny.',
    historyNoChanges: 'Žádná změna deklarovaných technologií.',
    askedAgainYes: 'Ano',
    askedAgainNo: 'Ne, dřívější volby zůstaly platné',

    changeTechAdded: '{kind} {name} – přidáno ({category})',
    changeTechRemoved: '{kind} {name} – odebráno',
    changeTechCategory: '{name}: přesunuto z kategorie {before} do kategorie {after}',
    changeTechDuration: '{name}: doba uložení nově {after} (dříve {before})',
    changeTechPurposes: '{name}: účely nově {purposes}',
    changeTechProvider: '{name}: poskytovatel nově {provider}',
    changeTechSurfaces: '{name}: nově používáno v částech webu {surfaces}',
    changeTechDetails: 'Aktualizován popis nebo podrobnosti: {name}',
    changePurposeAdded: 'Nový účel: {title}',
    changePurposeRemoved: 'Odebraný účel: {title}',
    changePurposeEssential: 'Účel {title} je nyní nezbytný',
    changePurposeNotEssential: 'Účel {title} již není nezbytný',
    changePurposeReworded: 'Přeformulován účel {title}',
    changeCategoryAdded: 'Nová kategorie: {title}',
    changeCategoryRemoved: 'Odebraná kategorie: {title}',
    changeCategoryTreatment: 'S kategorií {title} se nyní zachází jinak (vždy zapnuto, nebo prodej či sdílení)',
    changeCategoryReworded: 'Přeformulována kategorie {title}',
    changeProviderAdded: 'Nový poskytovatel: {name}',
    changeProviderRemoved: 'Odebraný poskytovatel: {name}',
    changeProviderChanged: 'Aktualizovány údaje poskytovatele {name}',
    changeSurfaceAdded: 'Nová část webu: {title}',
    changeSurfaceRemoved: 'Odebraná část webu: {title}',
    changeSignalHonor: 'Signál {signal} se nyní respektuje jako odmítnutí',
    changeSignalRecord: 'Signál {signal} se nyní pouze zaznamenává',
    changeSellsOn: 'Nyní prodáváme osobní údaje',
    changeSellsOff: 'Osobní údaje již neprodáváme',
    changeSharesOn: 'Nyní sdílíme osobní údaje pro účely behaviorální reklamy napříč kontexty',
    changeSharesOff: 'Osobní údaje již nesdílíme pro účely behaviorální reklamy napříč kontexty',
    changePolicyLink: 'Aktualizována adresa těchto zásad',
    changePrivacyLink: 'Aktualizován odkaz na zásady ochrany osobních údajů',
    changeContact: 'Aktualizovány kontaktní údaje',
    changeLifetime: 'Volby se nyní uchovávají {period}',
    changeConsentMode: 'Změněny signály Google Consent Mode odesílané pro kategorii {title}',

    faqTitle: 'Otázky a odpovědi',
    faqBlocked: 'Mohu používat {site} se zablokovanými soubory cookie?',
    faqBlockedAnswer:
      'Některé stránky se možná stále načtou, ale pokud jsou nezbytné soubory cookie nebo úložiště prohlížeče zablokovány, nemusí fungovat: {features}.',
    faqBlockedSurface: 'funkce části „{surface}“',
    faqBlockedNone:
      'Ano. Nepoužíváme žádné nezbytné technologie, takže zablokování souborů cookie a úložiště prohlížeče nic neomezí.',
    faqAnalytics: 'Používá část „{surface}“ analytiku?',
    faqAnalyticsYesConsent:
      'Ano, ale až poté, co povolíte: {categories}. Do té doby se nic z následujícího nenačte ani neuloží:',
    faqAnalyticsYesAlways: 'Ano. Tyto analytické technologie jsou vždy zapnuté:',
    faqAnalyticsNo: 'Ne. V části „{surface}“ nepoužíváme žádnou analytickou technologii.',
    faqAnalyticsItem: '{name} ({kind}, {provider})',
    faqSeparate: 'Je to něco jiného než zásady ochrany osobních údajů?',
    faqSeparateAnswer:
      'Ano. Tyto zásady používání souborů cookie podrobně vysvětlují technologie ve vašem prohlížeči. Doplňují naše {privacy}, které obecně popisují, jak nakládáme s osobními údaji.',
    privacyPolicy: 'zásady ochrany osobních údajů',

    contactTitle: 'Kontakt',
    contactIntro: 'S dotazy k těmto zásadám nebo k vašim volbám se obraťte na {name}:',
    contactIntroNoName: 'S dotazy k těmto zásadám nebo k vašim volbám se obraťte na nás:',
    contactEmail: 'E-mail: {email}',
    contactWeb: 'Web: {url}',
    contactAddress: 'Adresa: {address}',
    contactPrivacy: 'Naše {privacy} vysvětlují, jak nakládáme s osobními údaji.',

    footerVersion: '{site} · Zásady používání souborů cookie, verze {version}, účinné od {date}',
    footerGenerated: 'Vygenerováno nástrojem Cookieproof z deklarace {fingerprint}.',
  },
  kinds: {
    cookie: {
      one: 'soubor cookie',
      many: 'soubory cookie',
      explain:
        'malé kousky textu, které web žádá váš prohlížeč uchovat a posílat zpět s dalšími požadavky, aby rozpoznal relaci nebo volbu.',
    },
    localStorage: {
      one: 'záznam v místním úložišti',
      many: 'místní úložiště',
      explain: 'úložiště ve vašem prohlížeči, kde web uchovává data ve vašem zařízení, dokud je on nebo vy nesmažete.',
    },
    sessionStorage: {
      one: 'záznam v úložišti relace',
      many: 'úložiště relace',
      explain: 'jako místní úložiště, ale vyprázdní se, když zavřete kartu nebo okno.',
    },
    pixel: {
      one: 'pixel',
      many: 'pixely',
      explain:
        'požadavky (nazývané také beacony), které stránka odesílá měřicí službě, aby ohlásila návštěvu, událost nebo měření.',
    },
    script: {
      one: 'skript',
      many: 'skripty',
      explain: 'kód, který stránka načítá, často od poskytovatele jako „tag“, například k měření návštěv.',
    },
    iframe: {
      one: 'vložený rámec',
      many: 'vložené rámce',
      explain: 'stránka jiného webu zobrazená uvnitř naší, která může používat vlastní technologie.',
    },
  },
  providerKinds: {
    authentication: 'Ověřování',
    analytics: 'Analytika',
    hosting: 'Hosting',
    payment: 'Platby',
    integration: 'Integrace',
    advertising: 'Reklama',
  },
  // Dates name the month in the genitive, as Czech writes them ("15. listopadu 2026").
  months: 'ledna února března dubna května června července srpna září října listopadu prosince'.split(' '),
  date: '{day}. {month} {year}',
  // Czech counts: 1; 2–4 ("2 dny"); 0 and 5 on ("5 dní"); "many" is for fractions ("1,5 dne").
  counted: {
    technology: { one: '{n} technologie', few: '{n} technologie', many: '{n} technologie', other: '{n} technologií' },
    year: { one: '{n} rok', few: '{n} roky', many: '{n} roku', other: '{n} let' },
    month: { one: '{n} měsíc', few: '{n} měsíce', many: '{n} měsíce', other: '{n} měsíců' },
    week: { one: '{n} týden', few: '{n} týdny', many: '{n} týdne', other: '{n} týdnů' },
    day: { one: '{n} den', few: '{n} dny', many: '{n} dne', other: '{n} dní' },
    hour: { one: '{n} hodina', few: '{n} hodiny', many: '{n} hodiny', other: '{n} hodin' },
    minute: { one: '{n} minuta', few: '{n} minuty', many: '{n} minuty', other: '{n} minut' },
    second: { one: '{n} sekunda', few: '{n} sekundy', many: '{n} sekundy', other: '{n} sekund' },
  },
};
export default pack;
