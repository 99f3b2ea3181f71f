import type { PolicyPack } from '../policy-pack.ts';

// Estonian. Estonian marks case with endings, so what the page fills in stands after a colon, in apposition or in
// the nominative; dates stand as an apposition ("jõustumiskuupäev 15. november 2026").

const pack: PolicyPack = {
  tag: 'et',
  messages: {
    title: 'Küpsiste põhimõtted',
    skip: 'Mine põhimõtete juurde',
    contents: 'Sellel lehel',
    metaLine: 'Versioon {version} · jõustumiskuupäev {date}',
    listComma: ', ',
    listAnd: ' ja ',
    none: 'Puudub',
    notApplicable: 'Ei kohaldu',
    notDeclared: 'Pole märgitud',
    yes: 'Jah',
    no: 'Ei',
    durationSession: 'Kuni sulgete brauseri',
    durationPersistent: 'Kuni te selle kustutate',
    term: '{term}: {text}',
    languages: 'Keeled',

    aboutTitle: 'Nende põhimõtete kohta',
    aboutIntro:
      'Need põhimõtted selgitavad, kuidas {site} kasutab järgmisi tehnoloogiaid: {kinds}. Põhimõtted hõlmavad saidi järgmisi osi: {surfaces}.',
    aboutSimilar: 'sarnased tehnoloogiad',
    analyticsTags: 'analüütikasildid',
    aboutSurface: '„{title}“ ({origin})',
    aboutDetail:
      'Iga tehnoloogia juures on kirjas, kes seda pakub, milleks seda kasutatakse, kui kaua seda säilitatakse ja kus see esineb. Tehnoloogiad, mis ei ole hädavajalikud, jäävad välja lülitatuks, kuni te need lubate.',

    technologiesTitle: 'Tehnoloogiad, mida kasutame',
    technologiesIntro: 'Kasutame järgmist liiki tehnoloogiaid:',
    technologiesTable: 'Mitu iga liigi tehnoloogiat saidi iga osa kasutab',
    kindColumn: 'Liik',

    purposesTitle: 'Miks me neid kasutame',
    purposesIntro: 'Iga tehnoloogia teenib üht või mitut järgmistest eesmärkidest:',
    purposeEssential: 'Hädavajalik eesmärk: vajalik teie soovitud teenuse jaoks, seega ei nõua nõusolekut.',
    purposeOptional: 'Ainult teie nõusolekul.',

    categoriesTitle: 'Kategooriad',
    categoriesIntro:
      'Jagame tehnoloogiad kategooriatesse. Iga kategooria all olev tabel loetleb kõik sellesse kuuluvad tehnoloogiad.',
    categoryRequired:
      'Alati sees. Need tehnoloogiad on teenuse osutamiseks vajalikud, seega ei küsi need nõusolekut ja neid ei saa küpsiste eelistustes välja lülitada.',
    categoryOptional:
      'Väljas, kuni lubate selle kategooria küpsiste eelistustes. Võite oma nõusoleku igal ajal tagasi võtta ja see on sama lihtne kui selle andmine.',
    categorySaleOrShare: 'Selle kategooria tehnoloogiad müüvad või jagavad isikuandmeid.',
    categoryEmpty: 'Selles kategoorias ei ole praegu ühtegi tehnoloogiat.',
    categoryTable: '{category}: {count}',
    colTechnology: 'Tehnoloogia',
    colDescription: 'Mida see teeb',
    colProvider: 'Pakkuja',
    colPurposes: 'Eesmärgid',
    colDuration: 'Kestus',
    colSurfaces: 'Kus',
    colAttributes: 'Küpsise atribuudid',
    namedPattern: 'nimed mustriga {pattern}',
    urlPattern: 'päringud aadressile {url}',
    onHost: 'domeenil {host}',
    scriptReadable: 'lehe skriptidele loetav',

    thirdTitle: 'Kolmandatest isikutest pakkujad',
    thirdIntro:
      'Need pakkujad pakuvad osa eespool loetletud tehnoloogiatest. Nad võivad seada või lugeda oma küpsiseid ja salvestusruumi vastavalt oma privaatsuspõhimõtetele.',
    thirdNone: 'Me ei kasuta kolmandatest isikutest pakkujaid.',
    thirdTable: 'Kolmandatest isikutest pakkujad ja nende lingid',
    colKind: 'Liik',
    colTechnologies: 'Tehnoloogiad',
    colPrivacy: 'Privaatsuspõhimõtted',
    colOptOut: 'Loobumine',
    privacyLink: 'Privaatsuspõhimõtted: {name}',
    optOutLink: 'Loobumine: {name}',
    noOptOut: 'Ei pakuta',

    controlTitle: 'Kuidas küpsiseid hallata',
    controlSiteTitle: 'Meie saidil',
    controlSite:
      'Meie saidi küpsiste eelistustes saate iga valikulise kategooria lubada või keelata ning antud nõusoleku tagasi võtta. Teie valiku säilitamise aeg on {period}; pärast seda või kui nende põhimõtete uus versioon vajab taas teie nõusolekut, küsime teilt uuesti.',
    surfacesShared:
      'Teie valik kehtib selle saidi kõigis osades ({surfaces}): küsime teilt üks kord ja muudatus ühes osas kehtib kõigis.',
    surfacesSeparate:
      'Selle saidi osad ({surfaces}) asuvad eri domeenides: igaüks küsib teie valikut eraldi ja muudatus ühes ei kehti teistes.',
    controlBrowserTitle: 'Teie brauseris',
    controlBrowser:
      'Iga brauser võimaldab küpsiseid ja muid saidiandmeid blokeerida või kustutada. Kus need seaded asuvad, sõltub brauserist ja seadmest.',
    controlBrowserEssential: 'Kui blokeerite hädavajalikud tehnoloogiad, lakkab töötamast see, milleks neid vaja on:',
    controlFeatures: 'See puudutab järgmist: {features}.',
    featureAuthentication: 'sisselogimine teenusega {name}',
    featurePayment: 'maksmine teenuse {name} kaudu',
    featureIntegration: 'teenuse {name} ühendamine',
    featureHosting: 'saidile pääsemine teenuse {name} kaudu',
    featureOther: 'teenuse {name} kasutamine',
    controlProvidersTitle: 'Pakkujate tööriistad',
    controlProviders: 'Mõned pakkujad pakuvad oma loobumisvõimalust:',
    controlProvidersNone:
      'Ükski meie pakkuja ei paku oma loobumistööriista; kasutage selle asemel küpsiste eelistusi või oma brauserit.',
    controlIntegrationsTitle: 'Ühendatud integratsioonid',
    controlIntegrations:
      'Kui eemaldate oma tööruumist järgmised integratsioonid, lõpetame sellest hetkest nendest andmete toomise: {names}. Enne eemaldamist imporditud kirjed võivad jääda teenusesse {site}; eemaldamine neid ei kustuta.',

    signalsTitle: 'Do Not Track ja Global Privacy Control',
    signalsIntro:
      'Do Not Track (DNT) ja Global Privacy Control (GPC) on signaalid, millega teie brauser saab teada anda, et te ei soovi, et teid jälgitaks või teie isikuandmeid müüdaks või jagataks.',
    signalsNoSaleShare: 'Me ei müü isikuandmeid ega jaga neid kontekstiülese käitumispõhise reklaami jaoks.',
    signalsSells: 'Me müüme isikuandmeid.',
    signalsShares: 'Me jagame isikuandmeid kontekstiülese käitumispõhise reklaami jaoks.',
    signalsCategories: 'See toimub järgmiste kategooriate kaudu: {categories}.',
    signalRecordNothing:
      'Kui teie brauser saadab signaali {signal}, salvestame selle koos teie nõusolekuvalikuga. Kuna me isikuandmeid ei müü ega jaga, pole signaalil midagi muud välja lülitada.',
    signalRecordSaleShare:
      'Kui teie brauser saadab signaali {signal}, salvestame selle ainult koos teie nõusolekuvalikuga. See ei peata eespool kirjeldatud müüki ega jagamist; selle peatamiseks keelake need kategooriad küpsiste eelistustes.',
    signalHonorCategories:
      'Kui teie brauser saadab signaali {signal}, käsitleme seda loobumisena ja salvestame selle koos teie nõusolekuvalikuga. Järgmised kategooriad jäävad siis teie jaoks välja, olenemata varasemast valikust: {categories}.',
    signalHonorNothing:
      'Kui teie brauser saadab signaali {signal}, käsitleme seda loobumisena ja salvestame selle koos teie nõusolekuvalikuga. Ükski meie kategooria ei müü ega jaga isikuandmeid, seega ei lülita signaal praegu midagi muud välja.',
    signalsChange:
      'Kui meie tava muutub nii, et loobumissignaale on vaja käsitleda, uuendame neid põhimõtteid ja austame seadusega nõutavaid signaale seal, kus see on nõutav.',
    gpcName: 'Global Privacy Control',
    dntName: 'Do Not Track',

    regionsTitle: 'Teie valikud olenevalt asukohast',
    regionsIntro:
      'See, mis võib enne teie valikut sees olla ja kuidas saate loobuda, oleneb piirkonnast, kust meid külastate. Piirkonna saame teada saiti edastavast võrgust, mitte asukohaandmebaasist.',
    regionsDefault: 'Kõik muud piirkonnad',
    regionsUnknown: 'Kui me ei suuda teie piirkonda kindlaks teha',
    regionOptIn:
      '{regions}: enne teie valikut ei kasutata midagi, mis pole hädavajalik. Lubate või keelate iga kategooria küpsiste eelistustes ja võite nõusoleku igal ajal tagasi võtta.',
    regionOptOut:
      '{regions}: valikulised kategooriad võivad olla sees, kuni te loobute. Loobumiseks kasutage küpsiste eelistustes valikut „{optOut}“ või lülitage seal kategooria välja.',
    regionOptOutSignal:
      'Teie brauseri Global Privacy Controli signaali austatakse seal loobumisena, seda näidatakse kujul „{honored}“ ja see salvestatakse koos teie valikuga. Loobumine hõlmab järgmist: {categories}.',
    regionNotice:
      '{regions}: teavitame teid kasutatavatest tehnoloogiatest; valikulised kategooriad võivad olla sees ilma küsimata. Saate need küpsiste eelistustes välja lülitada.',
    changeRegime: 'Muudetud, mis kehtib enne valikut, piirkondades: {regions}',

    updatesTitle: 'Nende põhimõtete muudatused',
    updatesCurrent: 'See on versioon {version}, jõustumiskuupäev {date}.',
    updatesSummary: 'Selles versioonis uut: {summary}',
    updatesHow:
      'Kui kasutatavad tehnoloogiad muutuvad, avaldame sellel lehel uue versiooni uue jõustumiskuupäevaga. Kui muudatus vajab taas teie nõusolekut, näiteks uus valikuline tehnoloogia või pikem kestus, küsime teilt järgmisel külastusel uuesti.',
    historyTable: 'Versioonide ajalugu, uusim eespool',
    colVersion: 'Versioon',
    colEffective: 'Jõustumiskuupäev',
    colSummary: 'Kokkuvõte',
    colChanges: 'Mis muutus',
    colAskedAgain: 'Külastajatelt küsiti uuesti',
    historyFirst: 'Esimene salvestatud versioon.',
    historyNoDetails: 'Selle versiooni üksikasju pole avaldatud.',
    historyNoChanges: 'Deklareeritud tehnoloogiates muudatusi pole.',
    askedAgainYes: 'Jah',
    askedAgainNo: 'Ei, varasemad valikud jäid kehtima',

    changeTechAdded: '{kind} {name} – lisatud ({category})',
    changeTechRemoved: '{kind} {name} – eemaldatud',
    changeTechCategory: '{name}: kategooria nüüd {after} (varem {before})',
    changeTechDuration: '{name}: kestus nüüd {after} (varem {before})',
    changeTechPurposes: '{name}: eesmärgid nüüd {purposes}',
    changeTechProvider: '{name}: pakkuja nüüd {provider}',
    changeTechSurfaces: '{name}: kasutusel nüüd saidi osades {surfaces}',
    changeTechDetails: 'Uuendatud kirjeldus või üksikasjad: {name}',
    changePurposeAdded: 'Uus eesmärk: {title}',
    changePurposeRemoved: 'Eemaldatud eesmärk: {title}',
    changePurposeEssential: 'Eesmärk {title} on nüüd hädavajalik',
    changePurposeNotEssential: 'Eesmärk {title} ei ole enam hädavajalik',
    changePurposeReworded: 'Eesmärgi {title} sõnastust muudeti',
    changeCategoryAdded: 'Uus kategooria: {title}',
    changeCategoryRemoved: 'Eemaldatud kategooria: {title}',
    changeCategoryTreatment: 'Kategooriat {title} käsitletakse nüüd teisiti (alati sees või müük või jagamine)',
    changeCategoryReworded: 'Kategooria {title} sõnastust muudeti',
    changeProviderAdded: 'Uus pakkuja: {name}',
    changeProviderRemoved: 'Eemaldatud pakkuja: {name}',
    changeProviderChanged: 'Pakkuja {name} andmeid uuendati',
    changeSurfaceAdded: 'Saidi uus osa: {title}',
    changeSurfaceRemoved: 'Eemaldatud saidi osa: {title}',
    changeSignalHonor: 'Signaali {signal} austatakse nüüd loobumisena',
    changeSignalRecord: 'Signaal {signal} nüüd ainult salvestatakse',
    changeSellsOn: 'Müüme nüüd isikuandmeid',
    changeSellsOff: 'Me ei müü enam isikuandmeid',
    changeSharesOn: 'Jagame nüüd isikuandmeid kontekstiülese käitumispõhise reklaami jaoks',
    changeSharesOff: 'Me ei jaga enam isikuandmeid kontekstiülese käitumispõhise reklaami jaoks',
    changePolicyLink: 'Nende põhimõtete aadressi uuendati',
    changePrivacyLink: 'Privaatsuspõhimõtete linki uuendati',
    changeContact: 'Kontaktandmeid uuendati',
    changeLifetime: 'Valikute säilitamise aeg on nüüd {period}',
    changeConsentMode: 'Kategooria {title} jaoks saadetavaid Google Consent Mode’i signaale muudeti',

    faqTitle: 'Küsimused ja vastused',
    faqBlocked: 'Kas saan teenust {site} kasutada blokeeritud küpsistega?',
    faqBlockedAnswer:
      'Mõned lehed võivad endiselt laadida, kuid kui hädavajalikud küpsised või brauseri salvestusruum on blokeeritud, ei pruugi töötada järgmine: {features}.',
    faqBlockedSurface: 'osa „{surface}“ funktsioonid',
    faqBlockedNone:
      'Jah. Me ei kasuta hädavajalikke tehnoloogiaid, seega ei võta küpsiste ja brauseri salvestusruumi blokeerimine midagi ära.',
    faqAnalytics: 'Kas osa „{surface}“ kasutab analüütikat?',
    faqAnalyticsYesConsent:
      'Jah, kuid alles pärast seda, kui lubate järgmise: {categories}. Seni ei laadita ega salvestata midagi järgmisest:',
    faqAnalyticsYesAlways: 'Jah. Need analüütikatehnoloogiad on alati sees:',
    faqAnalyticsNo: 'Ei. Osas „{surface}“ me analüütikatehnoloogiat ei kasuta.',
    faqAnalyticsItem: '{name} ({kind}, {provider})',
    faqSeparate: 'Kas see on privaatsuspõhimõtetest eraldi?',
    faqSeparateAnswer:
      'Jah. Need küpsiste põhimõtted selgitavad üksikasjalikult teie brauseris kasutatavaid tehnoloogiaid. Isikuandmete käsitlemist üldiselt kirjeldavad {privacy}, mida need põhimõtted täiendavad.',
    privacyPolicy: 'meie privaatsuspõhimõtted',

    contactTitle: 'Kontakt',
    contactIntro: 'Küsimuste korral nende põhimõtete või teie valikute kohta võtke ühendust: {name}',
    contactIntroNoName: 'Küsimuste korral nende põhimõtete või teie valikute kohta võtke meiega ühendust:',
    contactEmail: 'E-post: {email}',
    contactWeb: 'Veeb: {url}',
    contactAddress: 'Aadress: {address}',
    contactPrivacy: 'Isikuandmete käsitlemist selgitavad {privacy}.',

    footerVersion: '{site} · Küpsiste põhimõtted, versioon {version}, jõustumiskuupäev {date}',
    footerGenerated: 'Loodud Cookieproofiga deklaratsioonist {fingerprint}.',
  },
  kinds: {
    cookie: {
      one: 'küpsis',
      many: 'küpsised',
      explain:
        'väikesed tekstijupid, mida sait palub teie brauseril säilitada ja hilisemate päringutega tagasi saata, et ära tunda seanss või valik.',
    },
    localStorage: {
      one: 'kohaliku salvestusruumi kirje',
      many: 'kohalik salvestusruum',
      explain:
        'teie brauseris olev salvestusruum, kus sait hoiab andmeid teie seadmes, kuni sait või teie need kustutate.',
    },
    sessionStorage: {
      one: 'seansi salvestusruumi kirje',
      many: 'seansi salvestusruum',
      explain: 'nagu kohalik salvestusruum, kuid tühjendatakse vahekaardi või akna sulgemisel.',
    },
    pixel: {
      one: 'piksel',
      many: 'pikslid',
      explain:
        'päringud (ka majakad ehk beacons), mille leht saadab mõõteteenusele, et teatada külastusest, sündmusest või mõõtmisest.',
    },
    script: {
      one: 'skript',
      many: 'skriptid',
      explain: 'kood, mida leht laadib, sageli pakkujalt „sildina“ (tag), näiteks külastuste mõõtmiseks.',
    },
    iframe: {
      one: 'manustatud raam',
      many: 'manustatud raamid',
      explain: 'teise saidi leht, mida näidatakse meie lehe sees ja mis võib kasutada oma tehnoloogiaid.',
    },
  },
  providerKinds: {
    authentication: 'Autentimine',
    analytics: 'Analüütika',
    hosting: 'Majutus',
    payment: 'Maksed',
    integration: 'Integratsioon',
    advertising: 'Reklaam',
  },
  months: 'jaanuar veebruar märts aprill mai juuni juuli august september oktoober november detsember'.split(' '),
  date: '{day}. {month} {year}',
  counted: {
    technology: { one: '{n} tehnoloogia', other: '{n} tehnoloogiat' },
    year: { one: '{n} aasta', other: '{n} aastat' },
    month: { one: '{n} kuu', other: '{n} kuud' },
    week: { one: '{n} nädal', other: '{n} nädalat' },
    day: { one: '{n} päev', other: '{n} päeva' },
    hour: { one: '{n} tund', other: '{n} tundi' },
    minute: { one: '{n} minut', other: '{n} minutit' },
    second: { one: '{n} sekund', other: '{n} sekundit' },
  },
};
export default pack;
