import type { PolicyPack } from '../policy-pack.ts';

// Dutch, addressing the visitor as "u" like the banner pack "nl".

const pack: PolicyPack = {
  tag: 'nl',
  messages: {
    title: 'Cookiebeleid',
    skip: 'Naar het beleid',
    contents: 'Op deze pagina',
    metaLine: 'Versie {version} · geldig vanaf {date}',
    listComma: ', ',
    listAnd: ' en ',
    none: 'Geen',
    notApplicable: 'Niet van toepassing',
    notDeclared: 'Niet opgegeven',
    yes: 'Ja',
    no: 'Nee',
    durationSession: 'Tot u de browser sluit',
    durationPersistent: 'Tot u het wist',
    term: '{term}: {text}',
    languages: 'Talen',

    aboutTitle: 'Over dit beleid',
    aboutIntro: 'Dit beleid legt uit hoe {site} de volgende technieken gebruikt op {surfaces}: {kinds}.',
    aboutSimilar: 'vergelijkbare technieken',
    analyticsTags: 'analysetags',
    aboutSurface: 'het onderdeel ‘{title}’ ({origin})',
    aboutDetail:
      'Per techniek staat erin wie die levert, waarvoor die wordt gebruikt, hoe lang die wordt bewaard en waar die voorkomt. Technieken die niet essentieel zijn, blijven uit totdat u ze toestaat.',

    technologiesTitle: 'Technieken die wij gebruiken',
    technologiesIntro: 'Dit zijn de soorten technieken die wij gebruiken:',
    technologiesTable: 'Hoeveel technieken van elke soort elk deel van de site gebruikt',
    kindColumn: 'Soort',

    purposesTitle: 'Waarvoor wij ze gebruiken',
    purposesIntro: 'Elke techniek dient een of meer van deze doeleinden:',
    purposeEssential: 'Essentieel: nodig voor een dienst waar u om hebt gevraagd, dus zonder toestemming.',
    purposeOptional: 'Alleen met uw toestemming.',

    categoriesTitle: 'Categorieën',
    categoriesIntro:
      'Wij delen de technieken in categorieën in. De tabel onder elke categorie noemt alle technieken daarin.',
    categoryRequired:
      'Altijd aan. Deze technieken zijn nodig om de dienst te leveren; ze vragen daarom geen toestemming en kunnen in de cookie-instellingen niet worden uitgezet.',
    categoryOptional:
      'Uit totdat u deze categorie in de cookie-instellingen toestaat. U kunt uw toestemming altijd intrekken, en dat is even eenvoudig als toestemming geven.',
    categorySaleOrShare: 'Technieken in deze categorie verkopen of delen persoonsgegevens.',
    categoryEmpty: 'Deze categorie bevat op dit moment geen technieken.',
    categoryTable: '{category}: {count}',
    colTechnology: 'Techniek',
    colDescription: 'Wat die doet',
    colProvider: 'Aanbieder',
    colPurposes: 'Doeleinden',
    colDuration: 'Bewaartermijn',
    colSurfaces: 'Waar',
    colAttributes: 'Cookie-attributen',
    namedPattern: 'namen volgens {pattern}',
    urlPattern: 'verzoeken naar {url}',
    onHost: 'op {host}',
    scriptReadable: 'leesbaar voor scripts op de pagina',

    thirdTitle: 'Externe aanbieders',
    thirdIntro:
      'Deze aanbieders leveren een deel van de hierboven genoemde technieken. Zij kunnen hun eigen cookies en opgeslagen gegevens plaatsen of lezen, onder hun eigen privacybeleid.',
    thirdNone: 'Wij maken geen gebruik van externe aanbieders.',
    thirdTable: 'Externe aanbieders en hun links',
    colKind: 'Soort',
    colTechnologies: 'Technieken',
    colPrivacy: 'Privacybeleid',
    colOptOut: 'Opt-out',
    privacyLink: 'Privacybeleid van {name}',
    optOutLink: 'Opt-out bij {name}',
    noOptOut: 'Niet aangeboden',

    controlTitle: 'Zo beheert u cookies',
    controlSiteTitle: 'Op onze site',
    controlSite:
      'In de cookie-instellingen op onze site kunt u elke optionele categorie toestaan of weigeren en gegeven toestemming intrekken. Wij bewaren uw keuze {period}; daarna, of wanneer een nieuwe versie van dit beleid opnieuw uw toestemming nodig heeft, vragen wij het u opnieuw.',
    surfacesShared:
      'Uw keuze geldt voor alle delen van deze site ({surfaces}): wij vragen het u één keer, en een wijziging in één deel geldt voor alle delen.',
    surfacesSeparate:
      'De delen van deze site ({surfaces}) staan op verschillende domeinen: elk deel vraagt u afzonderlijk om uw keuze, en een wijziging in het ene deel geldt niet voor de andere.',
    controlBrowserTitle: 'In uw browser',
    controlBrowser:
      'Elke browser laat u cookies en andere sitegegevens blokkeren of verwijderen. Waar u deze instellingen vindt, hangt af van uw browser en apparaat.',
    controlBrowserEssential: 'Als u essentiële technieken blokkeert, werkt niet meer waarvoor ze nodig zijn:',
    controlFeatures: 'Daaronder valt {features}.',
    featureAuthentication: 'inloggen met {name}',
    featurePayment: 'betalen via {name}',
    featureIntegration: 'koppelen van {name}',
    featureHosting: 'de site bereiken via {name}',
    featureOther: 'gebruik van {name}',
    controlProvidersTitle: 'Hulpmiddelen van aanbieders',
    controlProviders: 'Sommige aanbieders bieden een eigen manier om u af te melden (opt-out):',
    controlProvidersNone:
      'Geen van onze aanbieders biedt een eigen opt-outhulpmiddel; gebruik in plaats daarvan de cookie-instellingen of uw browser.',
    controlIntegrationsTitle: 'Gekoppelde integraties',
    controlIntegrations:
      'Als u {names} loskoppelt van uw werkruimte, halen wij vanaf dat moment geen gegevens meer op. Records die vóór het loskoppelen zijn geïmporteerd, kunnen in {site} blijven; loskoppelen verwijdert ze niet.',

    signalsTitle: 'Do Not Track en Global Privacy Control',
    signalsIntro:
      'Do Not Track (DNT) en Global Privacy Control (GPC) zijn signalen die uw browser kan sturen om aan te geven dat u niet gevolgd wilt worden of niet wilt dat uw persoonsgegevens worden verkocht of gedeeld.',
    signalsNoSaleShare:
      'Wij verkopen geen persoonsgegevens en delen ze niet voor contextoverschrijdende gedragsgerichte reclame.',
    signalsSells: 'Wij verkopen persoonsgegevens.',
    signalsShares: 'Wij delen persoonsgegevens voor contextoverschrijdende gedragsgerichte reclame.',
    signalsCategories: 'Dat gebeurt via deze categorieën: {categories}.',
    signalRecordNothing:
      'Als uw browser {signal} stuurt, leggen wij dat vast samen met uw toestemmingskeuze. Omdat wij persoonsgegevens verkopen noch delen, valt er voor het signaal verder niets uit te zetten.',
    signalRecordSaleShare:
      'Als uw browser {signal} stuurt, leggen wij alleen vast dat dat gebeurde, samen met uw toestemmingskeuze. Het stopt het hierboven beschreven verkopen of delen niet; daarvoor weigert u die categorieën in de cookie-instellingen.',
    signalHonorCategories:
      'Als uw browser {signal} stuurt, behandelen wij dat als een opt-out: wat onder ‘{categories}’ valt, blijft voor u uit, wat u eerder ook koos, en wij leggen het signaal vast samen met uw toestemmingskeuze.',
    signalHonorNothing:
      'Als uw browser {signal} stuurt, behandelen wij dat als een opt-out en leggen het vast samen met uw toestemmingskeuze. Geen van onze categorieën verkoopt of deelt persoonsgegevens, dus vandaag zet het signaal verder niets uit.',
    signalsChange:
      'Als onze werkwijze zo verandert dat opt-outsignalen verwerkt moeten worden, werken wij dit beleid bij en honoreren wij wettelijk vereiste signalen waar dat vereist is.',
    gpcName: 'Global Privacy Control',
    dntName: 'Do Not Track',

    regionsTitle: 'Uw keuzes waar u bent',
    regionsIntro:
      'Wat aan mag staan voordat u kiest, en hoe u zich afmeldt, hangt af van de regio van waaruit u de site bezoekt. Wij kennen de regio via het netwerk dat de site levert, niet via een locatiedatabase.',
    regionsDefault: 'Alle andere regio’s',
    regionsUnknown: 'Als wij uw regio niet kunnen bepalen',
    regionOptIn:
      '{regions}: niets wat niet essentieel is, wordt gebruikt voordat u kiest. U staat elke categorie toe of weigert die in de cookie-instellingen, en u kunt altijd intrekken.',
    regionOptOut:
      '{regions}: optionele categorieën kunnen aan staan totdat u zich afmeldt. Meld u af met ‘{optOut}’ in de cookie-instellingen of zet daar een categorie uit.',
    regionOptOutSignal:
      'Een Global Privacy Control-signaal van uw browser wordt daar gehonoreerd als opt-out voor ‘{categories}’, getoond als ‘{honored}’ en vastgelegd met uw keuze.',
    regionNotice:
      '{regions}: wij informeren u over de technieken die wij gebruiken; optionele categorieën kunnen aan staan zonder dat wij het vragen. U kunt ze uitzetten in de cookie-instellingen.',
    changeRegime: 'Gewijzigd wat vóór een keuze geldt in: {regions}',

    updatesTitle: 'Wijzigingen in dit beleid',
    updatesCurrent: 'Dit is versie {version}, geldig vanaf {date}.',
    updatesSummary: 'Nieuw in deze versie: {summary}',
    updatesHow:
      'Als de technieken die wij gebruiken veranderen, publiceren wij op deze pagina een nieuwe versie met een nieuwe ingangsdatum. Als een wijziging opnieuw uw toestemming nodig heeft, bijvoorbeeld een nieuwe optionele techniek of een langere bewaartermijn, vragen wij het u bij uw volgende bezoek opnieuw.',
    historyTable: 'Versiegeschiedenis, nieuwste eerst',
    colVersion: 'Versie',
    colEffective: 'Geldig vanaf',
    colSummary: 'Samenvatting',
    colChanges: 'Wat er veranderde',
    colAskedAgain: 'Opnieuw om toestemming gevraagd',
    historyFirst: 'Eerste vastgelegde versie.',
    historyNoDetails: 'De details van deze versie zijn niet gepubliceerd.',
    historyNoChanges: 'Geen wijziging in de opgegeven technieken.',
    askedAgainYes: 'Ja',
    askedAgainNo: 'Nee, eerdere keuzes bleven geldig',

    changeTechAdded: 'Toegevoegd: {kind} {name} ({category})',
    changeTechRemoved: 'Verwijderd: {kind} {name}',
    changeTechCategory: '{name} verplaatst van {before} naar {after}',
    changeTechDuration: 'Bewaartermijn van {name}: nu {after} (was {before})',
    changeTechPurposes: '{name} dient nu voor: {purposes}',
    changeTechProvider: '{name} wordt nu geleverd door {provider}',
    changeTechSurfaces: '{name} wordt nu gebruikt op: {surfaces}',
    changeTechDetails: 'Beschrijving of details van {name} bijgewerkt',
    changePurposeAdded: 'Nieuw doeleinde: {title}',
    changePurposeRemoved: 'Doeleinde verwijderd: {title}',
    changePurposeEssential: 'Doeleinde ‘{title}’ is nu essentieel',
    changePurposeNotEssential: 'Doeleinde ‘{title}’ is niet langer essentieel',
    changePurposeReworded: 'Doeleinde ‘{title}’ anders verwoord',
    changeCategoryAdded: 'Nieuwe categorie: {title}',
    changeCategoryRemoved: 'Categorie verwijderd: {title}',
    changeCategoryTreatment: 'Categorie ‘{title}’ wordt nu anders behandeld (altijd aan, of verkopen of delen)',
    changeCategoryReworded: 'Categorie ‘{title}’ anders verwoord',
    changeProviderAdded: 'Nieuwe aanbieder: {name}',
    changeProviderRemoved: 'Aanbieder verwijderd: {name}',
    changeProviderChanged: 'Gegevens van aanbieder {name} bijgewerkt',
    changeSurfaceAdded: 'Nieuw deel van de site: {title}',
    changeSurfaceRemoved: 'Deel van de site verwijderd: {title}',
    changeSignalHonor: '{signal} wordt nu gehonoreerd als opt-out',
    changeSignalRecord: '{signal} wordt nu alleen vastgelegd',
    changeSellsOn: 'Wij verkopen nu persoonsgegevens',
    changeSellsOff: 'Wij verkopen geen persoonsgegevens meer',
    changeSharesOn: 'Wij delen nu persoonsgegevens voor contextoverschrijdende gedragsgerichte reclame',
    changeSharesOff: 'Wij delen geen persoonsgegevens meer voor contextoverschrijdende gedragsgerichte reclame',
    changePolicyLink: 'Adres van dit beleid bijgewerkt',
    changePrivacyLink: 'Link naar het privacybeleid bijgewerkt',
    changeContact: 'Contactgegevens bijgewerkt',
    changeLifetime: 'Keuzes worden nu {period} bewaard',
    changeConsentMode: 'Google Consent Mode-signalen voor ‘{title}’ gewijzigd',

    faqTitle: 'Vragen en antwoorden',
    faqBlocked: 'Kan ik {site} gebruiken als cookies geblokkeerd zijn?',
    faqBlockedAnswer:
      'Sommige pagina’s laden misschien nog, maar het volgende werkt mogelijk niet als essentiële cookies of browseropslag geblokkeerd zijn: {features}.',
    faqBlockedSurface: 'functies van het onderdeel ‘{surface}’',
    faqBlockedNone:
      'Ja. Wij gebruiken geen essentiële technieken, dus het blokkeren van cookies en browseropslag neemt niets weg.',
    faqAnalytics: 'Gebruikt het onderdeel ‘{surface}’ analyse?',
    faqAnalyticsYesConsent:
      'Ja, maar pas nadat u ‘{categories}’ hebt toegestaan. Tot dan wordt niets van het volgende geladen of opgeslagen:',
    faqAnalyticsYesAlways: 'Ja. Deze analysetechnieken staan altijd aan:',
    faqAnalyticsNo: 'Nee. Wij gebruiken geen analysetechniek op het onderdeel ‘{surface}’.',
    faqAnalyticsItem: '{name} ({kind}, {provider})',
    faqSeparate: 'Staat dit los van het privacybeleid?',
    faqSeparateAnswer:
      'Ja. Dit cookiebeleid legt de technieken in uw browser in detail uit. Het vult ons {privacy} aan, dat in het algemeen beschrijft hoe wij met persoonsgegevens omgaan.',
    privacyPolicy: 'privacybeleid',

    contactTitle: 'Contact',
    contactIntro: 'Voor vragen over dit beleid of uw keuzes kunt u contact opnemen met {name}:',
    contactIntroNoName: 'Voor vragen over dit beleid of uw keuzes kunt u contact met ons opnemen:',
    contactEmail: 'E-mail: {email}',
    contactWeb: 'Web: {url}',
    contactAddress: 'Adres: {address}',
    contactPrivacy: 'Ons {privacy} legt uit hoe wij met persoonsgegevens omgaan.',

    footerVersion: '{site} · Cookiebeleid versie {version}, geldig vanaf {date}',
    footerGenerated: 'Door Cookieproof gemaakt uit verklaring {fingerprint}.',
  },
  kinds: {
    cookie: {
      one: 'cookie',
      many: 'cookies',
      explain:
        'kleine stukjes tekst die een site uw browser vraagt te bewaren en bij latere verzoeken terug te sturen, zodat de site een sessie of een keuze herkent.',
    },
    localStorage: {
      one: 'item in lokale opslag',
      many: 'lokale opslag',
      explain:
        'een opslag in uw browser waarin een site gegevens op uw apparaat bewaart totdat de site of u ze verwijdert.',
    },
    sessionStorage: {
      one: 'item in sessieopslag',
      many: 'sessieopslag',
      explain: 'zoals lokale opslag, maar geleegd wanneer u het tabblad of venster sluit.',
    },
    pixel: {
      one: 'pixel',
      many: 'pixels',
      explain:
        'verzoeken (ook wel beacons genoemd) die een pagina naar een meetdienst stuurt om een bezoek, een gebeurtenis of een meting te melden.',
    },
    script: {
      one: 'script',
      many: 'scripts',
      explain: 'code die een pagina laadt, vaak van een aanbieder als ‘tag’, bijvoorbeeld om bezoeken te meten.',
    },
    iframe: {
      one: 'ingesloten frame',
      many: 'ingesloten frames',
      explain: 'de pagina van een andere site, getoond binnen de onze, die eigen technieken kan gebruiken.',
    },
  },
  providerKinds: {
    authentication: 'Inloggen',
    analytics: 'Analyse',
    hosting: 'Hosting',
    payment: 'Betaling',
    integration: 'Integratie',
    advertising: 'Reclame',
  },
  months: 'januari februari maart april mei juni juli augustus september oktober november december'.split(' '),
  date: '{day} {month} {year}',
  counted: {
    technology: { one: '{n} techniek', other: '{n} technieken' },
    year: { one: '{n} jaar', other: '{n} jaar' },
    month: { one: '{n} maand', other: '{n} maanden' },
    week: { one: '{n} week', other: '{n} weken' },
    day: { one: '{n} dag', other: '{n} dagen' },
    hour: { one: '{n} uur', other: '{n} uur' },
    minute: { one: '{n} minuut', other: '{n} minuten' },
    second: { one: '{n} seconde', other: '{n} seconden' },
  },
};
export default pack;
