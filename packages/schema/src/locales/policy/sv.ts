import type { PolicyPack } from '../policy-pack.ts';

const pack: PolicyPack = {
  tag: 'sv',
  messages: {
    title: 'Kakpolicy',
    skip: 'Hoppa till policyn',
    contents: 'På den här sidan',
    metaLine: 'Version {version} · gäller från {date}',
    listComma: ', ',
    listAnd: ' och ',
    none: 'Inga',
    notApplicable: 'Ej tillämpligt',
    notDeclared: 'Ej angivet',
    yes: 'Ja',
    no: 'Nej',
    durationSession: 'Tills du stänger webbläsaren',
    durationPersistent: 'Tills du rensar den',
    term: '{term}: {text}',
    languages: 'Språk',

    aboutTitle: 'Om den här policyn',
    aboutIntro: 'Den här policyn förklarar hur {site} använder {kinds} på {surfaces}.',
    aboutSimilar: 'liknande tekniker',
    analyticsTags: 'analystaggar',
    aboutSurface: 'delen ”{title}” ({origin})',
    aboutDetail:
      'För varje teknik anges vem som tillhandahåller den, varför den används, hur länge den sparas och var den förekommer. Tekniker som inte är nödvändiga förblir avstängda tills du tillåter dem.',

    technologiesTitle: 'Tekniker vi använder',
    technologiesIntro: 'Det här är de typer av teknik vi använder:',
    technologiesTable: 'Hur många tekniker av varje typ varje del av webbplatsen använder',
    kindColumn: 'Typ',

    purposesTitle: 'Varför vi använder dem',
    purposesIntro: 'Varje teknik tjänar ett eller flera av dessa ändamål:',
    purposeEssential: 'Nödvändig: behövs för en tjänst du har bett om och kräver därför inget samtycke.',
    purposeOptional: 'Används endast med ditt samtycke.',

    categoriesTitle: 'Kategorier',
    categoriesIntro:
      'Vi delar in teknikerna i kategorier. Tabellen under varje kategori förtecknar alla tekniker i den.',
    categoryRequired:
      'Alltid på. Dessa tekniker behövs för att tillhandahålla tjänsten, så de ber inte om samtycke och kan inte stängas av i inställningarna för kakor.',
    categoryOptional:
      'Avstängd tills du tillåter den här kategorin i inställningarna för kakor. Du kan när som helst återkalla ditt samtycke, och det är lika enkelt som att ge det.',
    categorySaleOrShare: 'Tekniker i den här kategorin säljer eller delar personuppgifter.',
    categoryEmpty: 'Den här kategorin innehåller för närvarande inga tekniker.',
    categoryTable: '{category}: {count}',
    colTechnology: 'Teknik',
    colDescription: 'Vad den gör',
    colProvider: 'Leverantör',
    colPurposes: 'Ändamål',
    colDuration: 'Lagringstid',
    colSurfaces: 'Var',
    colAttributes: 'Kakattribut',
    namedPattern: 'namn som matchar {pattern}',
    urlPattern: 'förfrågningar till {url}',
    onHost: 'på {host}',
    scriptReadable: 'läsbar för sidans skript',

    thirdTitle: 'Tredjepartsleverantörer',
    thirdIntro:
      'Dessa leverantörer tillhandahåller några av de tekniker som anges ovan. De kan sätta eller läsa egna kakor och egen lagring enligt sina egna integritetspolicyer.',
    thirdNone: 'Vi använder inga tredjepartsleverantörer.',
    thirdTable: 'Tredjepartsleverantörer och deras länkar',
    colKind: 'Typ',
    colTechnologies: 'Tekniker',
    colPrivacy: 'Integritetspolicy',
    colOptOut: 'Avregistrering',
    privacyLink: 'Integritetspolicy för {name}',
    optOutLink: 'Avregistrering hos {name}',
    noOptOut: 'Erbjuds inte',

    controlTitle: 'Så styr du kakor',
    controlSiteTitle: 'På vår webbplats',
    controlSite:
      'I inställningarna för kakor på vår webbplats kan du tillåta eller avvisa varje valfri kategori och återkalla ett samtycke du har gett. Vi sparar ditt val i {period}; därefter, eller när en ny version av den här policyn behöver ditt samtycke igen, frågar vi dig på nytt.',
    surfacesShared:
      'Ditt val gäller på alla delar av den här webbplatsen ({surfaces}): du tillfrågas en gång, och en ändring på en del gäller för alla.',
    surfacesSeparate:
      'Delarna av den här webbplatsen ({surfaces}) ligger på olika domäner: varje del frågar efter ditt val för sig, och en ändring på en del gäller inte för de andra.',
    controlBrowserTitle: 'I din webbläsare',
    controlBrowser:
      'Alla webbläsare låter dig blockera eller radera kakor och andra webbplatsdata. Var inställningarna finns beror på din webbläsare och din enhet.',
    controlBrowserEssential: 'Om du blockerar nödvändiga tekniker slutar det de behövs för att fungera:',
    controlFeatures: 'Detta omfattar {features}.',
    featureAuthentication: 'inloggning med {name}',
    featurePayment: 'betalning via {name}',
    featureIntegration: 'anslutning av {name}',
    featureHosting: 'åtkomst till webbplatsen via {name}',
    featureOther: 'användning av {name}',
    controlProvidersTitle: 'Verktyg från leverantörer',
    controlProviders: 'Vissa leverantörer erbjuder ett eget sätt att avregistrera sig:',
    controlProvidersNone:
      'Ingen av våra leverantörer erbjuder ett eget verktyg för avregistrering; använd i stället inställningarna för kakor eller din webbläsare.',
    controlIntegrationsTitle: 'Anslutna integrationer',
    controlIntegrations:
      'Om du kopplar bort {names} från din arbetsyta slutar vi från och med då att hämta data därifrån. Poster som importerades innan du kopplade bort kan finnas kvar i {site}; att koppla bort raderar dem inte.',

    signalsTitle: 'Do Not Track och Global Privacy Control',
    signalsIntro:
      'Do Not Track (DNT) och Global Privacy Control (GPC) är signaler som din webbläsare kan skicka för att meddela att du inte vill bli spårad eller att dina personuppgifter säljs eller delas.',
    signalsNoSaleShare:
      'Vi säljer inte personuppgifter, och vi delar dem inte för beteendebaserad annonsering över olika sammanhang.',
    signalsSells: 'Vi säljer personuppgifter.',
    signalsShares: 'Vi delar personuppgifter för beteendebaserad annonsering över olika sammanhang.',
    signalsCategories: 'Det sker genom dessa kategorier: {categories}.',
    signalRecordNothing:
      'När din webbläsare skickar {signal} registrerar vi det tillsammans med ditt samtyckesval. Eftersom vi varken säljer eller delar personuppgifter finns det inget mer för signalen att stänga av.',
    signalRecordSaleShare:
      'När din webbläsare skickar {signal} registrerar vi bara det tillsammans med ditt samtyckesval. Det stoppar inte den försäljning eller delning som beskrivs ovan; för att stoppa den avvisar du de kategorierna i inställningarna för kakor.',
    signalHonorCategories:
      'När din webbläsare skickar {signal} behandlar vi det som en avregistrering: {categories} förblir avstängda för dig, oavsett vad som valts tidigare, och vi registrerar signalen tillsammans med ditt samtyckesval.',
    signalHonorNothing:
      'När din webbläsare skickar {signal} behandlar vi det som en avregistrering och registrerar det tillsammans med ditt samtyckesval. Ingen av våra kategorier säljer eller delar personuppgifter, så i dag stänger signalen inte av något mer.',
    signalsChange:
      'Om vår praxis ändras på ett sätt som kräver hantering av avregistreringssignaler uppdaterar vi den här policyn och respekterar lagstadgade signaler där det krävs.',
    gpcName: 'Global Privacy Control',
    dntName: 'Do Not Track',

    regionsTitle: 'Dina val där du befinner dig',
    regionsIntro:
      'Vad som får vara på innan du väljer, och hur du avregistrerar dig, beror på regionen du besöker oss från. Vi får veta regionen från nätverket som levererar webbplatsen, inte från en platsdatabas.',
    regionsDefault: 'Alla andra regioner',
    regionsUnknown: 'Där vi inte kan avgöra din region',
    regionOptIn:
      '{regions}: inget som inte är nödvändigt används innan du väljer. Du tillåter eller avvisar varje kategori i inställningarna för kakor och kan återkalla när som helst.',
    regionOptOut:
      '{regions}: valfria kategorier kan vara på tills du avregistrerar dig. För att avregistrera dig använder du ”{optOut}” i inställningarna för kakor eller stänger av en kategori där.',
    regionOptOutSignal:
      'En Global Privacy Control-signal från din webbläsare respekteras där som en avregistrering från {categories}, visas som ”{honored}” och registreras tillsammans med ditt val.',
    regionNotice:
      '{regions}: vi informerar dig om de tekniker vi använder; valfria kategorier kan vara på utan att vi frågar. Du kan stänga av dem i inställningarna för kakor.',
    changeRegime: 'Ändrat vad som gäller före ett val i {regions}',

    updatesTitle: 'Ändringar av den här policyn',
    updatesCurrent: 'Detta är version {version}, som gäller från {date}.',
    updatesSummary: 'Nytt i den här versionen: {summary}',
    updatesHow:
      'När teknikerna vi använder ändras publicerar vi en ny version på den här sidan med ett nytt datum för ikraftträdande. När en ändring behöver ditt samtycke igen, till exempel en ny valfri teknik eller en längre lagringstid, frågar vi dig på nytt vid ditt nästa besök.',
    historyTable: 'Versionshistorik, nyaste först',
    colVersion: 'Version',
    colEffective: 'Gäller från',
    colSummary: 'Sammanfattning',
    colChanges: 'Vad som ändrats',
    colAskedAgain: 'Besökare tillfrågade igen',
    historyFirst: 'Första registrerade version.',
    historyNoDetails: 'Detaljer om den här versionen har inte publicerats.',
    historyNoChanges: 'Ingen ändring av de angivna teknikerna.',
    askedAgainYes: 'Ja',
    askedAgainNo: 'Nej, tidigare val förblev giltiga',

    changeTechAdded: '{kind} {name} har lagts till ({category})',
    changeTechRemoved: '{kind} {name} har tagits bort',
    changeTechCategory: '{name} har flyttats från {before} till {after}',
    changeTechDuration: '{name} varar nu {after} (tidigare {before})',
    changeTechPurposes: '{name} används nu för {purposes}',
    changeTechProvider: '{name} tillhandahålls nu av {provider}',
    changeTechSurfaces: '{name} används nu på {surfaces}',
    changeTechDetails: 'Beskrivningen eller detaljerna för {name} har uppdaterats',
    changePurposeAdded: 'Nytt ändamål: {title}',
    changePurposeRemoved: 'Ändamål borttaget: {title}',
    changePurposeEssential: 'Ändamålet {title} är nu nödvändigt',
    changePurposeNotEssential: 'Ändamålet {title} är inte längre nödvändigt',
    changePurposeReworded: 'Ändamålet {title} omformulerat',
    changeCategoryAdded: 'Ny kategori: {title}',
    changeCategoryRemoved: 'Kategori borttagen: {title}',
    changeCategoryTreatment: 'Kategorin {title} behandlas nu annorlunda (alltid på, eller försäljning eller delning)',
    changeCategoryReworded: 'Kategorin {title} omformulerad',
    changeProviderAdded: 'Ny leverantör: {name}',
    changeProviderRemoved: 'Leverantör borttagen: {name}',
    changeProviderChanged: 'Uppgifter om leverantören {name} uppdaterade',
    changeSurfaceAdded: 'Ny del av webbplatsen: {title}',
    changeSurfaceRemoved: 'Del av webbplatsen borttagen: {title}',
    changeSignalHonor: '{signal} respekteras nu som en avregistrering',
    changeSignalRecord: '{signal} registreras nu bara',
    changeSellsOn: 'Vi säljer nu personuppgifter',
    changeSellsOff: 'Vi säljer inte längre personuppgifter',
    changeSharesOn: 'Vi delar nu personuppgifter för beteendebaserad annonsering över olika sammanhang',
    changeSharesOff: 'Vi delar inte längre personuppgifter för beteendebaserad annonsering över olika sammanhang',
    changePolicyLink: 'Adressen till den här policyn uppdaterad',
    changePrivacyLink: 'Länken till integritetspolicyn uppdaterad',
    changeContact: 'Kontaktuppgifterna uppdaterade',
    changeLifetime: 'Val sparas nu i {period}',
    changeConsentMode: 'Ändrat vilka Google Consent Mode-signaler som skickas för {title}',

    faqTitle: 'Frågor och svar',
    faqBlocked: 'Kan jag använda {site} med kakor blockerade?',
    faqBlockedAnswer:
      'Vissa sidor kan fortfarande läsas in, men {features} kanske inte fungerar om nödvändiga kakor eller webbläsarens lagring är blockerade.',
    faqBlockedSurface: 'funktioner i delen ”{surface}”',
    faqBlockedNone:
      'Ja. Vi använder inga nödvändiga tekniker, så att blockera kakor och webbläsarens lagring tar inte bort något.',
    faqAnalytics: 'Använder delen ”{surface}” analys?',
    faqAnalyticsYesConsent:
      'Ja, men först när du tillåter {categories}. Fram till dess läses inget av följande in eller sparas:',
    faqAnalyticsYesAlways: 'Ja. Dessa analystekniker är alltid på:',
    faqAnalyticsNo: 'Nej. Vi använder ingen analysteknik i delen ”{surface}”.',
    faqAnalyticsItem: '{name} ({kind}, {provider})',
    faqSeparate: 'Är detta skilt från integritetspolicyn?',
    faqSeparateAnswer:
      'Ja. Den här kakpolicyn förklarar teknikerna i din webbläsare i detalj. Den kompletterar vår {privacy}, som beskriver hur vi behandlar personuppgifter i allmänhet.',
    privacyPolicy: 'integritetspolicy',

    contactTitle: 'Kontakt',
    contactIntro: 'Om du har frågor om den här policyn eller dina val kan du kontakta {name}:',
    contactIntroNoName: 'Om du har frågor om den här policyn eller dina val kan du kontakta oss:',
    contactEmail: 'E-post: {email}',
    contactWeb: 'Webb: {url}',
    contactAddress: 'Adress: {address}',
    contactPrivacy: 'Vår {privacy} förklarar hur vi behandlar personuppgifter.',

    footerVersion: '{site} · Kakpolicy version {version}, gäller från {date}',
    footerGenerated: 'Genererad av Cookieproof från deklarationen {fingerprint}.',
  },
  kinds: {
    cookie: {
      one: 'kaka',
      many: 'kakor',
      explain:
        'små textbitar som en webbplats ber din webbläsare att spara och skicka tillbaka med senare förfrågningar, så att den kan känna igen en session eller ett val.',
    },
    localStorage: {
      one: 'post i lokal lagring',
      many: 'lokal lagring',
      explain:
        'ett lager i din webbläsare där en webbplats sparar data på din enhet tills webbplatsen eller du raderar dem.',
    },
    sessionStorage: {
      one: 'post i sessionslagring',
      many: 'sessionslagring',
      explain: 'som lokal lagring, men töms när du stänger fliken eller fönstret.',
    },
    pixel: {
      one: 'pixel',
      many: 'pixlar',
      explain:
        'förfrågningar (även kallade beacons) som en sida skickar till en mättjänst för att rapportera ett besök, en händelse eller ett mätvärde.',
    },
    script: {
      one: 'skript',
      many: 'skript',
      explain: 'kod som en sida läser in, ofta från en leverantör som en ”tagg”, till exempel för att mäta besök.',
    },
    iframe: {
      one: 'inbäddad ram',
      many: 'inbäddade ramar',
      explain: 'en annan webbplats sida som visas inuti vår och som kan använda sina egna tekniker.',
    },
  },
  providerKinds: {
    authentication: 'Autentisering',
    analytics: 'Analys',
    hosting: 'Webbhotell',
    payment: 'Betalning',
    integration: 'Integration',
    advertising: 'Annonsering',
  },
  months: 'januari februari mars april maj juni juli augusti september oktober november december'.split(' '),
  date: '{day} {month} {year}',
  counted: {
    technology: { one: '{n} teknik', other: '{n} tekniker' },
    year: { other: '{n} år' },
    month: { one: '{n} månad', other: '{n} månader' },
    week: { one: '{n} vecka', other: '{n} veckor' },
    day: { one: '{n} dag', other: '{n} dagar' },
    hour: { one: '{n} timme', other: '{n} timmar' },
    minute: { one: '{n} minut', other: '{n} minuter' },
    second: { one: '{n} sekund', other: '{n} sekunder' },
  },
};
export default pack;
