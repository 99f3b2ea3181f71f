import type { PolicyPack } from '../policy-pack.ts';

const pack: PolicyPack = {
  tag: 'da',
  messages: {
    title: 'Cookiepolitik',
    skip: 'Gå til politikken',
    contents: 'På denne side',
    metaLine: 'Version {version} · gældende fra {date}',
    listComma: ', ',
    listAnd: ' og ',
    none: 'Ingen',
    notApplicable: 'Ikke relevant',
    notDeclared: 'Ikke oplyst',
    yes: 'Ja',
    no: 'Nej',
    durationSession: 'Indtil du lukker browseren',
    durationPersistent: 'Indtil du sletter den',
    term: '{term}: {text}',
    languages: 'Sprog',

    aboutTitle: 'Om denne politik',
    aboutIntro: 'Denne politik forklarer, hvordan {site} bruger {kinds} på {surfaces}.',
    aboutSimilar: 'lignende teknologier',
    analyticsTags: 'analysetags',
    aboutSurface: 'området »{title}« ({origin})',
    aboutDetail:
      'For hver teknologi står der, hvem der leverer den, hvorfor den bruges, hvor længe den opbevares, og hvor den forekommer. Teknologier, der ikke er nødvendige, forbliver slået fra, indtil du tillader dem.',

    technologiesTitle: 'Teknologier, vi bruger',
    technologiesIntro: 'Vi bruger disse typer teknologi:',
    technologiesTable: 'Hvor mange teknologier af hver type de enkelte dele af webstedet bruger',
    kindColumn: 'Type',

    purposesTitle: 'Hvorfor vi bruger dem',
    purposesIntro: 'Hver teknologi tjener et eller flere af disse formål:',
    purposeEssential: 'Nødvendig: kræves til en tjeneste, du har bedt om, og kræver derfor ikke samtykke.',
    purposeOptional: 'Bruges kun med dit samtykke.',

    categoriesTitle: 'Kategorier',
    categoriesIntro:
      'Vi inddeler teknologierne i kategorier. Tabellen under hver kategori viser alle teknologier i den.',
    categoryRequired:
      'Altid aktiv. Disse teknologier er nødvendige for at levere tjenesten, så de beder ikke om samtykke og kan ikke slås fra i cookieindstillingerne.',
    categoryOptional:
      'Slået fra, indtil du tillader denne kategori i cookieindstillingerne. Du kan til enhver tid trække dit samtykke tilbage, og det er lige så let som at give det.',
    categorySaleOrShare: 'Teknologier i denne kategori sælger eller deler personoplysninger.',
    categoryEmpty: 'Denne kategori indeholder i øjeblikket ingen teknologier.',
    categoryTable: '{category}: {count}',
    colTechnology: 'Teknologi',
    colDescription: 'Hvad den gør',
    colProvider: 'Udbyder',
    colPurposes: 'Formål',
    colDuration: 'Varighed',
    colSurfaces: 'Hvor',
    colAttributes: 'Cookieattributter',
    namedPattern: 'navne, der matcher {pattern}',
    urlPattern: 'anmodninger til {url}',
    onHost: 'på {host}',
    scriptReadable: 'kan læses af sidens scripts',

    thirdTitle: 'Tredjepartsudbydere',
    thirdIntro:
      'Disse udbydere leverer nogle af de teknologier, der er nævnt ovenfor. De kan sætte eller læse deres egne cookies og lagring i henhold til deres egne privatlivspolitikker.',
    thirdNone: 'Vi bruger ingen tredjepartsudbydere.',
    thirdTable: 'Tredjepartsudbydere og deres links',
    colKind: 'Type',
    colTechnologies: 'Teknologier',
    colPrivacy: 'Privatlivspolitik',
    colOptOut: 'Fravalg',
    privacyLink: 'Privatlivspolitik for {name}',
    optOutLink: 'Fravalg hos {name}',
    noOptOut: 'Tilbydes ikke',

    controlTitle: 'Sådan styrer du cookies',
    controlSiteTitle: 'På vores websted',
    controlSite:
      'I cookieindstillingerne på vores websted kan du tillade eller afvise hver valgfri kategori og trække et givet samtykke tilbage. Vi gemmer dit valg i {period}; derefter, eller når en ny version af denne politik igen kræver dit samtykke, spørger vi dig igen.',
    surfacesShared:
      'Dit valg gælder for alle dele af dette websted ({surfaces}): du bliver spurgt én gang, og en ændring i én del gælder for dem alle.',
    surfacesSeparate:
      'Delene af dette websted ({surfaces}) ligger på forskellige domæner: hver del spørger om dit valg for sig, og en ændring i én del gælder ikke for de andre.',
    controlBrowserTitle: 'I din browser',
    controlBrowser:
      'Alle browsere giver dig mulighed for at blokere eller slette cookies og andre webstedsdata. Hvor disse indstillinger findes, afhænger af din browser og din enhed.',
    controlBrowserEssential:
      'Hvis du blokerer nødvendige teknologier, holder det, de skal bruges til, op med at virke:',
    controlFeatures: 'Det omfatter {features}.',
    featureAuthentication: 'login med {name}',
    featurePayment: 'betaling via {name}',
    featureIntegration: 'tilknytning af {name}',
    featureHosting: 'adgang til webstedet via {name}',
    featureOther: 'brug af {name}',
    controlProvidersTitle: 'Værktøjer fra udbydere',
    controlProviders: 'Nogle udbydere tilbyder deres egen måde at fravælge på:',
    controlProvidersNone:
      'Ingen af vores udbydere tilbyder et eget fravalgsværktøj; brug i stedet cookieindstillingerne eller din browser.',
    controlIntegrationsTitle: 'Tilknyttede integrationer',
    controlIntegrations:
      'Hvis du fjerner tilknytningen af {names} til dit arbejdsområde, henter vi fra da af ikke længere data derfra. Poster, der blev importeret, før du fjernede tilknytningen, kan forblive i {site}; at fjerne tilknytningen sletter dem ikke.',

    signalsTitle: 'Do Not Track og Global Privacy Control',
    signalsIntro:
      'Do Not Track (DNT) og Global Privacy Control (GPC) er signaler, som din browser kan sende for at tilkendegive, at du ikke ønsker at blive sporet eller at få dine personoplysninger solgt eller delt.',
    signalsNoSaleShare:
      'Vi sælger ikke personoplysninger, og vi deler dem ikke til adfærdsbaseret annoncering på tværs af kontekster.',
    signalsSells: 'Vi sælger personoplysninger.',
    signalsShares: 'Vi deler personoplysninger til adfærdsbaseret annoncering på tværs af kontekster.',
    signalsCategories: 'Det sker gennem disse kategorier: {categories}.',
    signalRecordNothing:
      'Når din browser sender {signal}, registrerer vi dette sammen med dit samtykkevalg. Da vi hverken sælger eller deler personoplysninger, er der ikke mere for signalet at slå fra.',
    signalRecordSaleShare:
      'Når din browser sender {signal}, registrerer vi kun dette sammen med dit samtykkevalg. Det stopper ikke det salg eller den deling, der er beskrevet ovenfor; for at stoppe det skal du afvise disse kategorier i cookieindstillingerne.',
    signalHonorCategories:
      'Når din browser sender {signal}, behandler vi det som et fravalg: {categories} forbliver slået fra for dig, uanset hvad der tidligere er valgt, og vi registrerer signalet sammen med dit samtykkevalg.',
    signalHonorNothing:
      'Når din browser sender {signal}, behandler vi det som et fravalg og registrerer det sammen med dit samtykkevalg. Ingen af vores kategorier sælger eller deler personoplysninger, så i dag slår signalet ikke andet fra.',
    signalsChange:
      'Hvis vores praksis ændres på en måde, der kræver håndtering af fravalgssignaler, opdaterer vi denne politik og respekterer lovpligtige signaler, hvor det er påkrævet.',
    gpcName: 'Global Privacy Control',
    dntName: 'Do Not Track',

    regionsTitle: 'Dine valg der, hvor du er',
    regionsIntro:
      'Hvad der må være aktivt, før du vælger, og hvordan du fravælger, afhænger af den region, du besøger os fra. Vi kender regionen fra det netværk, der leverer webstedet, ikke fra en placeringsdatabase.',
    regionsDefault: 'Alle andre regioner',
    regionsUnknown: 'Hvor vi ikke kan afgøre din region',
    regionOptIn:
      '{regions}: intet, der ikke er nødvendigt, bruges, før du vælger. Du tillader eller afviser hver kategori i cookieindstillingerne og kan til enhver tid trække dit samtykke tilbage.',
    regionOptOut:
      '{regions}: valgfrie kategorier kan være aktive, indtil du fravælger dem. For at fravælge skal du bruge »{optOut}« i cookieindstillingerne eller slå en kategori fra der.',
    regionOptOutSignal:
      'Et Global Privacy Control-signal fra din browser respekteres der som et fravalg af {categories}, vises som »{honored}« og registreres sammen med dit valg.',
    regionNotice:
      '{regions}: vi informerer dig om de teknologier, vi bruger; valgfrie kategorier kan være aktive uden at spørge. Du kan slå dem fra i cookieindstillingerne.',
    changeRegime: 'Ændret, hvad der gælder før et valg, i {regions}',

    updatesTitle: 'Ændringer af denne politik',
    updatesCurrent: 'Dette er version {version}, gældende fra {date}.',
    updatesSummary: 'Nyt i denne version: {summary}',
    updatesHow:
      'Når de teknologier, vi bruger, ændrer sig, offentliggør vi en ny version på denne side med en ny ikrafttrædelsesdato. Når en ændring igen kræver dit samtykke, for eksempel en ny valgfri teknologi eller en længere varighed, spørger vi dig igen ved dit næste besøg.',
    historyTable: 'Versionshistorik, nyeste først',
    colVersion: 'Version',
    colEffective: 'Gældende fra',
    colSummary: 'Resumé',
    colChanges: 'Hvad der er ændret',
    colAskedAgain: 'Besøgende spurgt igen',
    historyFirst: 'Første registrerede version.',
    historyNoDetails: 'Detaljerne om denne version er ikke offentliggjort.',
    historyNoChanges: 'Ingen ændring af de oplyste teknologier.',
    askedAgainYes: 'Ja',
    askedAgainNo: 'Nej, tidligere valg forblev gyldige',

    changeTechAdded: '{kind} {name} tilføjet ({category})',
    changeTechRemoved: '{kind} {name} fjernet',
    changeTechCategory: '{name} flyttet fra {before} til {after}',
    changeTechDuration: '{name} varer nu {after} (før {before})',
    changeTechPurposes: '{name} bruges nu til {purposes}',
    changeTechProvider: '{name} leveres nu af {provider}',
    changeTechSurfaces: '{name} bruges nu på {surfaces}',
    changeTechDetails: 'Beskrivelse eller detaljer for {name} opdateret',
    changePurposeAdded: 'Nyt formål: {title}',
    changePurposeRemoved: 'Formål fjernet: {title}',
    changePurposeEssential: 'Formålet {title} er nu nødvendigt',
    changePurposeNotEssential: 'Formålet {title} er ikke længere nødvendigt',
    changePurposeReworded: 'Formålet {title} omformuleret',
    changeCategoryAdded: 'Ny kategori: {title}',
    changeCategoryRemoved: 'Kategori fjernet: {title}',
    changeCategoryTreatment: 'Kategorien {title} behandles nu anderledes (altid aktiv eller salg eller deling)',
    changeCategoryReworded: 'Kategorien {title} omformuleret',
    changeProviderAdded: 'Ny udbyder: {name}',
    changeProviderRemoved: 'Udbyder fjernet: {name}',
    changeProviderChanged: 'Oplysninger om udbyderen {name} opdateret',
    changeSurfaceAdded: 'Ny del af webstedet: {title}',
    changeSurfaceRemoved: 'Del af webstedet fjernet: {title}',
    changeSignalHonor: '{signal} respekteres nu som et fravalg',
    changeSignalRecord: '{signal} registreres nu kun',
    changeSellsOn: 'Vi sælger nu personoplysninger',
    changeSellsOff: 'Vi sælger ikke længere personoplysninger',
    changeSharesOn: 'Vi deler nu personoplysninger til adfærdsbaseret annoncering på tværs af kontekster',
    changeSharesOff: 'Vi deler ikke længere personoplysninger til adfærdsbaseret annoncering på tværs af kontekster',
    changePolicyLink: 'Adressen på denne politik opdateret',
    changePrivacyLink: 'Linket til privatlivspolitikken opdateret',
    changeContact: 'Kontaktoplysningerne opdateret',
    changeLifetime: 'Valg gemmes nu i {period}',
    changeConsentMode: 'De Google Consent Mode-signaler, der sendes for {title}, er ændret',

    faqTitle: 'Spørgsmål og svar',
    faqBlocked: 'Kan jeg bruge {site} med blokerede cookies?',
    faqBlockedAnswer:
      'Nogle sider indlæses måske stadig, men {features} virker muligvis ikke, hvis nødvendige cookies eller browserlagring er blokeret.',
    faqBlockedSurface: 'funktioner i området »{surface}«',
    faqBlockedNone:
      'Ja. Vi bruger ingen nødvendige teknologier, så det fjerner ikke noget at blokere cookies og browserlagring.',
    faqAnalytics: 'Bruger området »{surface}« analyse?',
    faqAnalyticsYesConsent:
      'Ja, men først når du tillader {categories}. Indtil da indlæses eller gemmes intet af følgende:',
    faqAnalyticsYesAlways: 'Ja. Disse analyseteknologier er altid aktive:',
    faqAnalyticsNo: 'Nej. Vi bruger ingen analyseteknologi i området »{surface}«.',
    faqAnalyticsItem: '{name} ({kind}, {provider})',
    faqSeparate: 'Er dette adskilt fra privatlivspolitikken?',
    faqSeparateAnswer:
      'Ja. Denne cookiepolitik forklarer teknologierne i din browser i detaljer. Den supplerer vores {privacy}, som dækker, hvordan vi behandler personoplysninger generelt.',
    privacyPolicy: 'privatlivspolitik',

    contactTitle: 'Kontakt',
    contactIntro: 'Har du spørgsmål om denne politik eller dine valg, kan du kontakte {name}:',
    contactIntroNoName: 'Har du spørgsmål om denne politik eller dine valg, kan du kontakte os:',
    contactEmail: 'E-mail: {email}',
    contactWeb: 'Web: {url}',
    contactAddress: 'Adresse: {address}',
    contactPrivacy: 'Vores {privacy} forklarer, hvordan vi behandler personoplysninger.',

    footerVersion: '{site} · Cookiepolitik version {version}, gældende fra {date}',
    footerGenerated: 'Genereret af Cookieproof ud fra erklæringen {fingerprint}.',
  },
  kinds: {
    cookie: {
      one: 'cookie',
      many: 'cookies',
      explain:
        'små tekststykker, som et websted beder din browser om at gemme og sende tilbage ved senere anmodninger, så det kan genkende en session eller et valg.',
    },
    localStorage: {
      one: 'post i lokal lagring',
      many: 'lokal lagring',
      explain: 'et lager i din browser, hvor et websted gemmer data på din enhed, indtil det eller du sletter dem.',
    },
    sessionStorage: {
      one: 'post i sessionslagring',
      many: 'sessionslagring',
      explain: 'som lokal lagring, men tømmes, når du lukker fanen eller vinduet.',
    },
    pixel: {
      one: 'pixel',
      many: 'pixels',
      explain:
        'anmodninger (også kaldet beacons), som en side sender til en måletjeneste for at rapportere et besøg, en hændelse eller en måling.',
    },
    script: {
      one: 'script',
      many: 'scripts',
      explain: 'kode, som en side indlæser, ofte fra en udbyder som et »tag«, for eksempel for at måle besøg.',
    },
    iframe: {
      one: 'indlejret ramme',
      many: 'indlejrede rammer',
      explain: 'et andet websteds side vist inde i vores, som kan bruge sine egne teknologier.',
    },
  },
  providerKinds: {
    authentication: 'Godkendelse',
    analytics: 'Analyse',
    hosting: 'Hosting',
    payment: 'Betaling',
    integration: 'Integration',
    advertising: 'Annoncering',
  },
  months: 'januar februar marts april maj juni juli august september oktober november december'.split(' '),
  date: '{day}. {month} {year}',
  counted: {
    technology: { one: '{n} teknologi', other: '{n} teknologier' },
    year: { other: '{n} år' },
    month: { one: '{n} måned', other: '{n} måneder' },
    week: { one: '{n} uge', other: '{n} uger' },
    day: { one: '{n} dag', other: '{n} dage' },
    hour: { one: '{n} time', other: '{n} timer' },
    minute: { one: '{n} minut', other: '{n} minutter' },
    second: { one: '{n} sekund', other: '{n} sekunder' },
  },
};
export default pack;
