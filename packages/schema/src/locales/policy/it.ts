import type { PolicyPack } from '../policy-pack.ts';

// Italian, addressing the visitor as "tu" like the banner pack "it".

const pack: PolicyPack = {
  tag: 'it',
  messages: {
    title: 'Informativa sui cookie',
    skip: 'Vai all’informativa',
    contents: 'In questa pagina',
    metaLine: 'Versione {version} · in vigore dal {date}',
    listComma: ', ',
    listAnd: ' e ',
    none: 'Nessuna',
    notApplicable: 'Non applicabile',
    notDeclared: 'Non indicato',
    yes: 'Sì',
    no: 'No',
    durationSession: 'Fino alla chiusura del browser',
    durationPersistent: 'Finché non lo cancelli',
    term: '{term}: {text}',
    languages: 'Lingue',

    aboutTitle: 'Informazioni su questa informativa',
    aboutIntro: 'Questa informativa spiega come {site} utilizza le seguenti tecnologie su {surfaces}: {kinds}.',
    aboutSimilar: 'tecnologie simili',
    analyticsTags: 'tag di analisi',
    aboutSurface: 'l’area «{title}» ({origin})',
    aboutDetail:
      'Per ogni tecnologia indica chi la fornisce, perché viene usata, per quanto tempo viene conservata e dove compare. Le tecnologie non essenziali restano disattivate finché non le autorizzi.',

    technologiesTitle: 'Tecnologie che utilizziamo',
    technologiesIntro: 'Questi sono i tipi di tecnologia che utilizziamo:',
    technologiesTable: 'Quante tecnologie di ciascun tipo utilizza ogni parte del sito',
    kindColumn: 'Tipo',

    purposesTitle: 'Perché le utilizziamo',
    purposesIntro: 'Ogni tecnologia serve una o più di queste finalità:',
    purposeEssential: 'Essenziale: necessaria per un servizio che hai richiesto, quindi non richiede il consenso.',
    purposeOptional: 'Solo con il tuo consenso.',

    categoriesTitle: 'Categorie',
    categoriesIntro:
      'Raggruppiamo le tecnologie in categorie. La tabella sotto ogni categoria elenca tutte le tecnologie che contiene.',
    categoryRequired:
      'Sempre attive. Queste tecnologie sono necessarie per fornire il servizio, quindi non chiedono il consenso e non possono essere disattivate nelle impostazioni dei cookie.',
    categoryOptional:
      'Disattivate finché non autorizzi questa categoria nelle impostazioni dei cookie. Puoi revocare il consenso in qualsiasi momento, con la stessa facilità con cui lo hai dato.',
    categorySaleOrShare: 'Le tecnologie di questa categoria vendono o condividono informazioni personali.',
    categoryEmpty: 'Questa categoria al momento non contiene tecnologie.',
    categoryTable: '{category}: {count}',
    colTechnology: 'Tecnologia',
    colDescription: 'Che cosa fa',
    colProvider: 'Fornitore',
    colPurposes: 'Finalità',
    colDuration: 'Durata',
    colSurfaces: 'Dove',
    colAttributes: 'Attributi del cookie',
    namedPattern: 'nomi corrispondenti a {pattern}',
    urlPattern: 'richieste a {url}',
    onHost: 'su {host}',
    scriptReadable: 'leggibile dagli script della pagina',

    thirdTitle: 'Fornitori terzi',
    thirdIntro:
      'Questi fornitori forniscono alcune delle tecnologie elencate sopra. Possono impostare o leggere propri cookie e dati di archiviazione, secondo le proprie informative sulla privacy.',
    thirdNone: 'Non utilizziamo alcun fornitore terzo.',
    thirdTable: 'Fornitori terzi e relativi link',
    colKind: 'Tipo',
    colTechnologies: 'Tecnologie',
    colPrivacy: 'Informativa sulla privacy',
    colOptOut: 'Opposizione',
    privacyLink: 'Informativa sulla privacy di {name}',
    optOutLink: 'Opposizione presso {name}',
    noOptOut: 'Non offerta',

    controlTitle: 'Come controllare i cookie',
    controlSiteTitle: 'Sul nostro sito',
    controlSite:
      'Nelle impostazioni dei cookie del nostro sito puoi autorizzare o rifiutare ogni categoria facoltativa e revocare il consenso che hai dato. Conserviamo la tua scelta per {period}; trascorso questo periodo, o quando una nuova versione di questa informativa richiede di nuovo il tuo consenso, te lo chiediamo di nuovo.',
    surfacesShared:
      'La tua scelta vale per tutte le parti di questo sito ({surfaces}): te la chiediamo una sola volta, e una modifica in una parte vale per tutte.',
    surfacesSeparate:
      'Le parti di questo sito ({surfaces}) si trovano su domini diversi: ognuna ti chiede la tua scelta separatamente, e una modifica in una non vale per le altre.',
    controlBrowserTitle: 'Nel tuo browser',
    controlBrowser:
      'Ogni browser consente di bloccare o eliminare i cookie e gli altri dati dei siti. La posizione di queste impostazioni dipende dal browser e dal dispositivo.',
    controlBrowserEssential: 'Se blocchi le tecnologie essenziali, smette di funzionare ciò per cui sono necessarie:',
    controlFeatures: 'Ciò include {features}.',
    featureAuthentication: 'l’accesso con {name}',
    featurePayment: 'il pagamento tramite {name}',
    featureIntegration: 'il collegamento di {name}',
    featureHosting: 'la connessione al sito tramite {name}',
    featureOther: 'l’uso di {name}',
    controlProvidersTitle: 'Strumenti dei fornitori',
    controlProviders: 'Alcuni fornitori offrono un proprio modo per opporsi:',
    controlProvidersNone:
      'Nessuno dei nostri fornitori offre un proprio strumento di opposizione; usa invece le impostazioni dei cookie o il tuo browser.',
    controlIntegrationsTitle: 'Integrazioni collegate',
    controlIntegrations:
      'Se scolleghi {names} dal tuo spazio di lavoro, da quel momento smettiamo di prelevarne i dati. I record importati prima dello scollegamento possono restare in {site}; scollegare non li elimina.',

    signalsTitle: 'Do Not Track e Global Privacy Control',
    signalsIntro:
      'Do Not Track (DNT) e Global Privacy Control (GPC) sono segnali che il tuo browser può inviare per indicare che non vuoi essere tracciato né che le tue informazioni personali vengano vendute o condivise.',
    signalsNoSaleShare:
      'Non vendiamo informazioni personali e non le condividiamo per pubblicità comportamentale tra contesti diversi.',
    signalsSells: 'Vendiamo informazioni personali.',
    signalsShares: 'Condividiamo informazioni personali per pubblicità comportamentale tra contesti diversi.',
    signalsCategories: 'Ciò avviene tramite queste categorie: {categories}.',
    signalRecordNothing:
      'Quando il tuo browser invia {signal}, lo registriamo insieme alla tua scelta sul consenso. Poiché non vendiamo né condividiamo informazioni personali, il segnale non ha nient’altro da disattivare.',
    signalRecordSaleShare:
      'Quando il tuo browser invia {signal}, ci limitiamo a registrarlo insieme alla tua scelta sul consenso. Ciò non interrompe la vendita o la condivisione descritte sopra; per interromperle, rifiuta quelle categorie nelle impostazioni dei cookie.',
    signalHonorCategories:
      'Quando il tuo browser invia {signal}, lo trattiamo come un’opposizione: ciò che rientra in «{categories}» resta disattivato per te, qualunque fosse la scelta precedente, e registriamo il segnale insieme alla tua scelta sul consenso.',
    signalHonorNothing:
      'Quando il tuo browser invia {signal}, lo trattiamo come un’opposizione e lo registriamo insieme alla tua scelta sul consenso. Nessuna delle nostre categorie vende o condivide informazioni personali, quindi oggi il segnale non disattiva nient’altro.',
    signalsChange:
      'Se le nostre pratiche cambieranno in un modo che richieda di gestire i segnali di opposizione, aggiorneremo questa informativa e rispetteremo i segnali richiesti dalla legge, dove la legge lo richiede.',
    gpcName: 'Global Privacy Control',
    dntName: 'Do Not Track',

    regionsTitle: 'Le tue scelte a seconda di dove ti trovi',
    regionsIntro:
      'Che cosa può essere attivo prima della tua scelta, e come puoi opporti, dipende dalla regione da cui visiti il sito. Conosciamo la regione dalla rete che distribuisce il sito, non da una banca dati di geolocalizzazione.',
    regionsDefault: 'Tutte le altre regioni',
    regionsUnknown: 'Quando non possiamo determinare la tua regione',
    regionOptIn:
      '{regions}: nulla che non sia essenziale viene usato prima della tua scelta. Autorizzi o rifiuti ogni categoria nelle impostazioni dei cookie e puoi revocare il consenso in qualsiasi momento.',
    regionOptOut:
      '{regions}: le categorie facoltative possono essere attive finché non ti opponi. Per opporti, usa «{optOut}» nelle impostazioni dei cookie oppure disattiva lì una categoria.',
    regionOptOutSignal:
      'Lì un segnale Global Privacy Control del tuo browser viene rispettato come opposizione per «{categories}», indicato come «{honored}» e registrato insieme alla tua scelta.',
    regionNotice:
      '{regions}: ti informiamo sulle tecnologie che utilizziamo; le categorie facoltative possono essere attive senza che te lo chiediamo. Puoi disattivarle nelle impostazioni dei cookie.',
    changeRegime: 'Modificato ciò che vale prima di una scelta in: {regions}',

    updatesTitle: 'Modifiche a questa informativa',
    updatesCurrent: 'Questa è la versione {version}, in vigore dal {date}.',
    updatesSummary: 'Novità di questa versione: {summary}',
    updatesHow:
      'Quando le tecnologie che utilizziamo cambiano, pubblichiamo su questa pagina una nuova versione con una nuova data di entrata in vigore. Quando una modifica richiede di nuovo il tuo consenso, ad esempio una nuova tecnologia facoltativa o una durata più lunga, te lo chiediamo di nuovo alla visita successiva.',
    historyTable: 'Cronologia delle versioni, dalla più recente',
    colVersion: 'Versione',
    colEffective: 'In vigore dal',
    colSummary: 'Riepilogo',
    colChanges: 'Che cosa è cambiato',
    colAskedAgain: 'Consenso richiesto di nuovo',
    historyFirst: 'Prima versione registrata.',
    historyNoDetails: 'I dettagli di questa versione non sono pubblicati.',
    historyNoChanges: 'Nessuna modifica alle tecnologie dichiarate.',
    askedAgainYes: 'Sì',
    askedAgainNo: 'No, le scelte precedenti sono rimaste valide',

    changeTechAdded: 'Aggiunto: {kind} {name} ({category})',
    changeTechRemoved: 'Rimosso: {kind} {name}',
    changeTechCategory: '{name} è passato da {before} a {after}',
    changeTechDuration: 'Durata di {name}: ora {after} (prima {before})',
    changeTechPurposes: '{name} ora serve per: {purposes}',
    changeTechProvider: '{name} è ora fornito da {provider}',
    changeTechSurfaces: '{name} è ora usato in: {surfaces}',
    changeTechDetails: 'Descrizione o dettagli di {name} aggiornati',
    changePurposeAdded: 'Nuova finalità: {title}',
    changePurposeRemoved: 'Finalità rimossa: {title}',
    changePurposeEssential: 'La finalità «{title}» è ora essenziale',
    changePurposeNotEssential: 'La finalità «{title}» non è più essenziale',
    changePurposeReworded: 'La finalità «{title}» è stata riformulata',
    changeCategoryAdded: 'Nuova categoria: {title}',
    changeCategoryRemoved: 'Categoria rimossa: {title}',
    changeCategoryTreatment:
      'La categoria «{title}» è ora trattata diversamente (sempre attiva, oppure con vendita o condivisione)',
    changeCategoryReworded: 'La categoria «{title}» è stata riformulata',
    changeProviderAdded: 'Nuovo fornitore: {name}',
    changeProviderRemoved: 'Fornitore rimosso: {name}',
    changeProviderChanged: 'Dati del fornitore {name} aggiornati',
    changeSurfaceAdded: 'Nuova parte del sito: {title}',
    changeSurfaceRemoved: 'Parte del sito rimossa: {title}',
    changeSignalHonor: '{signal} è ora rispettato come opposizione',
    changeSignalRecord: '{signal} è ora soltanto registrato',
    changeSellsOn: 'Ora vendiamo informazioni personali',
    changeSellsOff: 'Non vendiamo più informazioni personali',
    changeSharesOn: 'Ora condividiamo informazioni personali per pubblicità comportamentale tra contesti diversi',
    changeSharesOff: 'Non condividiamo più informazioni personali per pubblicità comportamentale tra contesti diversi',
    changePolicyLink: 'Indirizzo di questa informativa aggiornato',
    changePrivacyLink: 'Link all’informativa sulla privacy aggiornato',
    changeContact: 'Recapiti aggiornati',
    changeLifetime: 'Le scelte sono ora conservate per {period}',
    changeConsentMode: 'Modificati i segnali di Google Consent Mode inviati per «{title}»',

    faqTitle: 'Domande e risposte',
    faqBlocked: 'Posso usare {site} con i cookie bloccati?',
    faqBlockedAnswer:
      'Alcune pagine possono ancora caricarsi, ma quanto segue potrebbe non funzionare se i cookie essenziali o l’archiviazione del browser sono bloccati: {features}.',
    faqBlockedSurface: 'le funzioni dell’area «{surface}»',
    faqBlockedNone:
      'Sì. Non utilizziamo tecnologie essenziali, quindi bloccare i cookie e l’archiviazione del browser non toglie nulla.',
    faqAnalytics: 'L’area «{surface}» usa strumenti di analisi?',
    faqAnalyticsYesConsent:
      'Sì, ma solo dopo che hai autorizzato «{categories}». Fino ad allora non viene caricato né archiviato nulla di quanto segue:',
    faqAnalyticsYesAlways: 'Sì. Queste tecnologie di analisi sono sempre attive:',
    faqAnalyticsNo: 'No. Non utilizziamo alcuna tecnologia di analisi nell’area «{surface}».',
    faqAnalyticsItem: '{name} ({kind}, {provider})',
    faqSeparate: 'È una cosa diversa dall’informativa sulla privacy?',
    faqSeparateAnswer:
      'Sì. Questa informativa sui cookie spiega in dettaglio le tecnologie presenti nel tuo browser. Integra la nostra {privacy}, che descrive in generale come trattiamo le informazioni personali.',
    privacyPolicy: 'informativa sulla privacy',

    contactTitle: 'Contatti',
    contactIntro: 'Per domande su questa informativa o sulle tue scelte, contatta {name}:',
    contactIntroNoName: 'Per domande su questa informativa o sulle tue scelte, contattaci:',
    contactEmail: 'E-mail: {email}',
    contactWeb: 'Web: {url}',
    contactAddress: 'Indirizzo: {address}',
    contactPrivacy: 'La nostra {privacy} spiega come trattiamo le informazioni personali.',

    footerVersion: '{site} · Informativa sui cookie, versione {version}, in vigore dal {date}',
    footerGenerated: 'Generata da Cookieproof a partire dalla dichiarazione {fingerprint}.',
  },
  kinds: {
    cookie: {
      one: 'cookie',
      many: 'cookie',
      explain:
        'piccoli frammenti di testo che un sito chiede al tuo browser di conservare e di rinviare con le richieste successive, per riconoscere una sessione o una scelta.',
    },
    localStorage: {
      one: 'voce della memoria locale',
      many: 'memoria locale',
      explain:
        'uno spazio del tuo browser in cui un sito conserva dati sul tuo dispositivo finché il sito o tu non li elimini.',
    },
    sessionStorage: {
      one: 'voce della memoria di sessione',
      many: 'memoria di sessione',
      explain: 'come la memoria locale, ma viene svuotata quando chiudi la scheda o la finestra.',
    },
    pixel: {
      one: 'pixel',
      many: 'pixel',
      explain:
        'richieste (dette anche beacon) che una pagina invia a un servizio di misurazione per segnalare una visita, un evento o una misurazione.',
    },
    script: {
      one: 'script',
      many: 'script',
      explain:
        'codice che una pagina carica, spesso da un fornitore sotto forma di «tag», ad esempio per misurare le visite.',
    },
    iframe: {
      one: 'frame incorporato',
      many: 'frame incorporati',
      explain: 'la pagina di un altro sito mostrata all’interno della nostra, che può usare tecnologie proprie.',
    },
  },
  providerKinds: {
    authentication: 'Autenticazione',
    analytics: 'Analisi',
    hosting: 'Hosting',
    payment: 'Pagamento',
    integration: 'Integrazione',
    advertising: 'Pubblicità',
  },
  months: 'gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre'.split(' '),
  date: '{day} {month} {year}',
  firstDay: '1º',
  counted: {
    technology: { one: '{n} tecnologia', other: '{n} tecnologie' },
    year: { one: '{n} anno', other: '{n} anni' },
    month: { one: '{n} mese', other: '{n} mesi' },
    week: { one: '{n} settimana', other: '{n} settimane' },
    day: { one: '{n} giorno', other: '{n} giorni' },
    hour: { one: '{n} ora', other: '{n} ore' },
    minute: { one: '{n} minuto', other: '{n} minuti' },
    second: { one: '{n} secondo', other: '{n} secondi' },
  },
};
export default pack;
