import type { Inline } from './document.ts';

// The fixed sentences of the page, in our own words. Placeholders such as {site} are filled with declaration
// data as separate inline pieces (see fill), so a template never concatenates unescaped data into markup.

const en = {
  title: 'Cookie Policy',
  skip: 'Skip to the policy',
  contents: 'On this page',
  metaLine: 'Version {version} · effective {date}',
  and: 'and',
  none: 'None',
  notApplicable: 'Not applicable',
  notDeclared: 'Not declared',
  yes: 'Yes',
  no: 'No',

  aboutTitle: 'About this policy',
  aboutIntro: 'This policy explains how {site} uses {kinds} on {surfaces}.',
  aboutSimilar: 'similar technologies',
  analyticsTags: 'analytics tags',
  aboutSurface: 'the {title} ({origin})',
  aboutDetail:
    'For each technology it says who provides it, why it is used, how long it is kept and where it appears. Technologies that are not essential stay off until you allow them.',

  technologiesTitle: 'Technologies we use',
  technologiesIntro: 'These are the kinds of technology we use:',
  technologiesTable: 'How many technologies of each kind each part of the site uses',
  kindColumn: 'Kind',

  purposesTitle: 'Why we use them',
  purposesIntro: 'Every technology serves one or more of these purposes:',
  purposeEssential: 'Essential: needed for a service you asked for, so it needs no consent.',
  purposeOptional: 'Used only with your consent.',

  categoriesTitle: 'Categories',
  categoriesIntro:
    'We group the technologies into categories. The table under each category lists every technology in it.',
  categoryRequired:
    'Always on. These technologies are needed to provide the service, so they do not ask for consent and cannot be switched off in the cookie settings.',
  categoryOptional:
    'Off until you allow this category in the cookie settings. You can withdraw your consent at any time, and it is as easy as giving it.',
  categorySaleOrShare: 'Technologies in this category sell or share personal information.',
  categoryEmpty: 'This category currently has no technologies.',
  categoryTable: '{category}: {count}',
  technologyCount: '{n} technologies',
  technologyCountOne: '1 technology',
  colTechnology: 'Technology',
  colDescription: 'What it does',
  colProvider: 'Provider',
  colPurposes: 'Purposes',
  colDuration: 'Duration',
  colSurfaces: 'Where',
  colAttributes: 'Cookie attributes',
  namedPattern: 'names matching {pattern}',
  urlPattern: 'requests to {url}',
  onHost: 'on {host}',
  scriptReadable: 'readable by page scripts',

  thirdTitle: 'Third-party providers',
  thirdIntro:
    'These providers supply some of the technologies listed above. They may set or read their own cookies and storage, under their own privacy policies.',
  thirdNone: 'We do not use any third-party provider.',
  thirdTable: 'Third-party providers and their links',
  colKind: 'Type',
  colTechnologies: 'Technologies',
  colPrivacy: 'Privacy policy',
  colOptOut: 'Opt-out',
  privacyLink: '{name} privacy policy',
  optOutLink: '{name} opt-out',
  noOptOut: 'None offered',

  controlTitle: 'How to control cookies',
  controlSiteTitle: 'On our site',
  controlSite:
    'In the cookie settings on our site you can allow or refuse each optional category, and withdraw consent you gave. We keep your choice for {days} days; after that, or when a new version of this policy needs your consent again, we ask you again.',
  surfacesShared:
    'Your choice holds on every part of this site ({surfaces}): you are asked once, and a change on one part applies on all of them.',
  surfacesSeparate:
    'The parts of this site ({surfaces}) are on different domains: each asks for your choice on its own, and a change on one does not apply to the others.',
  controlBrowserTitle: 'In your browser',
  controlBrowser:
    'Every browser lets you block or delete cookies and other site data. Where these settings are depends on your browser and device.',
  controlBrowserEssential: 'If you block essential technologies, what they are needed for stops working:',
  controlFeatures: 'This includes {features}.',
  featureAuthentication: 'signing in with {name}',
  featurePayment: 'paying through {name}',
  featureIntegration: 'connecting {name}',
  featureHosting: 'reaching the site through {name}',
  featureOther: 'using {name}',
  controlProvidersTitle: 'Tools from providers',
  controlProviders: 'Some providers offer their own way to opt out:',
  controlProvidersNone:
    'None of our providers offers an opt-out tool of its own; use the cookie settings or your browser instead.',
  controlIntegrationsTitle: 'Connected integrations',
  controlIntegrations:
    'If you disconnect {names} from your workspace, we stop pulling data from it from then on. Records imported before you disconnected may remain in {site}; disconnecting does not delete them.',

  signalsTitle: 'Do Not Track and Global Privacy Control',
  signalsIntro:
    'Do Not Track (DNT) and Global Privacy Control (GPC) are signals your browser can send to say that you do not want to be tracked or to have your personal information sold or shared.',
  signalsNoSaleShare:
    'We do not sell personal information, and we do not share it for cross-context behavioural advertising.',
  signalsSells: 'We sell personal information.',
  signalsShares: 'We share personal information for cross-context behavioural advertising.',
  signalsCategories: 'This happens through these categories: {categories}.',
  signalRecordNothing:
    'When your browser sends {signal}, we record that it did together with your consent choice. Because we neither sell nor share personal information, there is nothing further for the signal to switch off.',
  signalRecordSaleShare:
    'When your browser sends {signal}, we only record that it did together with your consent choice. It does not stop the selling or sharing described above; to stop it, refuse those categories in the cookie settings.',
  signalHonorCategories:
    'When your browser sends {signal}, we treat it as an opt-out: {categories} stay off for you, whatever was chosen before, and we record the signal with your consent choice.',
  signalHonorNothing:
    'When your browser sends {signal}, we treat it as an opt-out and record it with your consent choice. No category of ours sells or shares personal information, so today the signal switches nothing else off.',
  signalsChange:
    'If our practices change in a way that requires opt-out signal handling, we will update this policy and honor legally required signals where required.',
  gpcName: 'Global Privacy Control',
  dntName: 'Do Not Track',

  regionsTitle: 'Your choices where you are',
  regionsIntro:
    'What may be on before you choose, and how you opt out, depends on the region you visit from. We learn the region from the network that delivers the site, not from a location database.',
  regionsDefault: 'All other regions',
  regionsUnknown: 'Where we cannot tell your region',
  regionOptIn:
    '{regions}: nothing that is not essential is used before you choose. You allow or refuse each category in the cookie settings, and can withdraw at any time.',
  regionOptOut:
    '{regions}: optional categories may be on until you opt out. To opt out, use "Do not sell or share my personal information" in the cookie settings or switch a category off there.',
  regionOptOutSignal:
    'A Global Privacy Control signal from your browser is honored there as an opt-out of {categories}, shown as "Opt-out request honored" and recorded with your choice.',
  regionNotice:
    '{regions}: we inform you about the technologies we use; optional categories may be on without asking. You can switch them off in the cookie settings.',
  changeRegime: 'Changed what applies before a choice in {regions}',

  updatesTitle: 'Changes to this policy',
  updatesCurrent: 'This is version {version}, effective {date}.',
  updatesSummary: 'What is new in this version: {summary}',
  updatesHow:
    'When the technologies we use change, we publish a new version on this page with a new effective date. When a change needs your consent again, for example a new optional technology or a longer duration, we ask you again on your next visit.',
  historyTable: 'Version history, newest first',
  colVersion: 'Version',
  colEffective: 'Effective',
  colSummary: 'Summary',
  colChanges: 'What changed',
  colAskedAgain: 'Visitors asked again',
  historyFirst: 'First version on record.',
  historyNoDetails: 'Details of this version are not published.',
  historyNoChanges: 'No change to the declared technologies.',
  askedAgainYes: 'Yes',
  askedAgainNo: 'No, earlier choices stayed valid',

  changeTechAdded: 'Added {kind} {name} ({category})',
  changeTechRemoved: 'Removed {kind} {name}',
  changeTechCategory: '{name} moved from {before} to {after}',
  changeTechDuration: '{name} now lasts {after} (was {before})',
  changeTechPurposes: '{name} is now used for {purposes}',
  changeTechProvider: '{name} is now provided by {provider}',
  changeTechSurfaces: '{name} is now used on {surfaces}',
  changeTechDetails: 'Description or details of {name} updated',
  changePurposeAdded: 'New purpose: {title}',
  changePurposeRemoved: 'Purpose removed: {title}',
  changePurposeEssential: 'Purpose {title} is now essential',
  changePurposeNotEssential: 'Purpose {title} is no longer essential',
  changePurposeReworded: 'Purpose {title} reworded',
  changeCategoryAdded: 'New category: {title}',
  changeCategoryRemoved: 'Category removed: {title}',
  changeCategoryTreatment: 'Category {title} is now treated differently (always on, or selling or sharing)',
  changeCategoryReworded: 'Category {title} reworded',
  changeProviderAdded: 'New provider: {name}',
  changeProviderRemoved: 'Provider removed: {name}',
  changeProviderChanged: 'Details of provider {name} updated',
  changeSurfaceAdded: 'New part of the site: {title}',
  changeSurfaceRemoved: 'Part of the site removed: {title}',
  changeSignalHonor: '{signal} is now honored as an opt-out',
  changeSignalRecord: '{signal} is now only recorded',
  changeSellsOn: 'We now sell personal information',
  changeSellsOff: 'We no longer sell personal information',
  changeSharesOn: 'We now share personal information for cross-context behavioural advertising',
  changeSharesOff: 'We no longer share personal information for cross-context behavioural advertising',
  changePolicyLink: 'Updated the address of this policy',
  changePrivacyLink: 'Updated the privacy policy link',
  changeContact: 'Updated the contact details',
  changeLifetime: 'Choices are now kept for {days} days',
  changeConsentMode: 'Changed the Google Consent Mode signals sent for {title}',

  faqTitle: 'Questions and answers',
  faqBlocked: 'Can I use {site} with cookies blocked?',
  faqBlockedAnswer:
    'Some pages may still load, but {features} may not work if essential cookies or browser storage are blocked.',
  faqBlockedSurface: 'features of the {surface}',
  faqBlockedNone: 'Yes. We use no essential technologies, so blocking cookies and browser storage takes nothing away.',
  faqAnalytics: 'Does the {surface} use analytics?',
  faqAnalyticsYesConsent: 'Yes, but only after you allow {categories}. Until then none of these is loaded or stored:',
  faqAnalyticsYesAlways: 'Yes. These analytics technologies are always on:',
  faqAnalyticsNo: 'No. We use no analytics technology on the {surface}.',
  faqAnalyticsItem: '{name} ({kind}, {provider})',
  faqSeparate: 'Is this separate from the privacy policy?',
  faqSeparateAnswer:
    'Yes. This cookie policy explains the technologies in your browser in detail. It adds to our {privacy}, which covers how we handle personal information in general.',
  privacyPolicy: 'privacy policy',

  contactTitle: 'Contact',
  contactIntro: 'For questions about this policy or your choices, contact {name}:',
  contactIntroNoName: 'For questions about this policy or your choices, contact us:',
  contactEmail: 'Email: {email}',
  contactWeb: 'Web: {url}',
  contactAddress: 'Address: {address}',
  contactPrivacy: 'Our {privacy} explains how we handle personal information.',

  footerVersion: '{site} · Cookie policy version {version}, effective {date}',
  footerGenerated: 'Generated by Cookieproof from declaration {fingerprint}.',
};

