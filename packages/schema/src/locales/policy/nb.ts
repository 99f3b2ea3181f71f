import type { PolicyPack } from '../policy-pack.ts';

// Norwegian Bokmål; "no" and "nn" visitors reach it through the banner packs' aliases.

const pack: PolicyPack = {
  tag: 'nb',
  messages: {
    title: 'Retningslinjer for informasjonskapsler',
    skip: 'Gå til retningslinjene',
    contents: 'På denne siden',
    metaLine: 'Versjon {version} · gjelder fra {date}',
    listComma: ', ',
    listAnd: ' og ',
    none: 'Ingen',
    notApplicable: 'Ikke relevant',
    notDeclared: 'Ikke oppgitt',
    yes: 'Ja',
    no: 'Nei',
    durationSession: 'Til du lukker nettleseren',
    durationPersistent: 'Til du sletter den',
    term: '{term}: {text}',
    languages: 'Språk',

    aboutTitle: 'Om disse retningslinjene',
    aboutIntro: 'Disse retningslinjene forklarer hvordan {site} bruker {kinds} på {surfaces}.',
    aboutSimilar: 'lignende teknologier',
    analyticsTags: 'analysetagger',
    aboutSurface: 'delen «{title}» ({origin})',
    aboutDetail:
      'For hver teknologi står det hvem som leverer den, hvorfor den brukes, hvor lenge den lagres og hvor den forekommer. Teknologier som ikke er nødvendige, forblir slått av til du tillater dem.',

    technologiesTitle: 'Teknologier vi bruker',
    technologiesIntro: 'Dette er typene teknologi vi bruker:',
    technologiesTable: 'Hvor mange teknologier av hver type hver del av nettstedet bruker',
    kindColumn: 'Type',

    purposesTitle: 'Hvorfor vi bruker dem',
    purposesIntro: 'Hver teknologi tjener ett eller flere av disse formålene:',
    purposeEssential: 'Nødvendig: trengs for en tjeneste du har bedt om, og krever derfor ikke samtykke.',
    purposeOptional: 'Brukes bare med ditt samtykke.',

    categoriesTitle: 'Kategorier',
    categoriesIntro:
      'Vi deler teknologiene inn i kategorier. Tabellen under hver kategori viser alle teknologiene i den.',
    categoryRequired:
      'Alltid på. Disse teknologiene trengs for å levere tjenesten, så de ber ikke om samtykke og kan ikke slås av i innstillingene for informasjonskapsler.',
    categoryOptional:
      'Av til du tillater denne kategorien i innstillingene for informasjonskapsler. Du kan når som helst trekke tilbake samtykket ditt, og det er like enkelt som å gi det.',
    categorySaleOrShare: 'Teknologier i denne kategorien selger eller deler personopplysninger.',
    categoryEmpty: 'Denne kategorien har for øyeblikket ingen teknologier.',
    categoryTable: '{category}: {count}',
    colTechnology: 'Teknologi',
    colDescription: 'Hva den gjør',
    colProvider: 'Leverandør',
    colPurposes: 'Formål',
    colDuration: 'Varighet',
    colSurfaces: 'Hvor',
    colAttributes: 'Attributter for informasjonskapsler',
    namedPattern: 'navn som samsvarer med {pattern}',
    urlPattern: 'forespørsler til {url}',
    onHost: 'på {host}',
    scriptReadable: 'lesbar for sidens skript',

    thirdTitle: 'Tredjepartsleverandører',
    thirdIntro:
      'Disse leverandørene leverer noen av teknologiene som er nevnt ovenfor. De kan sette eller lese sine egne informasjonskapsler og sin egen lagring, i henhold til sine egne personvernerklæringer.',
    thirdNone: 'Vi bruker ingen tredjepartsleverandører.',
    thirdTable: 'Tredjepartsleverandører og lenkene deres',
    colKind: 'Type',
    colTechnologies: 'Teknologier',
    colPrivacy: 'Personvernerklæring',
    colOptOut: 'Reservasjon',
    privacyLink: 'Personvernerklæringen til {name}',
    optOutLink: 'Reservasjon hos {name}',
    noOptOut: 'Tilbys ikke',

    controlTitle: 'Slik styrer du informasjonskapsler',
    controlSiteTitle: 'På nettstedet vårt',
    controlSite:
      'I innstillingene for informasjonskapsler på nettstedet vårt kan du tillate eller avvise hver valgfri kategori og trekke tilbake samtykke du har gitt. Vi tar vare på valget ditt i {period}; etter det, eller når en ny versjon av disse retningslinjene krever samtykket ditt på nytt, spør vi deg igjen.',
    surfacesShared:
      'Valget ditt gjelder for alle deler av dette nettstedet ({surfaces}): du blir spurt én gang, og en endring i én del gjelder for alle.',
    surfacesSeparate:
      'Delene av dette nettstedet ({surfaces}) ligger på ulike domener: hver del spør om valget ditt for seg, og en endring i én del gjelder ikke for de andre.',
    controlBrowserTitle: 'I nettleseren din',
    controlBrowser:
      'Alle nettlesere lar deg blokkere eller slette informasjonskapsler og andre nettstedsdata. Hvor disse innstillingene er, avhenger av nettleseren og enheten din.',
    controlBrowserEssential: 'Hvis du blokkerer nødvendige teknologier, slutter det de trengs til, å virke:',
    controlFeatures: 'Dette omfatter {features}.',
    featureAuthentication: 'innlogging med {name}',
    featurePayment: 'betaling via {name}',
    featureIntegration: 'tilkobling av {name}',
    featureHosting: 'tilgang til nettstedet via {name}',
    featureOther: 'bruk av {name}',
    controlProvidersTitle: 'Verktøy fra leverandører',
    controlProviders: 'Noen leverandører tilbyr sin egen måte å reservere seg på:',
    controlProvidersNone:
      'Ingen av leverandørene våre tilbyr et eget reservasjonsverktøy; bruk i stedet innstillingene for informasjonskapsler eller nettleseren din.',
    controlIntegrationsTitle: 'Tilkoblede integrasjoner',
    controlIntegrations:
      'Hvis du kobler {names} fra arbeidsområdet ditt, slutter vi fra da av å hente data derfra. Oppføringer som ble importert før du koblet fra, kan bli værende i {site}; å koble fra sletter dem ikke.',

    signalsTitle: 'Do Not Track og Global Privacy Control',
    signalsIntro:
      'Do Not Track (DNT) og Global Privacy Control (GPC) er signaler nettleseren din kan sende for å si at du ikke vil spores eller at personopplysningene dine ikke skal selges eller deles.',
    signalsNoSaleShare:
      'Vi selger ikke personopplysninger, og vi deler dem ikke for atferdsbasert markedsføring på tvers av kontekster.',
    signalsSells: 'Vi selger personopplysninger.',
    signalsShares: 'Vi deler personopplysninger for atferdsbasert markedsføring på tvers av kontekster.',
    signalsCategories: 'Dette skjer gjennom disse kategoriene: {categories}.',
    signalRecordNothing:
      'Når nettleseren din sender {signal}, registrerer vi det sammen med samtykkevalget ditt. Siden vi verken selger eller deler personopplysninger, er det ikke noe mer for signalet å slå av.',
    signalRecordSaleShare:
      'Når nettleseren din sender {signal}, registrerer vi bare det sammen med samtykkevalget ditt. Det stanser ikke salget eller delingen som er beskrevet ovenfor; for å stanse det må du avvise de kategoriene i innstillingene for informasjonskapsler.',
    signalHonorCategories:
      'Når nettleseren din sender {signal}, behandler vi det som en reservasjon: {categories} forblir slått av for deg, uansett hva som er valgt tidligere, og vi registrerer signalet sammen med samtykkevalget ditt.',
    signalHonorNothing:
      'Når nettleseren din sender {signal}, behandler vi det som en reservasjon og registrerer det sammen med samtykkevalget ditt. Ingen av kategoriene våre selger eller deler personopplysninger, så i dag slår signalet ikke av noe annet.',
    signalsChange:
      'Hvis praksisen vår endres på en måte som krever håndtering av reservasjonssignaler, oppdaterer vi disse retningslinjene og respekterer lovpålagte signaler der det kreves.',
    gpcName: 'Global Privacy Control',
    dntName: 'Do Not Track',

    regionsTitle: 'Valgene dine der du er',
    regionsIntro:
      'Hva som kan være på før du velger, og hvordan du reserverer deg, avhenger av regionen du besøker oss fra. Vi får vite regionen fra nettverket som leverer nettstedet, ikke fra en stedsdatabase.',
    regionsDefault: 'Alle andre regioner',
    regionsUnknown: 'Der vi ikke kan fastslå regionen din',
    regionOptIn:
      '{regions}: ingenting som ikke er nødvendig, brukes før du velger. Du tillater eller avviser hver kategori i innstillingene for informasjonskapsler og kan trekke tilbake når som helst.',
    regionOptOut:
      '{regions}: valgfrie kategorier kan være på til du reserverer deg. For å reservere deg bruker du «{optOut}» i innstillingene for informasjonskapsler eller slår av en kategori der.',
    regionOptOutSignal:
      'Et Global Privacy Control-signal fra nettleseren din respekteres der som en reservasjon mot {categories}, vises som «{honored}» og registreres sammen med valget ditt.',
    regionNotice:
      '{regions}: vi informerer deg om teknologiene vi bruker; valgfrie kategorier kan være på uten at vi spør. Du kan slå dem av i innstillingene for informasjonskapsler.',
    changeRegime: 'Endret hva som gjelder før et valg i {regions}',

    updatesTitle: 'Endringer i disse retningslinjene',
    updatesCurrent: 'Dette er versjon {version}, som gjelder fra {date}.',
    updatesSummary: 'Nytt i denne versjonen: {summary}',
    updatesHow:
      'Når teknologiene vi bruker endres, publiserer vi en ny versjon på denne siden med en ny ikrafttredelsesdato. Når en endring krever samtykket ditt på nytt, for eksempel en ny valgfri teknologi eller en lengre varighet, spør vi deg igjen ved neste besøk.',
    historyTable: 'Versjonshistorikk, nyeste først',
    colVersion: 'Versjon',
    colEffective: 'Gjelder fra',
    colSummary: 'Sammendrag',
    colChanges: 'Hva som er endret',
    colAskedAgain: 'Besøkende spurt på nytt',
    historyFirst: 'Første registrerte versjon.',
    historyNoDetails: 'Detaljene om denne versjonen er ikke publisert.',
    historyNoChanges: 'Ingen endring i de oppgitte teknologiene.',
    askedAgainYes: 'Ja',
    askedAgainNo: 'Nei, tidligere valg forble gyldige',

    changeTechAdded: '{kind} {name} er lagt til ({category})',
    changeTechRemoved: '{kind} {name} er fjernet',
    changeTechCategory: '{name} er flyttet fra {before} til {after}',
    changeTechDuration: '{name} varer nå {after} (før {before})',
    changeTechPurposes: '{name} brukes nå til {purposes}',
    changeTechProvider: '{name} leveres nå av {provider}',
    changeTechSurfaces: '{name} brukes nå på {surfaces}',
    changeTechDetails: 'Beskrivelsen eller detaljene for {name} er oppdatert',
    changePurposeAdded: 'Nytt formål: {title}',
    changePurposeRemoved: 'Formål fjernet: {title}',
    changePurposeEssential: 'Formålet {title} er nå nødvendig',
    changePurposeNotEssential: 'Formålet {title} er ikke lenger nødvendig',
    changePurposeReworded: 'Formålet {title} er omformulert',
    changeCategoryAdded: 'Ny kategori: {title}',
    changeCategoryRemoved: 'Kategori fjernet: {title}',
    changeCategoryTreatment: 'Kategorien {title} behandles nå annerledes (alltid på, eller salg eller deling)',
    changeCategoryReworded: 'Kategorien {title} er omformulert',
    changeProviderAdded: 'Ny leverandør: {name}',
    changeProviderRemoved: 'Leverandør fjernet: {name}',
    changeProviderChanged: 'Opplysningene om leverandøren {name} er oppdatert',
    changeSurfaceAdded: 'Ny del av nettstedet: {title}',
    changeSurfaceRemoved: 'Del av nettstedet fjernet: {title}',
    changeSignalHonor: '{signal} respekteres nå som en reservasjon',
    changeSignalRecord: '{signal} registreres nå bare',
    changeSellsOn: 'Vi selger nå personopplysninger',
    changeSellsOff: 'Vi selger ikke lenger personopplysninger',
    changeSharesOn: 'Vi deler nå personopplysninger for atferdsbasert markedsføring på tvers av kontekster',
    changeSharesOff: 'Vi deler ikke lenger personopplysninger for atferdsbasert markedsføring på tvers av kontekster',
    changePolicyLink: 'Adressen til disse retningslinjene er oppdatert',
    changePrivacyLink: 'Lenken til personvernerklæringen er oppdatert',
    changeContact: 'Kontaktopplysningene er oppdatert',
    changeLifetime: 'Valg tas nå vare på i {period}',
    changeConsentMode: 'Endret Google Consent Mode-signalene som sendes for {title}',

    faqTitle: 'Spørsmål og svar',
    faqBlocked: 'Kan jeg bruke {site} med informasjonskapsler blokkert?',
    faqBlockedAnswer:
      'Noen sider lastes kanskje fortsatt, men {features} virker kanskje ikke hvis nødvendige informasjonskapsler eller nettleserlagring er blokkert.',
    faqBlockedSurface: 'funksjoner i delen «{surface}»',
    faqBlockedNone:
      'Ja. Vi bruker ingen nødvendige teknologier, så å blokkere informasjonskapsler og nettleserlagring tar ikke bort noe.',
    faqAnalytics: 'Bruker delen «{surface}» analyse?',
    faqAnalyticsYesConsent:
      'Ja, men først etter at du tillater {categories}. Inntil da lastes eller lagres ingenting av dette:',
    faqAnalyticsYesAlways: 'Ja. Disse analyseteknologiene er alltid på:',
    faqAnalyticsNo: 'Nei. Vi bruker ingen analyseteknologi i delen «{surface}».',
    faqAnalyticsItem: '{name} ({kind}, {provider})',
    faqSeparate: 'Er dette atskilt fra personvernerklæringen?',
    faqSeparateAnswer:
      'Ja. Disse retningslinjene for informasjonskapsler forklarer teknologiene i nettleseren din i detalj. De supplerer {privacy} vår, som dekker hvordan vi behandler personopplysninger generelt.',
    privacyPolicy: 'personvernerklæringen',

    contactTitle: 'Kontakt',
    contactIntro: 'Har du spørsmål om disse retningslinjene eller valgene dine, kan du kontakte {name}:',
    contactIntroNoName: 'Har du spørsmål om disse retningslinjene eller valgene dine, kan du kontakte oss:',
    contactEmail: 'E-post: {email}',
    contactWeb: 'Nett: {url}',
    contactAddress: 'Adresse: {address}',
    contactPrivacy: '{privacy} vår forklarer hvordan vi behandler personopplysninger.',

    footerVersion: '{site} · Retningslinjer for informasjonskapsler, versjon {version}, gjelder fra {date}',
    footerGenerated: 'Generert av Cookieproof fra erklæringen {fingerprint}.',
  },
  kinds: {
    cookie: {
      one: 'informasjonskapsel',
      many: 'informasjonskapsler',
      explain:
        'små tekstbiter et nettsted ber nettleseren din ta vare på og sende tilbake med senere forespørsler, slik at det kan kjenne igjen en økt eller et valg.',
    },
    localStorage: {
      one: 'oppføring i lokal lagring',
      many: 'lokal lagring',
      explain:
        'et lager i nettleseren din der et nettsted lagrer data på enheten din til nettstedet eller du sletter dem.',
    },
    sessionStorage: {
      one: 'oppføring i øktlagring',
      many: 'øktlagring',
      explain: 'som lokal lagring, men tømmes når du lukker fanen eller vinduet.',
    },
    pixel: {
      one: 'piksel',
      many: 'piksler',
      explain:
        'forespørsler (også kalt beacons) som en side sender til en måletjeneste for å rapportere et besøk, en hendelse eller en måling.',
    },
    script: {
      one: 'skript',
      many: 'skript',
      explain: 'kode en side laster inn, ofte fra en leverandør som en «tagg», for eksempel for å måle besøk.',
    },
    iframe: {
      one: 'innebygd ramme',
      many: 'innebygde rammer',
      explain: 'en side fra et annet nettsted vist inne i vår, som kan bruke sine egne teknologier.',
    },
  },
  providerKinds: {
    authentication: 'Autentisering',
    analytics: 'Analyse',
    hosting: 'Hosting',
    payment: 'Betaling',
    integration: 'Integrasjon',
    advertising: 'Annonsering',
  },
  months: 'januar februar mars april mai juni juli august september oktober november desember'.split(' '),
  date: '{day}. {month} {year}',
  counted: {
    technology: { one: '{n} teknologi', other: '{n} teknologier' },
    year: { other: '{n} år' },
    month: { one: '{n} måned', other: '{n} måneder' },
    week: { one: '{n} uke', other: '{n} uker' },
    day: { one: '{n} dag', other: '{n} dager' },
    hour: { one: '{n} time', other: '{n} timer' },
    minute: { one: '{n} minutt', other: '{n} minutter' },
    second: { one: '{n} sekund', other: '{n} sekunder' },
  },
};
export default pack;
