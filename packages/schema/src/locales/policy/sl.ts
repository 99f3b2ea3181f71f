import type { PolicyPack } from '../policy-pack.ts';

// Slovenian. What the page fills in (lists, titles, names) stands after a colon or in apposition, so that no
// declaration text has to be declined.

const pack: PolicyPack = {
  tag: 'sl',
  messages: {
    title: 'Pravilnik o piškotkih',
    skip: 'Preskoči na pravilnik',
    contents: 'Na tej strani',
    metaLine: 'Različica {version} · velja od {date}',
    listComma: ', ',
    listAnd: ' in ',
    none: 'Brez',
    notApplicable: 'Ni relevantno',
    notDeclared: 'Ni navedeno',
    yes: 'Da',
    no: 'Ne',
    durationSession: 'Dokler ne zaprete brskalnika',
    durationPersistent: 'Dokler tega ne izbrišete',
    term: '{term}: {text}',
    languages: 'Jeziki',

    aboutTitle: 'O tem pravilniku',
    aboutIntro: 'Ta pravilnik pojasnjuje, kako {site} v {surfaces} uporablja naslednje tehnologije: {kinds}.',
    aboutSimilar: 'podobne tehnologije',
    analyticsTags: 'analitične oznake',
    aboutSurface: 'delu „{title}“ ({origin})',
    aboutDetail:
      'Za vsako tehnologijo navaja, kdo jo zagotavlja, zakaj se uporablja, kako dolgo se hrani in kje se pojavlja. Tehnologije, ki niso nujne, ostanejo izklopljene, dokler jih ne dovolite.',

    technologiesTitle: 'Tehnologije, ki jih uporabljamo',
    technologiesIntro: 'Uporabljamo te vrste tehnologij:',
    technologiesTable: 'Koliko tehnologij posamezne vrste uporablja vsak del spletnega mesta',
    kindColumn: 'Vrsta',

    purposesTitle: 'Zakaj jih uporabljamo',
    purposesIntro: 'Vsaka tehnologija služi enemu ali več od teh namenov:',
    purposeEssential: 'Nujen namen: potreben za storitev, ki ste jo zahtevali, zato ne zahteva privolitve.',
    purposeOptional: 'Samo z vašo privolitvijo.',

    categoriesTitle: 'Kategorije',
    categoriesIntro:
      'Tehnologije razvrščamo v kategorije. Preglednica pod vsako kategorijo navaja vse tehnologije v njej.',
    categoryRequired:
      'Vedno vklopljeno. Te tehnologije so potrebne za zagotavljanje storitve, zato ne zahtevajo privolitve in jih v nastavitvah piškotkov ni mogoče izklopiti.',
    categoryOptional:
      'Izklopljeno, dokler te kategorije ne dovolite v nastavitvah piškotkov. Privolitev lahko kadar koli prekličete, in to enako preprosto, kot ste jo dali.',
    categorySaleOrShare: 'Tehnologije v tej kategoriji prodajajo ali delijo osebne podatke.',
    categoryEmpty: 'Ta kategorija trenutno ne vsebuje nobene tehnologije.',
    categoryTable: '{category}: {count}',
    colTechnology: 'Tehnologija',
    colDescription: 'Čemu služi',
    colProvider: 'Ponudnik',
    colPurposes: 'Nameni',
    colDuration: 'Trajanje',
    colSurfaces: 'Kje',
    colAttributes: 'Atributi piškotka',
    namedPattern: 'imena, ki ustrezajo vzorcu {pattern}',
    urlPattern: 'zahteve na {url}',
    onHost: 'na domeni {host}',
    scriptReadable: 'berljiv za skripte strani',

    thirdTitle: 'Zunanji ponudniki',
    thirdIntro:
      'Ti ponudniki zagotavljajo nekatere od zgoraj navedenih tehnologij. Lahko nastavljajo ali berejo lastne piškotke in shrambo v skladu s svojimi pravilniki o zasebnosti.',
    thirdNone: 'Ne uporabljamo nobenih zunanjih ponudnikov.',
    thirdTable: 'Zunanji ponudniki in njihove povezave',
    colKind: 'Vrsta',
    colTechnologies: 'Tehnologije',
    colPrivacy: 'Pravilnik o zasebnosti',
    colOptOut: 'Zavrnitev',
    privacyLink: 'Pravilnik o zasebnosti: {name}',
    optOutLink: 'Zavrnitev: {name}',
    noOptOut: 'Ni na voljo',

    controlTitle: 'Kako upravljate piškotke',
    controlSiteTitle: 'Na našem spletnem mestu',
    controlSite:
      'V nastavitvah piškotkov na našem spletnem mestu lahko vsako izbirno kategorijo dovolite ali zavrnete in prekličete dano privolitev. Vašo izbiro hranimo {period}; nato, ali ko bo nova različica tega pravilnika znova zahtevala vašo privolitev, vas bomo vprašali znova.',
    surfacesShared:
      'Vaša izbira velja za vse dele tega spletnega mesta ({surfaces}): vprašamo vas enkrat, sprememba v enem delu pa velja za vse.',
    surfacesSeparate:
      'Deli tega spletnega mesta ({surfaces}) so na različnih domenah: vsak vas za izbiro vpraša posebej, sprememba v enem pa ne velja za druge.',
    controlBrowserTitle: 'V vašem brskalniku',
    controlBrowser:
      'Vsak brskalnik omogoča blokiranje ali brisanje piškotkov in drugih podatkov spletnih mest. Kje so te nastavitve, je odvisno od brskalnika in naprave.',
    controlBrowserEssential: 'Če blokirate nujne tehnologije, preneha delovati tisto, za kar so potrebne:',
    controlFeatures: 'To vključuje: {features}.',
    featureAuthentication: 'prijava prek {name}',
    featurePayment: 'plačevanje prek {name}',
    featureIntegration: 'povezovanje storitve {name}',
    featureHosting: 'dostop do spletnega mesta prek {name}',
    featureOther: 'uporaba storitve {name}',
    controlProvidersTitle: 'Orodja ponudnikov',
    controlProviders: 'Nekateri ponudniki ponujajo lasten način zavrnitve:',
    controlProvidersNone:
      'Nobeden od naših ponudnikov ne ponuja lastnega orodja za zavrnitev; namesto tega uporabite nastavitve piškotkov ali svoj brskalnik.',
    controlIntegrationsTitle: 'Povezane integracije',
    controlIntegrations:
      'Če od svojega delovnega prostora odklopite naslednje integracije, od takrat naprej iz njih ne bomo več pridobivali podatkov: {names}. Zapisi, uvoženi pred odklopom, lahko ostanejo v storitvi {site}; odklop jih ne izbriše.',

    signalsTitle: 'Do Not Track in Global Privacy Control',
    signalsIntro:
      'Do Not Track (DNT) in Global Privacy Control (GPC) sta signala, s katerima lahko vaš brskalnik sporoči, da ne želite sledenja ali prodaje oziroma deljenja svojih osebnih podatkov.',
    signalsNoSaleShare:
      'Osebnih podatkov ne prodajamo in jih ne delimo za vedenjsko oglaševanje v različnih kontekstih.',
    signalsSells: 'Osebne podatke prodajamo.',
    signalsShares: 'Osebne podatke delimo za vedenjsko oglaševanje v različnih kontekstih.',
    signalsCategories: 'To poteka prek naslednjih kategorij: {categories}.',
    signalRecordNothing:
      'Ko vaš brskalnik pošlje signal {signal}, to zabeležimo skupaj z vašo izbiro glede privolitve. Ker osebnih podatkov ne prodajamo in ne delimo, signal nima ničesar več za izklopiti.',
    signalRecordSaleShare:
      'Ko vaš brskalnik pošlje signal {signal}, to le zabeležimo skupaj z vašo izbiro glede privolitve. To ne ustavi zgoraj opisane prodaje ali deljenja; če ju želite ustaviti, te kategorije zavrnite v nastavitvah piškotkov.',
    signalHonorCategories:
      'Ko vaš brskalnik pošlje signal {signal}, ga obravnavamo kot zavrnitev in ga zabeležimo skupaj z vašo izbiro glede privolitve. Naslednje kategorije za vas nato ostanejo izklopljene, ne glede na prejšnjo izbiro: {categories}.',
    signalHonorNothing:
      'Ko vaš brskalnik pošlje signal {signal}, ga obravnavamo kot zavrnitev in ga zabeležimo skupaj z vašo izbiro glede privolitve. Nobena od naših kategorij ne prodaja ali deli osebnih podatkov, zato signal danes ne izklopi ničesar drugega.',
    signalsChange:
      'Če se naša praksa spremeni tako, da bo treba obravnavati signale zavrnitve, bomo posodobili ta pravilnik in upoštevali signale, ki jih zahteva zakon, kjer je to zahtevano.',
    gpcName: 'Global Privacy Control',
    dntName: 'Do Not Track',

    regionsTitle: 'Vaše izbire glede na to, kje ste',
    regionsIntro:
      'Kaj je lahko vklopljeno, preden se odločite, in kako lahko zavrnete, je odvisno od regije, iz katere nas obiskujete. Regijo izvemo iz omrežja, ki dostavlja spletno mesto, ne iz podatkovne zbirke lokacij.',
    regionsDefault: 'Vse druge regije',
    regionsUnknown: 'Kadar vaše regije ne moremo določiti',
    regionOptIn:
      '{regions}: nič, kar ni nujno, se ne uporablja, preden se odločite. Vsako kategorijo dovolite ali zavrnete v nastavitvah piškotkov in privolitev lahko kadar koli prekličete.',
    regionOptOut:
      '{regions}: izbirne kategorije so lahko vklopljene, dokler jih ne zavrnete. Za zavrnitev uporabite možnost „{optOut}“ v nastavitvah piškotkov ali tam izklopite kategorijo.',
    regionOptOutSignal:
      'Signal Global Privacy Control iz vašega brskalnika se tam upošteva kot zavrnitev, prikaže kot „{honored}“ in zabeleži skupaj z vašo izbiro. Zavrnitev zajema: {categories}.',
    regionNotice:
      '{regions}: obveščamo vas o tehnologijah, ki jih uporabljamo; izbirne kategorije so lahko vklopljene brez vprašanja. V nastavitvah piškotkov jih lahko izklopite.',
    changeRegime: 'Spremenjeno, kaj velja pred izbiro, v regijah: {regions}',

    updatesTitle: 'Spremembe tega pravilnika',
    updatesCurrent: 'To je različica {version}, ki velja od {date}.',
    updatesSummary: 'Novo v tej različici: {summary}',
    updatesHow:
      'Ko se tehnologije, ki jih uporabljamo, spremenijo, na tej strani objavimo novo različico z novim datumom začetka veljavnosti. Kadar sprememba znova zahteva vašo privolitev, na primer nova izbirna tehnologija ali daljše trajanje, vas ob naslednjem obisku vprašamo znova.',
    historyTable: 'Zgodovina različic, najnovejša najprej',
    colVersion: 'Različica',
    colEffective: 'Velja od',
    colSummary: 'Povzetek',
    colChanges: 'Kaj se je spremenilo',
    colAskedAgain: 'Obiskovalci znova vprašani',
    historyFirst: 'Prva zabeležena različica.',
    historyNoDetails: 'Podrobnosti te različice niso objavljene.',
    historyNoChanges: 'Brez sprememb navedenih tehnologij.',
    askedAgainYes: 'Da',
    askedAgainNo: 'Ne, prejšnje izbire so ostale veljavne',

    changeTechAdded: '{kind} {name} – dodano ({category})',
    changeTechRemoved: '{kind} {name} – odstranjeno',
    changeTechCategory: '{name}: premaknjeno iz kategorije {before} v kategorijo {after}',
    changeTechDuration: '{name}: trajanje zdaj {after} (prej {before})',
    changeTechPurposes: '{name}: nameni zdaj {purposes}',
    changeTechProvider: '{name}: ponudnik zdaj {provider}',
    changeTechSurfaces: '{name}: zdaj v uporabi v delih spletnega mesta {surfaces}',
    changeTechDetails: 'Posodobljen opis ali podrobnosti: {name}',
    changePurposeAdded: 'Nov namen: {title}',
    changePurposeRemoved: 'Odstranjen namen: {title}',
    changePurposeEssential: 'Namen {title} je zdaj nujen',
    changePurposeNotEssential: 'Namen {title} ni več nujen',
    changePurposeReworded: 'Preoblikovan namen {title}',
    changeCategoryAdded: 'Nova kategorija: {title}',
    changeCategoryRemoved: 'Odstranjena kategorija: {title}',
    changeCategoryTreatment:
      'Kategorija {title} se zdaj obravnava drugače (vedno vklopljena ali prodaja oziroma deljenje)',
    changeCategoryReworded: 'Preoblikovana kategorija {title}',
    changeProviderAdded: 'Nov ponudnik: {name}',
    changeProviderRemoved: 'Odstranjen ponudnik: {name}',
    changeProviderChanged: 'Posodobljeni podatki ponudnika {name}',
    changeSurfaceAdded: 'Nov del spletnega mesta: {title}',
    changeSurfaceRemoved: 'Odstranjen del spletnega mesta: {title}',
    changeSignalHonor: 'Signal {signal} se zdaj upošteva kot zavrnitev',
    changeSignalRecord: 'Signal {signal} se zdaj le beleži',
    changeSellsOn: 'Osebne podatke zdaj prodajamo',
    changeSellsOff: 'Osebnih podatkov ne prodajamo več',
    changeSharesOn: 'Osebne podatke zdaj delimo za vedenjsko oglaševanje v različnih kontekstih',
    changeSharesOff: 'Osebnih podatkov ne delimo več za vedenjsko oglaševanje v različnih kontekstih',
    changePolicyLink: 'Posodobljen naslov tega pravilnika',
    changePrivacyLink: 'Posodobljena povezava do pravilnika o zasebnosti',
    changeContact: 'Posodobljeni kontaktni podatki',
    changeLifetime: 'Izbire se zdaj hranijo {period}',
    changeConsentMode: 'Spremenjeni signali Google Consent Mode, poslani za kategorijo {title}',

    faqTitle: 'Vprašanja in odgovori',
    faqBlocked: 'Ali lahko {site} uporabljam z blokiranimi piškotki?',
    faqBlockedAnswer:
      'Nekatere strani se morda še vedno naložijo, vendar če so nujni piškotki ali shramba brskalnika blokirani, morda ne bo delovalo naslednje: {features}.',
    faqBlockedSurface: 'funkcije dela „{surface}“',
    faqBlockedNone:
      'Da. Ne uporabljamo nobenih nujnih tehnologij, zato blokiranje piškotkov in shrambe brskalnika ničesar ne odvzame.',
    faqAnalytics: 'Ali del „{surface}“ uporablja analitiko?',
    faqAnalyticsYesConsent:
      'Da, vendar šele ko dovolite: {categories}. Do takrat se nič od naslednjega ne naloži ali shrani:',
    faqAnalyticsYesAlways: 'Da. Te analitične tehnologije so vedno vklopljene:',
    faqAnalyticsNo: 'Ne. V delu „{surface}“ ne uporabljamo nobene analitične tehnologije.',
    faqAnalyticsItem: '{name} ({kind}, {provider})',
    faqSeparate: 'Ali je to ločeno od pravilnika o zasebnosti?',
    faqSeparateAnswer:
      'Da. Ta pravilnik o piškotkih podrobno pojasnjuje tehnologije v vašem brskalniku. Dopolnjuje naš {privacy}, ki na splošno opisuje, kako ravnamo z osebnimi podatki.',
    privacyPolicy: 'pravilnik o zasebnosti',

    contactTitle: 'Stik',
    contactIntro: 'Za vprašanja o tem pravilniku ali vaših izbirah se obrnite na {name}:',
    contactIntroNoName: 'Za vprašanja o tem pravilniku ali vaših izbirah se obrnite na nas:',
    contactEmail: 'E-pošta: {email}',
    contactWeb: 'Splet: {url}',
    contactAddress: 'Naslov: {address}',
    contactPrivacy: 'Naš {privacy} pojasnjuje, kako ravnamo z osebnimi podatki.',

    footerVersion: '{site} · Pravilnik o piškotkih, različica {version}, velja od {date}',
    footerGenerated: 'Ustvaril Cookieproof iz deklaracije {fingerprint}.',
  },
  kinds: {
    cookie: {
      one: 'piškotek',
      many: 'piškotki',
      explain:
        'majhni koščki besedila, ki jih spletno mesto prosi vaš brskalnik, naj jih hrani in pošilja nazaj s poznejšimi zahtevami, da lahko prepozna sejo ali izbiro.',
    },
    localStorage: {
      one: 'vnos v lokalni shrambi',
      many: 'lokalna shramba',
      explain:
        'shramba v vašem brskalniku, v kateri spletno mesto hrani podatke na vaši napravi, dokler jih ono ali vi ne izbrišete.',
    },
    sessionStorage: {
      one: 'vnos v shrambi seje',
      many: 'shramba seje',
      explain: 'kot lokalna shramba, vendar se izprazni, ko zaprete zavihek ali okno.',
    },
    pixel: {
      one: 'slikovna pika',
      many: 'slikovne pike',
      explain:
        'zahteve (imenovane tudi svetilniki ali beacons), ki jih stran pošlje merilni storitvi, da sporoči obisk, dogodek ali meritev.',
    },
    script: {
      one: 'skript',
      many: 'skripti',
      explain: 'koda, ki jo stran naloži, pogosto od ponudnika kot „oznako“ (tag), na primer za merjenje obiskov.',
    },
    iframe: {
      one: 'vdelan okvir',
      many: 'vdelani okvirji',
      explain: 'stran drugega spletnega mesta, prikazana znotraj naše, ki lahko uporablja lastne tehnologije.',
    },
  },
  providerKinds: {
    authentication: 'Preverjanje pristnosti',
    analytics: 'Analitika',
    hosting: 'Gostovanje',
    payment: 'Plačila',
    integration: 'Integracija',
    advertising: 'Oglaševanje',
  },
  // Dates name the month in the genitive, as Slovenian writes them ("15. novembra 2026").
  months: 'januarja februarja marca aprila maja junija julija avgusta septembra oktobra novembra decembra'.split(' '),
  date: '{day}. {month} {year}',
  // Slovenian counts: 1, 101, …; 2, 102, … (dual); 3–4, 103–104, …; the rest ("5 dni").
  counted: {
    technology: {
      one: '{n} tehnologija',
      two: '{n} tehnologiji',
      few: '{n} tehnologije',
      other: '{n} tehnologij',
    },
    year: { one: '{n} leto', two: '{n} leti', few: '{n} leta', other: '{n} let' },
    month: { one: '{n} mesec', two: '{n} meseca', few: '{n} meseci', other: '{n} mesecev' },
    week: { one: '{n} teden', two: '{n} tedna', few: '{n} tedni', other: '{n} tednov' },
    day: { one: '{n} dan', two: '{n} dneva', few: '{n} dnevi', other: '{n} dni' },
    hour: { one: '{n} ura', two: '{n} uri', few: '{n} ure', other: '{n} ur' },
    minute: { one: '{n} minuta', two: '{n} minuti', few: '{n} minute', other: '{n} minut' },
    second: { one: '{n} sekunda', two: '{n} sekundi', few: '{n} sekunde', other: '{n} sekund' },
  },
};
export default pack;
