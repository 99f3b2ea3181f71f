import type { PolicyPack } from '../policy-pack.ts';

const pack: PolicyPack = {
  tag: 'de',
  messages: {
    title: 'Cookie-Richtlinie',
    skip: 'Zur Richtlinie springen',
    contents: 'Auf dieser Seite',
    metaLine: 'Version {version} · gültig ab {date}',
    listComma: ', ',
    listAnd: ' und ',
    none: 'Keine',
    notApplicable: 'Entfällt',
    notDeclared: 'Nicht angegeben',
    yes: 'Ja',
    no: 'Nein',
    durationSession: 'Bis Sie den Browser schließen',
    durationPersistent: 'Bis Sie ihn löschen',
    term: '{term}: {text}',
    languages: 'Sprachen',

    aboutTitle: 'Über diese Richtlinie',
    aboutIntro: 'Diese Richtlinie erklärt, wie {site} {kinds} auf {surfaces} einsetzt.',
    aboutSimilar: 'ähnliche Technologien',
    analyticsTags: 'Analyse-Tags',
    aboutSurface: 'der Fläche „{title}“ ({origin})',
    aboutDetail:
      'Zu jeder Technologie steht hier, wer sie bereitstellt, wozu sie dient, wie lange sie gespeichert bleibt und wo sie vorkommt. Nicht notwendige Technologien bleiben aus, bis Sie sie erlauben.',

    technologiesTitle: 'Eingesetzte Technologien',
    technologiesIntro: 'Diese Arten von Technologien setzen wir ein:',
    technologiesTable: 'Wie viele Technologien jeder Art die einzelnen Teile der Website nutzen',
    kindColumn: 'Art',

    purposesTitle: 'Wozu wir sie einsetzen',
    purposesIntro: 'Jede Technologie dient einem oder mehreren dieser Zwecke:',
    purposeEssential: 'Notwendig: für einen von Ihnen gewünschten Dienst erforderlich, daher ohne Einwilligung.',
    purposeOptional: 'Nur mit Ihrer Einwilligung.',

    categoriesTitle: 'Kategorien',
    categoriesIntro:
      'Wir ordnen die Technologien Kategorien zu. Die Tabelle unter jeder Kategorie nennt alle Technologien darin.',
    categoryRequired:
      'Immer aktiv. Diese Technologien sind für die Bereitstellung des Dienstes nötig; sie fragen daher nicht nach einer Einwilligung und lassen sich in den Cookie-Einstellungen nicht abschalten.',
    categoryOptional:
      'Aus, bis Sie diese Kategorie in den Cookie-Einstellungen erlauben. Sie können Ihre Einwilligung jederzeit widerrufen, und zwar so einfach, wie Sie sie erteilt haben.',
    categorySaleOrShare: 'Technologien dieser Kategorie verkaufen personenbezogene Daten oder geben sie weiter.',
    categoryEmpty: 'Diese Kategorie enthält derzeit keine Technologien.',
    categoryTable: '{category}: {count}',
    colTechnology: 'Technologie',
    colDescription: 'Wozu sie dient',
    colProvider: 'Anbieter',
    colPurposes: 'Zwecke',
    colDuration: 'Speicherdauer',
    colSurfaces: 'Wo',
    colAttributes: 'Cookie-Attribute',
    namedPattern: 'Namen nach dem Muster {pattern}',
    urlPattern: 'Anfragen an {url}',
    onHost: 'auf {host}',
    scriptReadable: 'für Seitenskripte lesbar',

    thirdTitle: 'Drittanbieter',
    thirdIntro:
      'Diese Anbieter stellen einige der oben genannten Technologien bereit. Sie können eigene Cookies und Speicher setzen oder lesen; dafür gelten ihre eigenen Datenschutzerklärungen.',
    thirdNone: 'Wir setzen keine Drittanbieter ein.',
    thirdTable: 'Drittanbieter und ihre Links',
    colKind: 'Art',
    colTechnologies: 'Technologien',
    colPrivacy: 'Datenschutzerklärung',
    colOptOut: 'Widerspruch',
    privacyLink: 'Datenschutzerklärung von {name}',
    optOutLink: 'Widerspruch bei {name}',
    noOptOut: 'Nicht angeboten',

    controlTitle: 'So steuern Sie Cookies',
    controlSiteTitle: 'Auf unserer Website',
    controlSite:
      'In den Cookie-Einstellungen unserer Website können Sie jede optionale Kategorie erlauben oder ablehnen und eine erteilte Einwilligung widerrufen. Wir bewahren Ihre Entscheidung {period} lang auf; danach, oder wenn eine neue Fassung dieser Richtlinie erneut Ihre Einwilligung braucht, fragen wir Sie erneut.',
    surfacesShared:
      'Ihre Entscheidung gilt für alle Teile dieser Website ({surfaces}): Sie werden einmal gefragt, und eine Änderung auf einem Teil gilt für alle.',
    surfacesSeparate:
      'Die Teile dieser Website ({surfaces}) liegen auf verschiedenen Domains: Jeder fragt Sie getrennt nach Ihrer Entscheidung, und eine Änderung auf einem gilt nicht für die anderen.',
    controlBrowserTitle: 'In Ihrem Browser',
    controlBrowser:
      'Jeder Browser erlaubt es, Cookies und andere Websitedaten zu blockieren oder zu löschen. Wo diese Einstellungen zu finden sind, hängt von Browser und Gerät ab.',
    controlBrowserEssential:
      'Wenn Sie notwendige Technologien blockieren, funktioniert nicht mehr, wofür sie gebraucht werden:',
    controlFeatures: 'Dazu gehört: {features}.',
    featureAuthentication: 'die Anmeldung mit {name}',
    featurePayment: 'das Bezahlen über {name}',
    featureIntegration: 'das Verbinden von {name}',
    featureHosting: 'der Zugriff auf die Website über {name}',
    featureOther: 'die Nutzung von {name}',
    controlProvidersTitle: 'Werkzeuge der Anbieter',
    controlProviders: 'Einige Anbieter bieten einen eigenen Widerspruchsweg an:',
    controlProvidersNone:
      'Keiner unserer Anbieter bietet ein eigenes Widerspruchswerkzeug an; nutzen Sie stattdessen die Cookie-Einstellungen oder Ihren Browser.',
    controlIntegrationsTitle: 'Verbundene Integrationen',
    controlIntegrations:
      'Wenn Sie {names} von Ihrem Arbeitsbereich trennen, rufen wir ab diesem Zeitpunkt keine Daten mehr von dort ab. Bereits importierte Datensätze können in {site} verbleiben; das Trennen löscht sie nicht.',

    signalsTitle: 'Do Not Track und Global Privacy Control',
    signalsIntro:
      'Do Not Track (DNT) und Global Privacy Control (GPC) sind Signale, mit denen Ihr Browser mitteilen kann, dass Sie nicht verfolgt werden möchten und Ihre personenbezogenen Daten nicht verkauft oder weitergegeben werden sollen.',
    signalsNoSaleShare:
      'Wir verkaufen keine personenbezogenen Daten und geben sie nicht für kontextübergreifende verhaltensbasierte Werbung weiter.',
    signalsSells: 'Wir verkaufen personenbezogene Daten.',
    signalsShares: 'Wir geben personenbezogene Daten für kontextübergreifende verhaltensbasierte Werbung weiter.',
    signalsCategories: 'Das geschieht über diese Kategorien: {categories}.',
    signalRecordNothing:
      'Sendet Ihr Browser {signal}, speichern wir das zusammen mit Ihrer Einwilligungsentscheidung. Da wir personenbezogene Daten weder verkaufen noch weitergeben, gibt es für das Signal darüber hinaus nichts abzuschalten.',
    signalRecordSaleShare:
      'Sendet Ihr Browser {signal}, speichern wir nur, dass es gesendet wurde, zusammen mit Ihrer Einwilligungsentscheidung. Es beendet den oben beschriebenen Verkauf oder die Weitergabe nicht; dafür lehnen Sie diese Kategorien in den Cookie-Einstellungen ab.',
    signalHonorCategories:
      'Sendet Ihr Browser {signal}, behandeln wir das als Widerspruch: {categories} bleiben für Sie aus, gleich was zuvor gewählt wurde, und wir speichern das Signal mit Ihrer Einwilligungsentscheidung.',
    signalHonorNothing:
      'Sendet Ihr Browser {signal}, behandeln wir das als Widerspruch und speichern es mit Ihrer Einwilligungsentscheidung. Keine unserer Kategorien verkauft oder teilt personenbezogene Daten, daher schaltet das Signal heute nichts weiter ab.',
    signalsChange:
      'Ändert sich unsere Praxis so, dass Opt-out-Signale zu berücksichtigen sind, aktualisieren wir diese Richtlinie und berücksichtigen gesetzlich vorgeschriebene Signale, wo dies vorgeschrieben ist.',
    gpcName: 'Global Privacy Control',
    dntName: 'Do Not Track',

    regionsTitle: 'Ihre Wahl dort, wo Sie sind',
    regionsIntro:
      'Was vor Ihrer Wahl aktiv sein darf und wie Sie widersprechen, hängt von der Region ab, aus der Sie die Website besuchen. Die Region erfahren wir aus dem Netz, das die Website ausliefert, nicht aus einer Standortdatenbank.',
    regionsDefault: 'Alle anderen Regionen',
    regionsUnknown: 'Wenn wir Ihre Region nicht erkennen',
    regionOptIn:
      '{regions}: Vor Ihrer Wahl wird nichts verwendet, was nicht notwendig ist. In den Cookie-Einstellungen erlauben oder verweigern Sie jede Kategorie und können jederzeit widerrufen.',
    regionOptOut:
      '{regions}: Optionale Kategorien können aktiv sein, bis Sie widersprechen. Dazu nutzen Sie „{optOut}“ in den Cookie-Einstellungen oder schalten dort eine Kategorie ab.',
    regionOptOutSignal:
      'Ein Global-Privacy-Control-Signal Ihres Browsers gilt dort als Widerspruch gegen {categories}, wird als „{honored}“ angezeigt und mit Ihrer Wahl gespeichert.',
    regionNotice:
      '{regions}: Wir informieren Sie über die Technologien, die wir verwenden; optionale Kategorien können ohne Nachfrage aktiv sein. In den Cookie-Einstellungen können Sie sie abschalten.',
    changeRegime: 'Geändert, was vor einer Wahl gilt in: {regions}',

    updatesTitle: 'Änderungen dieser Richtlinie',
    updatesCurrent: 'Dies ist Version {version}, gültig ab {date}.',
    updatesSummary: 'Neu in dieser Version: {summary}',
    updatesHow:
      'Ändern sich die eingesetzten Technologien, veröffentlichen wir auf dieser Seite eine neue Fassung mit neuem Gültigkeitsdatum. Braucht eine Änderung erneut Ihre Einwilligung, etwa eine neue optionale Technologie oder eine längere Speicherdauer, fragen wir Sie bei Ihrem nächsten Besuch erneut.',
    historyTable: 'Versionsverlauf, neueste zuerst',
    colVersion: 'Version',
    colEffective: 'Gültig ab',
    colSummary: 'Zusammenfassung',
    colChanges: 'Was sich geändert hat',
    colAskedAgain: 'Erneut gefragt',
    historyFirst: 'Erste erfasste Fassung.',
    historyNoDetails: 'Einzelheiten dieser Fassung sind nicht veröffentlicht.',
    historyNoChanges: 'Keine Änderung an den erklärten Technologien.',
    askedAgainYes: 'Ja',
    askedAgainNo: 'Nein, frühere Entscheidungen blieben gültig',

    changeTechAdded: '{kind} {name} hinzugefügt ({category})',
    changeTechRemoved: '{kind} {name} entfernt',
    changeTechCategory: '{name} von {before} nach {after} verschoben',
    changeTechDuration: '{name} bleibt jetzt {after} gespeichert (vorher {before})',
    changeTechPurposes: '{name} dient jetzt: {purposes}',
    changeTechProvider: '{name} wird jetzt von {provider} bereitgestellt',
    changeTechSurfaces: '{name} wird jetzt hier eingesetzt: {surfaces}',
    changeTechDetails: 'Beschreibung oder Angaben zu {name} aktualisiert',
    changePurposeAdded: 'Neuer Zweck: {title}',
    changePurposeRemoved: 'Zweck entfernt: {title}',
    changePurposeEssential: 'Zweck {title} ist jetzt notwendig',
    changePurposeNotEssential: 'Zweck {title} ist nicht mehr notwendig',
    changePurposeReworded: 'Zweck {title} neu formuliert',
    changeCategoryAdded: 'Neue Kategorie: {title}',
    changeCategoryRemoved: 'Kategorie entfernt: {title}',
    changeCategoryTreatment:
      'Kategorie {title} wird jetzt anders behandelt (immer aktiv, oder Verkauf bzw. Weitergabe)',
    changeCategoryReworded: 'Kategorie {title} neu formuliert',
    changeProviderAdded: 'Neuer Anbieter: {name}',
    changeProviderRemoved: 'Anbieter entfernt: {name}',
    changeProviderChanged: 'Angaben zu Anbieter {name} aktualisiert',
    changeSurfaceAdded: 'Neuer Teil der Website: {title}',
    changeSurfaceRemoved: 'Teil der Website entfernt: {title}',
    changeSignalHonor: '{signal} wird jetzt als Widerspruch beachtet',
    changeSignalRecord: '{signal} wird jetzt nur noch gespeichert',
    changeSellsOn: 'Wir verkaufen jetzt personenbezogene Daten',
    changeSellsOff: 'Wir verkaufen keine personenbezogenen Daten mehr',
    changeSharesOn: 'Wir geben jetzt personenbezogene Daten für verhaltensbasierte Werbung weiter',
    changeSharesOff: 'Wir geben keine personenbezogenen Daten mehr für verhaltensbasierte Werbung weiter',
    changePolicyLink: 'Adresse dieser Richtlinie aktualisiert',
    changePrivacyLink: 'Link zur Datenschutzerklärung aktualisiert',
    changeContact: 'Kontaktangaben aktualisiert',
    changeLifetime: 'Entscheidungen werden jetzt {period} lang aufbewahrt',
    changeConsentMode: 'Für {title} gesendete Google-Consent-Mode-Signale geändert',

    faqTitle: 'Fragen und Antworten',
    faqBlocked: 'Kann ich {site} mit blockierten Cookies nutzen?',
    faqBlockedAnswer:
      'Einige Seiten laden vielleicht weiterhin, aber {features} funktionieren möglicherweise nicht, wenn notwendige Cookies oder der Browserspeicher blockiert sind.',
    faqBlockedSurface: 'Funktionen der Fläche „{surface}“',
    faqBlockedNone:
      'Ja. Wir setzen keine notwendigen Technologien ein, daher nimmt das Blockieren von Cookies und Browserspeicher nichts weg.',
    faqAnalytics: 'Nutzt die Fläche „{surface}“ Statistik-Technologien?',
    faqAnalyticsYesConsent:
      'Ja, aber erst, wenn Sie {categories} erlauben. Bis dahin wird nichts davon geladen oder gespeichert:',
    faqAnalyticsYesAlways: 'Ja. Diese Statistik-Technologien sind immer aktiv:',
    faqAnalyticsNo: 'Nein. Auf der Fläche „{surface}“ setzen wir keine Statistik-Technologie ein.',
    faqAnalyticsItem: '{name} ({kind}, {provider})',
    faqSeparate: 'Ist das etwas anderes als die Datenschutzerklärung?',
    faqSeparateAnswer:
      'Ja. Diese Cookie-Richtlinie erklärt die Technologien in Ihrem Browser im Einzelnen. Sie ergänzt unsere {privacy}, die allgemein beschreibt, wie wir mit personenbezogenen Daten umgehen.',
    privacyPolicy: 'Datenschutzerklärung',

    contactTitle: 'Kontakt',
    contactIntro: 'Bei Fragen zu dieser Richtlinie oder Ihren Entscheidungen wenden Sie sich an {name}:',
    contactIntroNoName: 'Bei Fragen zu dieser Richtlinie oder Ihren Entscheidungen erreichen Sie uns so:',
    contactEmail: 'E-Mail: {email}',
    contactWeb: 'Web: {url}',
    contactAddress: 'Anschrift: {address}',
    contactPrivacy: 'Unsere {privacy} erklärt, wie wir mit personenbezogenen Daten umgehen.',

    footerVersion: '{site} · Cookie-Richtlinie Version {version}, gültig ab {date}',
    footerGenerated: 'Von Cookieproof aus der Erklärung {fingerprint} erzeugt.',
  },
  kinds: {
    cookie: {
      one: 'Cookie',
      many: 'Cookies',
      explain:
        'kleine Textstücke, die Ihr Browser für eine Website aufbewahrt und bei späteren Anfragen mitschickt, damit sie eine Sitzung oder eine Entscheidung wiedererkennt.',
    },
    localStorage: {
      one: 'Local-Storage-Eintrag',
      many: 'Local Storage',
      explain:
        'ein Speicher in Ihrem Browser, in dem eine Website Daten auf Ihrem Gerät ablegt, bis sie oder Sie sie löschen.',
    },
    sessionStorage: {
      one: 'Session-Storage-Eintrag',
      many: 'Session Storage',
      explain: 'wie Local Storage, wird aber geleert, wenn Sie den Tab oder das Fenster schließen.',
    },
    pixel: {
      one: 'Pixel',
      many: 'Pixel',
      explain:
        'Anfragen (auch Beacons genannt), mit denen eine Seite einem Messdienst einen Besuch, ein Ereignis oder einen Messwert meldet.',
    },
    script: {
      one: 'Skript',
      many: 'Skripte',
      explain: 'Code, den eine Seite lädt, oft als „Tag“ eines Anbieters, zum Beispiel um Besuche zu messen.',
    },
    iframe: {
      one: 'eingebetteter Frame',
      many: 'eingebettete Frames',
      explain: 'die Seite einer anderen Website innerhalb unserer, die eigene Technologien nutzen kann.',
    },
  },
  providerKinds: {
    authentication: 'Anmeldung',
    analytics: 'Statistik',
    hosting: 'Hosting',
    payment: 'Zahlung',
    integration: 'Integration',
    advertising: 'Werbung',
  },
  months: 'Januar Februar März April Mai Juni Juli August September Oktober November Dezember'.split(' '),
  date: '{day}. {month} {year}',
  counted: {
    technology: { one: '{n} Technologie', other: '{n} Technologien' },
    year: { one: '{n} Jahr', other: '{n} Jahre' },
    month: { one: '{n} Monat', other: '{n} Monate' },
    week: { one: '{n} Woche', other: '{n} Wochen' },
    day: { one: '{n} Tag', other: '{n} Tage' },
    hour: { one: '{n} Stunde', other: '{n} Stunden' },
    minute: { one: '{n} Minute', other: '{n} Minuten' },
    second: { one: '{n} Sekunde', other: '{n} Sekunden' },
  },
};
export default pack;
