import type { PolicyPack } from '../policy-pack.ts';

// Lithuanian. What the page fills in (lists, titles, names) stands after a colon or in apposition, in the
// nominative, so that no declaration text has to be declined.

const pack: PolicyPack = {
  tag: 'lt',
  messages: {
    title: 'Slapukų politika',
    skip: 'Pereiti prie politikos',
    contents: 'Šiame puslapyje',
    metaLine: 'Versija {version} · galioja nuo {date}',
    listComma: ', ',
    listAnd: ' ir ',
    none: 'Nėra',
    notApplicable: 'Netaikoma',
    notDeclared: 'Nenurodyta',
    yes: 'Taip',
    no: 'Ne',
    durationSession: 'Kol uždarysite naršyklę',
    durationPersistent: 'Kol jį ištrinsite',
    term: '{term}: {text}',
    languages: 'Kalbos',

    aboutTitle: 'Apie šią politiką',
    aboutIntro:
      'Šioje politikoje paaiškinama, kaip {site} naudoja šias technologijas: {kinds}. Politika taikoma šioms svetainės dalims: {surfaces}.',
    aboutSimilar: 'panašios technologijos',
    analyticsTags: 'analitikos žymos',
    aboutSurface: '„{title}“ ({origin})',
    aboutDetail:
      'Prie kiekvienos technologijos nurodoma, kas ją teikia, kodėl ji naudojama, kiek laiko ji saugoma ir kur ji naudojama. Nebūtinos technologijos lieka išjungtos, kol jų neleisite.',

    technologiesTitle: 'Mūsų naudojamos technologijos',
    technologiesIntro: 'Naudojame šių rūšių technologijas:',
    technologiesTable: 'Kiek kiekvienos rūšies technologijų naudoja kiekviena svetainės dalis',
    kindColumn: 'Rūšis',

    purposesTitle: 'Kodėl jas naudojame',
    purposesIntro: 'Kiekviena technologija naudojama vienam ar keliems iš šių tikslų:',
    purposeEssential: 'Būtinas tikslas: reikalingas jūsų prašomai paslaugai, todėl sutikimo nereikia.',
    purposeOptional: 'Tik gavus jūsų sutikimą.',

    categoriesTitle: 'Kategorijos',
    categoriesIntro:
      'Technologijas skirstome į kategorijas. Lentelėje po kiekviena kategorija išvardytos visos jai priklausančios technologijos.',
    categoryRequired:
      'Visada įjungtos. Šios technologijos reikalingos paslaugai teikti, todėl jos neprašo sutikimo ir jų negalima išjungti slapukų nuostatose.',
    categoryOptional:
      'Išjungtos, kol neleisite šios kategorijos slapukų nuostatose. Sutikimą galite bet kada atšaukti, ir tai padaryti taip pat lengva, kaip jį duoti.',
    categorySaleOrShare: 'Šios kategorijos technologijos parduoda asmens duomenis arba jais dalijasi.',
    categoryEmpty: 'Šioje kategorijoje šiuo metu nėra technologijų.',
    categoryTable: '{category}: {count}',
    colTechnology: 'Technologija',
    colDescription: 'Ką ji daro',
    colProvider: 'Teikėjas',
    colPurposes: 'Tikslai',
    colDuration: 'Trukmė',
    colSurfaces: 'Kur',
    colAttributes: 'Slapuko atributai',
    namedPattern: 'pavadinimai pagal šabloną {pattern}',
    urlPattern: 'užklausos adresu {url}',
    onHost: 'domene {host}',
    scriptReadable: 'pasiekiamas puslapio scenarijams',

    thirdTitle: 'Trečiųjų šalių teikėjai',
    thirdIntro:
      'Šie teikėjai teikia kai kurias pirmiau išvardytas technologijas. Jie gali nustatyti arba skaityti savo slapukus ir saugyklą pagal savo privatumo politiką.',
    thirdNone: 'Nesinaudojame trečiųjų šalių teikėjais.',
    thirdTable: 'Trečiųjų šalių teikėjai ir jų nuorodos',
    colKind: 'Tipas',
    colTechnologies: 'Technologijos',
    colPrivacy: 'Privatumo politika',
    colOptOut: 'Atsisakymas',
    privacyLink: 'Privatumo politika: {name}',
    optOutLink: 'Atsisakymas: {name}',
    noOptOut: 'Nesiūloma',

    controlTitle: 'Kaip valdyti slapukus',
    controlSiteTitle: 'Mūsų svetainėje',
    controlSite:
      'Mūsų svetainės slapukų nuostatose galite leisti arba atmesti kiekvieną pasirenkamą kategoriją ir atšaukti duotą sutikimą. Jūsų pasirinkimo saugojimo terminas – {period}; po to arba kai nauja šios politikos versija vėl pareikalaus jūsų sutikimo, paklausime jūsų iš naujo.',
    surfacesShared:
      'Jūsų pasirinkimas galioja visose šios svetainės dalyse ({surfaces}): klausiame vieną kartą, o pakeitimas vienoje dalyje galioja visose.',
    surfacesSeparate:
      'Šios svetainės dalys ({surfaces}) yra skirtinguose domenuose: kiekviena jūsų pasirinkimo klausia atskirai, o pakeitimas vienoje negalioja kitose.',
    controlBrowserTitle: 'Jūsų naršyklėje',
    controlBrowser:
      'Kiekviena naršyklė leidžia blokuoti arba ištrinti slapukus ir kitus svetainių duomenis. Kur yra šie nustatymai, priklauso nuo naršyklės ir įrenginio.',
    controlBrowserEssential: 'Jei užblokuosite būtinąsias technologijas, nustos veikti tai, kam jos reikalingos:',
    controlFeatures: 'Tai apima: {features}.',
    featureAuthentication: 'prisijungimas per {name}',
    featurePayment: 'mokėjimas per {name}',
    featureIntegration: 'paslaugos {name} prijungimas',
    featureHosting: 'prieiga prie svetainės per {name}',
    featureOther: 'paslaugos {name} naudojimas',
    controlProvidersTitle: 'Teikėjų įrankiai',
    controlProviders: 'Kai kurie teikėjai siūlo savo atsisakymo būdą:',
    controlProvidersNone:
      'Nė vienas mūsų teikėjas nesiūlo savo atsisakymo įrankio; vietoj to naudokite slapukų nuostatas arba savo naršyklę.',
    controlIntegrationsTitle: 'Prijungtos integracijos',
    controlIntegrations:
      'Jei atjungsite nuo savo darbo erdvės šias integracijas, nuo tos akimirkos nustosime iš jų gauti duomenis: {names}. Prieš atjungimą importuoti įrašai gali likti paslaugoje {site}; atjungimas jų neištrina.',

    signalsTitle: 'Do Not Track ir Global Privacy Control',
    signalsIntro:
      'Do Not Track (DNT) ir Global Privacy Control (GPC) – tai signalai, kuriais jūsų naršyklė gali pranešti, kad nenorite būti sekami arba kad jūsų asmens duomenys būtų parduodami ar jais būtų dalijamasi.',
    signalsNoSaleShare:
      'Neparduodame asmens duomenų ir nesidalijame jais elgsena grindžiamai reklamai skirtinguose kontekstuose.',
    signalsSells: 'Parduodame asmens duomenis.',
    signalsShares: 'Dalijamės asmens duomenimis elgsena grindžiamai reklamai skirtinguose kontekstuose.',
    signalsCategories: 'Tai vyksta per šias kategorijas: {categories}.',
    signalRecordNothing:
      'Kai jūsų naršyklė siunčia signalą {signal}, tai įrašome kartu su jūsų sprendimu dėl sutikimo. Kadangi asmens duomenų neparduodame ir jais nesidalijame, signalui daugiau nėra ką išjungti.',
    signalRecordSaleShare:
      'Kai jūsų naršyklė siunčia signalą {signal}, tai tik įrašome kartu su jūsų sprendimu dėl sutikimo. Tai nesustabdo pirmiau aprašyto pardavimo ar dalijimosi; norėdami jį sustabdyti, atmeskite tas kategorijas slapukų nuostatose.',
    signalHonorCategories:
      'Kai jūsų naršyklė siunčia signalą {signal}, laikome jį atsisakymu ir įrašome kartu su jūsų sprendimu dėl sutikimo. Tada šios kategorijos jums lieka išjungtos, nepaisant ankstesnio pasirinkimo: {categories}.',
    signalHonorNothing:
      'Kai jūsų naršyklė siunčia signalą {signal}, laikome jį atsisakymu ir įrašome kartu su jūsų sprendimu dėl sutikimo. Nė viena mūsų kategorija neparduoda asmens duomenų ir jais nesidalija, todėl šiuo metu signalas nieko daugiau neišjungia.',
    signalsChange:
      'Jei mūsų praktika pasikeis taip, kad reikės tvarkyti atsisakymo signalus, atnaujinsime šią politiką ir paisysime teisės aktų reikalaujamų signalų ten, kur to reikalaujama.',
    gpcName: 'Global Privacy Control',
    dntName: 'Do Not Track',

    regionsTitle: 'Jūsų pasirinkimai pagal buvimo vietą',
    regionsIntro:
      'Kas gali būti įjungta prieš jums pasirenkant ir kaip galite atsisakyti, priklauso nuo regiono, iš kurio lankotės. Regioną sužinome iš tinklo, kuris pristato svetainę, o ne iš vietovių duomenų bazės.',
    regionsDefault: 'Visi kiti regionai',
    regionsUnknown: 'Kai negalime nustatyti jūsų regiono',
    regionOptIn:
      '{regions}: prieš jums pasirenkant nenaudojama nieko, kas nėra būtina. Kiekvieną kategoriją leidžiate arba atmetate slapukų nuostatose ir bet kada galite atšaukti sutikimą.',
    regionOptOut:
      '{regions}: pasirenkamos kategorijos gali būti įjungtos, kol atsisakysite. Norėdami atsisakyti, slapukų nuostatose naudokite parinktį „{optOut}“ arba ten išjunkite kategoriją.',
    regionOptOutSignal:
      'Global Privacy Control signalas iš jūsų naršyklės ten paisomas kaip atsisakymas, rodomas kaip „{honored}“ ir įrašomas kartu su jūsų pasirinkimu. Atsisakymas taikomas: {categories}.',
    regionNotice:
      '{regions}: informuojame jus apie naudojamas technologijas; pasirenkamos kategorijos gali būti įjungtos neklausiant. Jas galite išjungti slapukų nuostatose.',
    changeRegime: 'Pakeista, kas taikoma prieš pasirinkimą, regionuose: {regions}',

    updatesTitle: 'Šios politikos pakeitimai',
    // The date ends with its own full stop ("2026 m. lapkričio 15 d."), which also ends the sentence.
    updatesCurrent: 'Tai versija {version}, galiojanti nuo {date}',
    updatesSummary: 'Kas naujo šioje versijoje: {summary}',
    updatesHow:
      'Kai naudojamos technologijos pasikeičia, šiame puslapyje skelbiame naują versiją su nauja įsigaliojimo data. Kai pakeitimui vėl reikia jūsų sutikimo, pavyzdžiui, naujai pasirenkamai technologijai arba ilgesnei trukmei, kito apsilankymo metu paklausiame jūsų iš naujo.',
    historyTable: 'Versijų istorija, naujausia pirmiausia',
    colVersion: 'Versija',
    colEffective: 'Galioja nuo',
    colSummary: 'Santrauka',
    colChanges: 'Kas pasikeitė',
    colAskedAgain: 'Lankytojų paklausta iš naujo',
    historyFirst: 'Pirmoji užfiksuota versija.',
    historyNoDetails: 'Šios versijos išsami informacija neskelbiama.',
    historyNoChanges: 'Deklaruotos technologijos nepasikeitė.',
    askedAgainYes: 'Taip',
    askedAgainNo: 'Ne, ankstesni pasirinkimai liko galioti',

    changeTechAdded: '{kind} {name} – pridėta ({category})',
    changeTechRemoved: '{kind} {name} – pašalinta',
    changeTechCategory: '{name}: kategorija dabar {after} (anksčiau {before})',
    changeTechDuration: '{name}: trukmė dabar {after} (anksčiau {before})',
    changeTechPurposes: '{name}: tikslai dabar {purposes}',
    changeTechProvider: '{name}: teikėjas dabar {provider}',
    changeTechSurfaces: '{name}: dabar naudojama svetainės dalyse {surfaces}',
    changeTechDetails: 'Atnaujintas aprašymas arba informacija: {name}',
    changePurposeAdded: 'Naujas tikslas: {title}',
    changePurposeRemoved: 'Pašalintas tikslas: {title}',
    changePurposeEssential: 'Tikslas „{title}“ dabar yra būtinas',
    changePurposeNotEssential: 'Tikslas „{title}“ nebėra būtinas',
    changePurposeReworded: 'Performuluotas tikslas: {title}',
    changeCategoryAdded: 'Nauja kategorija: {title}',
    changeCategoryRemoved: 'Pašalinta kategorija: {title}',
    changeCategoryTreatment:
      'Kategorija „{title}“ dabar traktuojama kitaip (visada įjungta arba pardavimas ar dalijimasis)',
    changeCategoryReworded: 'Performuluota kategorija: {title}',
    changeProviderAdded: 'Naujas teikėjas: {name}',
    changeProviderRemoved: 'Pašalintas teikėjas: {name}',
    changeProviderChanged: 'Atnaujinta teikėjo informacija: {name}',
    changeSurfaceAdded: 'Nauja svetainės dalis: {title}',
    changeSurfaceRemoved: 'Pašalinta svetainės dalis: {title}',
    changeSignalHonor: 'Signalas {signal} dabar paisomas kaip atsisakymas',
    changeSignalRecord: 'Signalas {signal} dabar tik įrašomas',
    changeSellsOn: 'Dabar parduodame asmens duomenis',
    changeSellsOff: 'Nebeparduodame asmens duomenų',
    changeSharesOn: 'Dabar dalijamės asmens duomenimis elgsena grindžiamai reklamai skirtinguose kontekstuose',
    changeSharesOff: 'Nebesidalijame asmens duomenimis elgsena grindžiamai reklamai skirtinguose kontekstuose',
    changePolicyLink: 'Atnaujintas šios politikos adresas',
    changePrivacyLink: 'Atnaujinta nuoroda į privatumo politiką',
    changeContact: 'Atnaujinti kontaktiniai duomenys',
    changeLifetime: 'Pasirinkimų saugojimo terminas dabar – {period}',
    changeConsentMode: 'Pakeisti Google Consent Mode signalai, siunčiami kategorijai {title}',

    faqTitle: 'Klausimai ir atsakymai',
    faqBlocked: 'Ar galiu naudotis paslauga {site}, kai slapukai užblokuoti?',
    faqBlockedAnswer:
      'Kai kurie puslapiai gali ir toliau įkelti, tačiau jei būtinieji slapukai arba naršyklės saugykla užblokuoti, gali neveikti: {features}.',
    faqBlockedSurface: 'dalies „{surface}“ funkcijos',
    faqBlockedNone:
      'Taip. Nenaudojame būtinųjų technologijų, todėl slapukų ir naršyklės saugyklos blokavimas nieko neatima.',
    faqAnalytics: 'Ar dalyje „{surface}“ naudojama analitika?',
    faqAnalyticsYesConsent:
      'Taip, bet tik tada, kai leisite: {categories}. Iki tol niekas iš toliau išvardyto neįkeliama ir nesaugoma:',
    faqAnalyticsYesAlways: 'Taip. Šios analitikos technologijos visada įjungtos:',
    faqAnalyticsNo: 'Ne. Dalyje „{surface}“ nenaudojame jokios analitikos technologijos.',
    faqAnalyticsItem: '{name} ({kind}, {provider})',
    faqSeparate: 'Ar tai atskira nuo privatumo politikos?',
    faqSeparateAnswer:
      'Taip. Ši slapukų politika išsamiai paaiškina jūsų naršyklėje naudojamas technologijas. Asmens duomenų tvarkymą apskritai aprašo {privacy}, kurią ši politika papildo.',
    privacyPolicy: 'mūsų privatumo politika',

    contactTitle: 'Kontaktai',
    contactIntro: 'Kilus klausimų dėl šios politikos ar jūsų pasirinkimų, kreipkitės: {name}',
    contactIntroNoName: 'Kilus klausimų dėl šios politikos ar jūsų pasirinkimų, kreipkitės į mus:',
    contactEmail: 'El. paštas: {email}',
    contactWeb: 'Svetainė: {url}',
    contactAddress: 'Adresas: {address}',
    contactPrivacy: 'Kaip tvarkome asmens duomenis, paaiškina {privacy}.',

    footerVersion: '{site} · Slapukų politika, versija {version}, galioja nuo {date}',
    footerGenerated: 'Sukurta Cookieproof pagal deklaraciją {fingerprint}.',
  },
  kinds: {
    cookie: {
      one: 'slapukas',
      many: 'slapukai',
      explain:
        'nedideli teksto fragmentai, kuriuos svetainė prašo jūsų naršyklės saugoti ir siųsti atgal su vėlesnėmis užklausomis, kad atpažintų seansą ar pasirinkimą.',
    },
    localStorage: {
      one: 'vietinės saugyklos įrašas',
      many: 'vietinė saugykla',
      explain:
        'jūsų naršyklės saugykla, kurioje svetainė laiko duomenis jūsų įrenginyje, kol svetainė arba jūs juos ištrinate.',
    },
    sessionStorage: {
      one: 'seanso saugyklos įrašas',
      many: 'seanso saugykla',
      explain: 'kaip vietinė saugykla, tačiau išvaloma uždarius skirtuką ar langą.',
    },
    pixel: {
      one: 'pikselis',
      many: 'pikseliai',
      explain:
        'užklausos (dar vadinamos švyturėliais, angl. beacons), kurias puslapis siunčia matavimo paslaugai, kad praneštų apie apsilankymą, įvykį ar matavimą.',
    },
    script: {
      one: 'scenarijus',
      many: 'scenarijai',
      explain: 'kodas, kurį įkelia puslapis, dažnai iš teikėjo kaip „žymą“ (tag), pavyzdžiui, apsilankymams matuoti.',
    },
    iframe: {
      one: 'įterptasis rėmelis',
      many: 'įterptieji rėmeliai',
      explain: 'kitos svetainės puslapis, rodomas mūsų puslapyje, kuris gali naudoti savo technologijas.',
    },
  },
  providerKinds: {
    authentication: 'Tapatumo nustatymas',
    analytics: 'Analitika',
    hosting: 'Prieglobos paslaugos',
    payment: 'Mokėjimai',
    integration: 'Integracija',
    advertising: 'Reklama',
  },
  // Dates name the month in the genitive, as Lithuanian writes them ("2026 m. lapkričio 15 d.").
  months: 'sausio vasario kovo balandžio gegužės birželio liepos rugpjūčio rugsėjo spalio lapkričio gruodžio'.split(
    ' ',
  ),
  date: '{year} m. {month} {day} d.',
  // Lithuanian counts: 1, 21, 31, … (not 11); 2–9, 22–29, … ("2 dienos"); 0, 10–20, 30, … ("10 dienų"); "many" is
  // for fractions.
  counted: {
    technology: {
      one: '{n} technologija',
      few: '{n} technologijos',
      many: '{n} technologijos',
      other: '{n} technologijų',
    },
    year: { one: '{n} metai', few: '{n} metai', many: '{n} metų', other: '{n} metų' },
    month: { one: '{n} mėnuo', few: '{n} mėnesiai', many: '{n} mėnesio', other: '{n} mėnesių' },
    week: { one: '{n} savaitė', few: '{n} savaitės', many: '{n} savaitės', other: '{n} savaičių' },
    day: { one: '{n} diena', few: '{n} dienos', many: '{n} dienos', other: '{n} dienų' },
    hour: { one: '{n} valanda', few: '{n} valandos', many: '{n} valandos', other: '{n} valandų' },
    minute: { one: '{n} minutė', few: '{n} minutės', many: '{n} minutės', other: '{n} minučių' },
    second: { one: '{n} sekundė', few: '{n} sekundės', many: '{n} sekundės', other: '{n} sekundžių' },
  },
};
export default pack;
