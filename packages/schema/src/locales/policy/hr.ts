import type { PolicyPack } from '../policy-pack.ts';

// Croatian. What the page fills in (lists, titles, names) stands after a colon or in apposition, so that no
// declaration text has to be declined.

const pack: PolicyPack = {
  tag: 'hr',
  messages: {
    title: 'Pravila o kolačićima',
    skip: 'Prijeđi na pravila',
    contents: 'Na ovoj stranici',
    metaLine: 'Verzija {version} · primjenjuje se od {date}',
    listComma: ', ',
    listAnd: ' i ',
    none: 'Nema',
    notApplicable: 'Nije primjenjivo',
    notDeclared: 'Nije navedeno',
    yes: 'Da',
    no: 'Ne',
    durationSession: 'Dok ne zatvorite preglednik',
    durationPersistent: 'Dok ih ne izbrišete',
    term: '{term}: {text}',
    languages: 'Jezici',

    aboutTitle: 'O ovim pravilima',
    aboutIntro: 'Ova pravila objašnjavaju kako {site} u {surfaces} upotrebljava sljedeće tehnologije: {kinds}.',
    aboutSimilar: 'slične tehnologije',
    analyticsTags: 'analitičke oznake',
    aboutSurface: 'dijelu „{title}” ({origin})',
    aboutDetail:
      'Za svaku tehnologiju navode tko je pruža, zašto se upotrebljava, koliko dugo se čuva i gdje se pojavljuje. Tehnologije koje nisu nužne ostaju isključene dok ih ne dopustite.',

    technologiesTitle: 'Tehnologije koje upotrebljavamo',
    technologiesIntro: 'Upotrebljavamo ove vrste tehnologija:',
    technologiesTable: 'Koliko tehnologija svake vrste upotrebljava svaki dio web-mjesta',
    kindColumn: 'Vrsta',

    purposesTitle: 'Zašto ih upotrebljavamo',
    purposesIntro: 'Svaka tehnologija služi jednoj ili više od ovih svrha:',
    purposeEssential: 'Nužna svrha: potrebna je za uslugu koju ste zatražili, pa ne zahtijeva privolu.',
    purposeOptional: 'Samo uz vašu privolu.',

    categoriesTitle: 'Kategorije',
    categoriesIntro:
      'Tehnologije razvrstavamo u kategorije. Tablica ispod svake kategorije navodi sve tehnologije u njoj.',
    categoryRequired:
      'Uvijek uključeno. Ove su tehnologije potrebne za pružanje usluge, pa ne traže privolu i ne mogu se isključiti u postavkama kolačića.',
    categoryOptional:
      'Isključeno dok ovu kategoriju ne dopustite u postavkama kolačića. Privolu možete povući u bilo kojem trenutku, i to jednako jednostavno kao što ste je dali.',
    categorySaleOrShare: 'Tehnologije u ovoj kategoriji prodaju ili dijele osobne podatke.',
    categoryEmpty: 'Ova kategorija trenutačno ne sadržava nijednu tehnologiju.',
    categoryTable: '{category}: {count}',
    colTechnology: 'Tehnologija',
    colDescription: 'Čemu služi',
    colProvider: 'Pružatelj',
    colPurposes: 'Svrhe',
    colDuration: 'Trajanje',
    colSurfaces: 'Gdje',
    colAttributes: 'Atributi kolačića',
    namedPattern: 'nazivi koji odgovaraju uzorku {pattern}',
    urlPattern: 'zahtjevi prema {url}',
    onHost: 'na domeni {host}',
    scriptReadable: 'čitljiv skriptama stranice',

    thirdTitle: 'Vanjski pružatelji',
    thirdIntro:
      'Ovi pružatelji pružaju neke od gore navedenih tehnologija. Mogu postavljati ili čitati vlastite kolačiće i pohranu u skladu sa svojim pravilima o privatnosti.',
    thirdNone: 'Ne upotrebljavamo nijednog vanjskog pružatelja.',
    thirdTable: 'Vanjski pružatelji i njihove poveznice',
    colKind: 'Vrsta',
    colTechnologies: 'Tehnologije',
    colPrivacy: 'Pravila o privatnosti',
    colOptOut: 'Odbijanje',
    privacyLink: 'Pravila o privatnosti: {name}',
    optOutLink: 'Odbijanje: {name}',
    noOptOut: 'Ne nudi se',

    controlTitle: 'Kako upravljati kolačićima',
    controlSiteTitle: 'Na našem web-mjestu',
    controlSite:
      'U postavkama kolačića na našem web-mjestu možete dopustiti ili odbiti svaku neobaveznu kategoriju i povući danu privolu. Vaš izbor čuvamo {period}; nakon toga, ili kada nova verzija ovih pravila ponovno bude zahtijevala vašu privolu, ponovno ćemo vas pitati.',
    surfacesShared:
      'Vaš izbor vrijedi za sve dijelove ovog web-mjesta ({surfaces}): pitamo vas jednom, a promjena na jednom dijelu vrijedi za sve.',
    surfacesSeparate:
      'Dijelovi ovog web-mjesta ({surfaces}) nalaze se na različitim domenama: svaki vas zasebno pita za izbor, a promjena na jednom ne vrijedi za ostale.',
    controlBrowserTitle: 'U vašem pregledniku',
    controlBrowser:
      'Svaki preglednik omogućuje blokiranje ili brisanje kolačića i drugih podataka web-mjesta. Gdje se te postavke nalaze, ovisi o pregledniku i uređaju.',
    controlBrowserEssential: 'Ako blokirate nužne tehnologije, prestat će raditi ono za što su potrebne:',
    controlFeatures: 'To uključuje: {features}.',
    featureAuthentication: 'prijava putem usluge {name}',
    featurePayment: 'plaćanje putem usluge {name}',
    featureIntegration: 'povezivanje usluge {name}',
    featureHosting: 'pristup web-mjestu putem usluge {name}',
    featureOther: 'upotreba usluge {name}',
    controlProvidersTitle: 'Alati pružatelja',
    controlProviders: 'Neki pružatelji nude vlastiti način odbijanja:',
    controlProvidersNone:
      'Nijedan naš pružatelj ne nudi vlastiti alat za odbijanje; umjesto toga upotrijebite postavke kolačića ili svoj preglednik.',
    controlIntegrationsTitle: 'Povezane integracije',
    controlIntegrations:
      'Ako od svojeg radnog prostora odspojite sljedeće integracije, od tog trenutka prestajemo preuzimati podatke iz njih: {names}. Zapisi uvezeni prije odspajanja mogu ostati u usluzi {site}; odspajanje ih ne briše.',

    signalsTitle: 'Do Not Track i Global Privacy Control',
    signalsIntro:
      'Do Not Track (DNT) i Global Privacy Control (GPC) signali su kojima vaš preglednik može poručiti da ne želite praćenje ni prodaju ili dijeljenje svojih osobnih podataka.',
    signalsNoSaleShare:
      'Ne prodajemo osobne podatke i ne dijelimo ih za bihevioralno oglašavanje u različitim kontekstima.',
    signalsSells: 'Prodajemo osobne podatke.',
    signalsShares: 'Dijelimo osobne podatke za bihevioralno oglašavanje u različitim kontekstima.',
    signalsCategories: 'To se događa putem sljedećih kategorija: {categories}.',
    signalRecordNothing:
      'Kada vaš preglednik pošalje signal {signal}, bilježimo to zajedno s vašim izborom u pogledu privole. Budući da osobne podatke ne prodajemo niti dijelimo, signal nema što više isključiti.',
    signalRecordSaleShare:
      'Kada vaš preglednik pošalje signal {signal}, to samo bilježimo zajedno s vašim izborom u pogledu privole. To ne zaustavlja prethodno opisanu prodaju ili dijeljenje; da biste ih zaustavili, odbijte te kategorije u postavkama kolačića.',
    signalHonorCategories:
      'Kada vaš preglednik pošalje signal {signal}, smatramo ga odbijanjem i bilježimo ga zajedno s vašim izborom u pogledu privole. Sljedeće kategorije tada ostaju isključene za vas, bez obzira na prethodni izbor: {categories}.',
    signalHonorNothing:
      'Kada vaš preglednik pošalje signal {signal}, smatramo ga odbijanjem i bilježimo ga zajedno s vašim izborom u pogledu privole. Nijedna naša kategorija ne prodaje niti dijeli osobne podatke, pa signal danas ne isključuje ništa drugo.',
    signalsChange:
      'Ako se naša praksa promijeni tako da bude potrebno obrađivati signale odbijanja, ažurirat ćemo ova pravila i poštovati zakonom propisane signale ondje gdje je to propisano.',
    gpcName: 'Global Privacy Control',
    dntName: 'Do Not Track',

    regionsTitle: 'Vaši izbori ovisno o tome gdje se nalazite',
    regionsIntro:
      'Što smije biti uključeno prije vašeg izbora i kako možete odbiti ovisi o regiji iz koje nas posjećujete. Regiju saznajemo iz mreže koja isporučuje web-mjesto, a ne iz baze podataka o lokaciji.',
    regionsDefault: 'Sve ostale regije',
    regionsUnknown: 'Kada ne možemo utvrditi vašu regiju',
    regionOptIn:
      '{regions}: ništa što nije nužno ne upotrebljava se prije vašeg izbora. Svaku kategoriju dopuštate ili odbijate u postavkama kolačića i privolu možete povući u bilo kojem trenutku.',
    regionOptOut:
      '{regions}: neobavezne kategorije mogu biti uključene dok ih ne odbijete. Za odbijanje upotrijebite opciju „{optOut}” u postavkama kolačića ili ondje isključite kategoriju.',
    regionOptOutSignal:
      'Signal Global Privacy Control iz vašeg preglednika ondje se poštuje kao odbijanje, prikazuje kao „{honored}” i bilježi zajedno s vašim izborom. Odbijanje obuhvaća: {categories}.',
    regionNotice:
      '{regions}: obavješćujemo vas o tehnologijama koje upotrebljavamo; neobavezne kategorije mogu biti uključene bez pitanja. Možete ih isključiti u postavkama kolačića.',
    changeRegime: 'Promijenjeno što vrijedi prije izbora u regijama: {regions}',

    updatesTitle: 'Izmjene ovih pravila',
    // The date ends with its own full stop ("15. studenoga 2026."), which also ends the sentence.
    updatesCurrent: 'Ovo je verzija {version}, koja se primjenjuje od {date}',
    updatesSummary: 'Novo u ovoj verziji: {summary}',
    updatesHow:
      'Kada se tehnologije koje upotrebljavamo promijene, na ovoj stranici objavljujemo novu verziju s novim datumom početka primjene. Kada izmjena ponovno zahtijeva vašu privolu, na primjer nova neobavezna tehnologija ili dulje trajanje, ponovno vas pitamo pri sljedećem posjetu.',
    historyTable: 'Povijest verzija, najnovija prva',
    colVersion: 'Verzija',
    colEffective: 'Primjenjuje se od',
    colSummary: 'Sažetak',
    colChanges: 'Što se promijenilo',
    colAskedAgain: 'Posjetitelji ponovno pitani',
    historyFirst: 'Prva zabilježena verzija.',
    historyNoDetails: 'Pojedinosti ove verzije nisu objavljene.',
    historyNoChanges: 'Nema promjena navedenih tehnologija.',
    askedAgainYes: 'Da',
    askedAgainNo: 'Ne, prethodni izbori ostali su valjani',

    changeTechAdded: '{kind} {name} – dodano ({category})',
    changeTechRemoved: '{kind} {name} – uklonjeno',
    changeTechCategory: '{name}: premješteno iz kategorije {before} u kategoriju {after}',
    changeTechDuration: '{name}: trajanje sada {after} (prije {before})',
    changeTechPurposes: '{name}: svrhe sada {purposes}',
    changeTechProvider: '{name}: pružatelj sada {provider}',
    changeTechSurfaces: '{name}: sada se upotrebljava u dijelovima web-mjesta {surfaces}',
    changeTechDetails: 'Ažuriran opis ili pojedinosti: {name}',
    changePurposeAdded: 'Nova svrha: {title}',
    changePurposeRemoved: 'Uklonjena svrha: {title}',
    changePurposeEssential: 'Svrha {title} sada je nužna',
    changePurposeNotEssential: 'Svrha {title} više nije nužna',
    changePurposeReworded: 'Preoblikovana svrha {title}',
    changeCategoryAdded: 'Nova kategorija: {title}',
    changeCategoryRemoved: 'Uklonjena kategorija: {title}',
    changeCategoryTreatment:
      'Kategorija {title} sada se tretira drukčije (uvijek uključena ili prodaja odnosno dijeljenje)',
    changeCategoryReworded: 'Preoblikovana kategorija {title}',
    changeProviderAdded: 'Novi pružatelj: {name}',
    changeProviderRemoved: 'Uklonjen pružatelj: {name}',
    changeProviderChanged: 'Ažurirani podaci o pružatelju {name}',
    changeSurfaceAdded: 'Novi dio web-mjesta: {title}',
    changeSurfaceRemoved: 'Uklonjen dio web-mjesta: {title}',
    changeSignalHonor: 'Signal {signal} sada se poštuje kao odbijanje',
    changeSignalRecord: 'Signal {signal} sada se samo bilježi',
    changeSellsOn: 'Sada prodajemo osobne podatke',
    changeSellsOff: 'Više ne prodajemo osobne podatke',
    changeSharesOn: 'Sada dijelimo osobne podatke za bihevioralno oglašavanje u različitim kontekstima',
    changeSharesOff: 'Više ne dijelimo osobne podatke za bihevioralno oglašavanje u različitim kontekstima',
    changePolicyLink: 'Ažurirana adresa ovih pravila',
    changePrivacyLink: 'Ažurirana poveznica na pravila o privatnosti',
    changeContact: 'Ažurirani podaci za kontakt',
    changeLifetime: 'Izbori se sada čuvaju {period}',
    changeConsentMode: 'Promijenjeni signali Google Consent Mode koji se šalju za kategoriju {title}',

    faqTitle: 'Pitanja i odgovori',
    faqBlocked: 'Mogu li upotrebljavati {site} s blokiranim kolačićima?',
    faqBlockedAnswer:
      'Neke se stranice možda i dalje učitavaju, ali ako su nužni kolačići ili pohrana preglednika blokirani, možda neće raditi sljedeće: {features}.',
    faqBlockedSurface: 'funkcije dijela „{surface}”',
    faqBlockedNone:
      'Da. Ne upotrebljavamo nužne tehnologije, pa blokiranje kolačića i pohrane preglednika ništa ne oduzima.',
    faqAnalytics: 'Upotrebljava li dio „{surface}” analitiku?',
    faqAnalyticsYesConsent:
      'Da, ali tek nakon što dopustite: {categories}. Do tada se ništa od sljedećeg ne učitava niti pohranjuje:',
    faqAnalyticsYesAlways: 'Da. Ove analitičke tehnologije uvijek su uključene:',
    faqAnalyticsNo: 'Ne. U dijelu „{surface}” ne upotrebljavamo nijednu analitičku tehnologiju.',
    faqAnalyticsItem: '{name} ({kind}, {provider})',
    faqSeparate: 'Je li to odvojeno od pravila o privatnosti?',
    faqSeparateAnswer:
      'Da. Ova pravila o kolačićima detaljno objašnjavaju tehnologije u vašem pregledniku. Ona dopunjuju naša {privacy}, koja općenito opisuju kako postupamo s osobnim podacima.',
    privacyPolicy: 'pravila o privatnosti',

    contactTitle: 'Kontakt',
    contactIntro: 'Za pitanja o ovim pravilima ili vašim izborima kontaktirajte {name}:',
    contactIntroNoName: 'Za pitanja o ovim pravilima ili vašim izborima obratite nam se:',
    contactEmail: 'E-pošta: {email}',
    contactWeb: 'Web: {url}',
    contactAddress: 'Adresa: {address}',
    contactPrivacy: 'Naša {privacy} objašnjavaju kako postupamo s osobnim podacima.',

    footerVersion: '{site} · Pravila o kolačićima, verzija {version}, primjenjuju se od {date}',
    footerGenerated: 'Izradio Cookieproof iz deklaracije {fingerprint}.',
  },
  kinds: {
    cookie: {
      one: 'kolačić',
      many: 'kolačići',
      explain:
        'mali dijelovi teksta koje web-mjesto traži od vašeg preglednika da ih sačuva i vraća uz kasnije zahtjeve kako bi prepoznalo sesiju ili izbor.',
    },
    localStorage: {
      one: 'unos u lokalnoj pohrani',
      many: 'lokalna pohrana',
      explain:
        'pohrana u vašem pregledniku u kojoj web-mjesto čuva podatke na vašem uređaju dok ih ono ili vi ne izbrišete.',
    },
    sessionStorage: {
      one: 'unos u pohrani sesije',
      many: 'pohrana sesije',
      explain: 'poput lokalne pohrane, ali se prazni kada zatvorite karticu ili prozor.',
    },
    pixel: {
      one: 'piksel',
      many: 'pikseli',
      explain:
        'zahtjevi (koji se nazivaju i beaconi) koje stranica šalje mjernoj usluzi kako bi prijavila posjet, događaj ili mjerenje.',
    },
    script: {
      one: 'skripta',
      many: 'skripte',
      explain: 'kôd koji stranica učitava, često od pružatelja kao „oznaku” (tag), na primjer za mjerenje posjeta.',
    },
    iframe: {
      one: 'ugrađeni okvir',
      many: 'ugrađeni okviri',
      explain: 'stranica drugog web-mjesta prikazana unutar naše, koja može upotrebljavati vlastite tehnologije.',
    },
  },
  providerKinds: {
    authentication: 'Autentifikacija',
    analytics: 'Analitika',
    hosting: 'Hosting',
    payment: 'Plaćanje',
    integration: 'Integracija',
    advertising: 'Oglašavanje',
  },
  // Dates name the month in the genitive, as Croatian writes them ("15. studenoga 2026.").
  months: 'siječnja veljače ožujka travnja svibnja lipnja srpnja kolovoza rujna listopada studenoga prosinca'.split(
    ' ',
  ),
  date: '{day}. {month} {year}.',
  // Croatian counts: 1, 21, 31, … (not 11); 2–4, 22–24, … (not 12–14); the rest ("5 dana").
  counted: {
    technology: { one: '{n} tehnologija', few: '{n} tehnologije', other: '{n} tehnologija' },
    year: { one: '{n} godina', few: '{n} godine', other: '{n} godina' },
    month: { one: '{n} mjesec', few: '{n} mjeseca', other: '{n} mjeseci' },
    week: { one: '{n} tjedan', few: '{n} tjedna', other: '{n} tjedana' },
    day: { one: '{n} dan', few: '{n} dana', other: '{n} dana' },
    hour: { one: '{n} sat', few: '{n} sata', other: '{n} sati' },
    minute: { one: '{n} minuta', few: '{n} minute', other: '{n} minuta' },
    second: { one: '{n} sekunda', few: '{n} sekunde', other: '{n} sekundi' },
  },
};
export default pack;