export type Messages = typeof en;

const de: Messages = {
  title: 'Cookie-Richtlinie',
  skip: 'Zur Richtlinie springen',
  contents: 'Auf dieser Seite',
  metaLine: 'Version {version} · gültig ab {date}',
  and: 'und',
  none: 'Keine',
  notApplicable: 'Entfällt',
  notDeclared: 'Nicht angegeben',
  yes: 'Ja',
  no: 'Nein',

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
  technologyCount: '{n} Technologien',
  technologyCountOne: '1 Technologie',
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
    'In den Cookie-Einstellungen unserer Website können Sie jede optionale Kategorie erlauben oder ablehnen und eine erteilte Einwilligung widerrufen. Wir bewahren Ihre Entscheidung {days} Tage auf; danach, oder wenn eine neue Fassung dieser Richtlinie erneut Ihre Einwilligung braucht, fragen wir Sie erneut.',
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
    '{regions}: Optionale Kategorien können aktiv sein, bis Sie widersprechen. Dazu nutzen Sie „Meine personenbezogenen Daten nicht verkaufen oder teilen“ in den Cookie-Einstellungen oder schalten dort eine Kategorie ab.',
  regionOptOutSignal:
    'Ein Global-Privacy-Control-Signal Ihres Browsers gilt dort als Widerspruch gegen {categories}, wird als „Opt-out-Anfrage berücksichtigt“ angezeigt und mit Ihrer Wahl gespeichert.',
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
  changeCategoryTreatment: 'Kategorie {title} wird jetzt anders behandelt (immer aktiv, oder Verkauf bzw. Weitergabe)',
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
  changeLifetime: 'Entscheidungen werden jetzt {days} Tage aufbewahrt',
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
};

export interface KindText {
  one: string;
  many: string;
  explain: string;
}

const KINDS: Record<'en' | 'de', Record<string, KindText>> = {
  en: {
    cookie: {
      one: 'cookie',
      many: 'cookies',
      explain:
        'small pieces of text a site asks your browser to keep and send back with later requests, so it can recognise a session or a choice.',
    },
    localStorage: {
      one: 'local storage entry',
      many: 'local storage',
      explain: 'a store in your browser where a site keeps data on your device until it or you delete it.',
    },
    sessionStorage: {
      one: 'session storage entry',
      many: 'session storage',
      explain: 'like local storage, but emptied when you close the tab or window.',
    },
    pixel: {
      one: 'pixel',
      many: 'pixels',
      explain:
        'requests (also called beacons) a page sends to a measuring service to report a visit, an event or a measurement.',
    },
    script: {
      one: 'script',
      many: 'scripts',
      explain: 'code a page loads, often from a provider as a "tag", for example to measure visits.',
    },
    iframe: {
      one: 'embedded frame',
      many: 'embedded frames',
      explain: "another site's page shown inside ours, which can use its own technologies.",
    },
  },
  de: {
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
};

const PROVIDER_KINDS: Record<'en' | 'de', Record<string, string>> = {
  en: {
    authentication: 'Authentication',
    analytics: 'Analytics',
    hosting: 'Hosting',
    payment: 'Payment',
    integration: 'Integration',
    advertising: 'Advertising',
  },
  de: {
    authentication: 'Anmeldung',
    analytics: 'Statistik',
    hosting: 'Hosting',
    payment: 'Zahlung',
    integration: 'Integration',
    advertising: 'Werbung',
  },
};

const MONTHS = {
  en: 'January February March April May June July August September October November December'.split(' '),
  de: 'Januar Februar März April Mai Juni Juli August September Oktober November Dezember'.split(' '),
};

const DURATION_UNITS = {
  en: {
    session: 'Until you close the browser',
    persistent: 'Until you clear it',
    units: { year: ['year', 'years'], month: ['month', 'months'], week: ['week', 'weeks'], day: ['day', 'days'] },
    small: { hour: ['hour', 'hours'], minute: ['minute', 'minutes'], second: ['second', 'seconds'] },
  },
  de: {
    session: 'Bis Sie den Browser schließen',
    persistent: 'Bis Sie ihn löschen',
    units: { year: ['Jahr', 'Jahre'], month: ['Monat', 'Monate'], week: ['Woche', 'Wochen'], day: ['Tag', 'Tage'] },
    small: { hour: ['Stunde', 'Stunden'], minute: ['Minute', 'Minuten'], second: ['Sekunde', 'Sekunden'] },
  },
};

export type Language = 'en' | 'de';

export interface Localised {
  language: Language;
  m: Messages;
  kind(kind: string): KindText;
  providerKind(kind: string): string;
  date(iso: string): string;
  duration(seconds: number | 'session' | 'persistent'): string;
  /** "14 days" → "14 Tage": an amount with a unit, in the declared unit; undefined for other forms. */
  amount(text: string): string | undefined;
}

const UNIT_OF: Record<string, 'year' | 'month' | 'week' | 'day' | 'hour' | 'minute' | 'second'> = {
  y: 'year',
  year: 'year',
  mo: 'month',
  month: 'month',
  w: 'week',
  week: 'week',
  d: 'day',
  day: 'day',
  h: 'hour',
  hour: 'hour',
  m: 'minute',
  min: 'minute',
  minute: 'minute',
  s: 'second',
  sec: 'second',
  second: 'second',
};

export const LANGUAGES: readonly Language[] = ['en', 'de'];

export function localised(language: Language): Localised {
  const u = DURATION_UNITS[language];
  return {
    language,
    m: language === 'de' ? de : en,
    kind: (kind) => KINDS[language][kind] ?? { one: kind, many: kind, explain: '' },
    providerKind: (kind) => PROVIDER_KINDS[language][kind] ?? kind,
    date(iso) {
      const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
      const month = m ? MONTHS[language][Number(m[2]) - 1] : undefined;
      if (!m || !month) return iso;
      const day = Number(m[3]);
      return language === 'de' ? `${day}. ${month} ${m[1]}` : `${day} ${month} ${m[1]}`;
    },
    amount(text) {
      const match = /^(\d+)\s*([a-z]+)$/.exec(text.trim().toLowerCase());
      const unit = match ? (UNIT_OF[match[2]!] ?? UNIT_OF[match[2]!.replace(/s$/, '')]) : undefined;
      if (!match || !unit) return undefined;
      const n = Number(match[1]);
      const names = unit in u.units ? u.units[unit as keyof typeof u.units] : u.small[unit as keyof typeof u.small];
      return `${n} ${names[n === 1 ? 0 : 1]}`;
    },
    duration(seconds) {
      if (seconds === 'session') return u.session;
      if (seconds === 'persistent') return u.persistent;
      const steps: [readonly string[], number][] = [
        [u.units.year, 365 * 86_400],
        [u.units.month, 30 * 86_400],
        [u.units.week, 7 * 86_400],
        [u.units.day, 86_400],
        [u.small.hour, 3600],
        [u.small.minute, 60],
      ];
      for (const [names, per] of steps)
        if (seconds >= per && seconds % per === 0) {
          const n = seconds / per;
          return `${n} ${names[n === 1 ? 0 : 1]}`;
        }
      if (seconds >= 86_400) return `${Math.round(seconds / 86_400)} ${u.units.day[1]}`;
      return `${seconds} ${u.small.second[seconds === 1 ? 0 : 1]}`;
    },
  };
}

/** Fills a template's {placeholders} with inline pieces; unknown placeholders stay as written. */
export function fill(template: string, values: Record<string, Inline | Inline[]>): Inline[] {
  const out: Inline[] = [];
  let last = 0;
  for (const match of template.matchAll(/\{(\w+)\}/g)) {
    const value = values[match[1]!];
    if (value === undefined) continue;
    if (match.index > last) out.push(template.slice(last, match.index));
    out.push(...(Array.isArray(value) ? value : [value]));
    last = match.index + match[0].length;
  }
  if (last < template.length) out.push(template.slice(last));
  return out;
}

/** "a, b and c" from inline pieces. */
export function joinList(items: Inline[][], and: string): Inline[] {
  const out: Inline[] = [];
  items.forEach((item, i) => {
    if (i > 0) out.push(i === items.length - 1 ? ` ${and} ` : ', ');
    out.push(...item);
  });
  return out;
}
