import type { PolicyPack } from '../policy-pack.ts';

const pack: PolicyPack = {
  tag: 'fr',
  messages: {
    title: 'Politique relative aux cookies',
    skip: 'Aller à la politique',
    contents: 'Sur cette page',
    metaLine: 'Version {version} · en vigueur depuis le {date}',
    listComma: ', ',
    listAnd: ' et ',
    none: 'Aucune',
    notApplicable: 'Sans objet',
    notDeclared: 'Non indiqué',
    yes: 'Oui',
    no: 'Non',
    durationSession: 'Jusqu’à la fermeture du navigateur',
    durationPersistent: 'Jusqu’à ce que vous l’effaciez',
    term: '{term} : {text}',
    languages: 'Langues',

    aboutTitle: 'À propos de cette politique',
    aboutIntro: 'Cette politique explique comment {site} utilise les technologies suivantes sur {surfaces} : {kinds}.',
    aboutSimilar: 'technologies similaires',
    analyticsTags: 'balises de mesure d’audience',
    aboutSurface: 'l’espace « {title} » ({origin})',
    aboutDetail:
      'Pour chaque technologie, elle indique qui la fournit, pourquoi elle est utilisée, combien de temps elle est conservée et où elle est présente. Les technologies qui ne sont pas essentielles restent désactivées tant que vous ne les avez pas autorisées.',

    technologiesTitle: 'Technologies que nous utilisons',
    technologiesIntro: 'Voici les types de technologies que nous utilisons :',
    technologiesTable: 'Nombre de technologies de chaque type utilisées par chaque partie du site',
    kindColumn: 'Type',

    purposesTitle: 'Pourquoi nous les utilisons',
    purposesIntro: 'Chaque technologie sert une ou plusieurs des finalités suivantes :',
    purposeEssential:
      'Essentielle : nécessaire à un service que vous avez demandé, elle ne requiert donc pas de consentement.',
    purposeOptional: 'Uniquement avec votre consentement.',

    categoriesTitle: 'Catégories',
    categoriesIntro:
      'Nous regroupons les technologies en catégories. Le tableau sous chaque catégorie énumère toutes les technologies qu’elle contient.',
    categoryRequired:
      'Toujours actives. Ces technologies sont nécessaires pour fournir le service : elles ne demandent donc pas de consentement et ne peuvent pas être désactivées dans les paramètres des cookies.',
    categoryOptional:
      'Désactivées tant que vous n’avez pas autorisé cette catégorie dans les paramètres des cookies. Vous pouvez retirer votre consentement à tout moment, aussi facilement que vous l’avez donné.',
    categorySaleOrShare: 'Les technologies de cette catégorie vendent ou partagent des informations personnelles.',
    categoryEmpty: 'Cette catégorie ne contient actuellement aucune technologie.',
    categoryTable: '{category} : {count}',
    colTechnology: 'Technologie',
    colDescription: 'Ce qu’elle fait',
    colProvider: 'Fournisseur',
    colPurposes: 'Finalités',
    colDuration: 'Durée',
    colSurfaces: 'Où',
    colAttributes: 'Attributs du cookie',
    namedPattern: 'noms correspondant à {pattern}',
    urlPattern: 'requêtes vers {url}',
    onHost: 'sur {host}',
    scriptReadable: 'lisible par les scripts de la page',

    thirdTitle: 'Fournisseurs tiers',
    thirdIntro:
      'Ces fournisseurs fournissent certaines des technologies énumérées ci-dessus. Ils peuvent déposer ou lire leurs propres cookies et données de stockage, selon leurs propres politiques de confidentialité.',
    thirdNone: 'Nous ne faisons appel à aucun fournisseur tiers.',
    thirdTable: 'Fournisseurs tiers et leurs liens',
    colKind: 'Type',
    colTechnologies: 'Technologies',
    colPrivacy: 'Politique de confidentialité',
    colOptOut: 'Refus',
    privacyLink: '{name} : politique de confidentialité',
    optOutLink: '{name} : outil de refus',
    noOptOut: 'Aucun proposé',

    controlTitle: 'Comment contrôler les cookies',
    controlSiteTitle: 'Sur notre site',
    controlSite:
      'Dans les paramètres des cookies de notre site, vous pouvez autoriser ou refuser chaque catégorie facultative et retirer un consentement donné. Nous conservons votre choix pendant {period} ; passé ce délai, ou lorsqu’une nouvelle version de cette politique requiert à nouveau votre consentement, nous vous le redemandons.',
    surfacesShared:
      'Votre choix vaut pour toutes les parties de ce site ({surfaces}) : il vous est demandé une seule fois, et une modification sur l’une s’applique à toutes.',
    surfacesSeparate:
      'Les parties de ce site ({surfaces}) sont sur des domaines différents : chacune vous demande votre choix séparément, et une modification sur l’une ne s’applique pas aux autres.',
    controlBrowserTitle: 'Dans votre navigateur',
    controlBrowser:
      'Tous les navigateurs permettent de bloquer ou de supprimer les cookies et les autres données de site. L’emplacement de ces réglages dépend de votre navigateur et de votre appareil.',
    controlBrowserEssential:
      'Si vous bloquez les technologies essentielles, ce pour quoi elles sont nécessaires cesse de fonctionner :',
    controlFeatures: 'Cela comprend {features}.',
    featureAuthentication: 'la connexion avec {name}',
    featurePayment: 'le paiement via {name}',
    featureIntegration: 'la liaison avec {name}',
    featureHosting: 'l’accès au site via {name}',
    featureOther: 'l’utilisation de {name}',
    controlProvidersTitle: 'Outils des fournisseurs',
    controlProviders: 'Certains fournisseurs proposent leur propre moyen de refus :',
    controlProvidersNone:
      'Aucun de nos fournisseurs ne propose son propre outil de refus ; utilisez plutôt les paramètres des cookies ou votre navigateur.',
    controlIntegrationsTitle: 'Intégrations connectées',
    controlIntegrations:
      'Si vous déconnectez {names} de votre espace de travail, nous cessons dès ce moment d’en récupérer des données. Les enregistrements importés avant la déconnexion peuvent rester dans {site} ; la déconnexion ne les supprime pas.',

    signalsTitle: 'Do Not Track et Global Privacy Control',
    signalsIntro:
      'Do Not Track (DNT) et Global Privacy Control (GPC) sont des signaux que votre navigateur peut envoyer pour indiquer que vous ne souhaitez pas être suivi, ni que vos informations personnelles soient vendues ou partagées.',
    signalsNoSaleShare:
      'Nous ne vendons pas d’informations personnelles et nous ne les partageons pas à des fins de publicité comportementale intercontextuelle.',
    signalsSells: 'Nous vendons des informations personnelles.',
    signalsShares:
      'Nous partageons des informations personnelles à des fins de publicité comportementale intercontextuelle.',
    signalsCategories: 'Cela se fait par les catégories suivantes : {categories}.',
    signalRecordNothing:
      'Lorsque votre navigateur envoie {signal}, nous enregistrons ce fait avec votre choix de consentement. Comme nous ne vendons ni ne partageons d’informations personnelles, le signal n’a rien d’autre à désactiver.',
    signalRecordSaleShare:
      'Lorsque votre navigateur envoie {signal}, nous nous bornons à enregistrer ce fait avec votre choix de consentement. Cela n’arrête pas la vente ou le partage décrits ci-dessus ; pour les arrêter, refusez ces catégories dans les paramètres des cookies.',
    signalHonorCategories:
      'Lorsque votre navigateur envoie {signal}, nous le traitons comme un refus : ce qui relève de « {categories} » reste désactivé pour vous, quel que soit le choix fait auparavant, et nous enregistrons le signal avec votre choix de consentement.',
    signalHonorNothing:
      'Lorsque votre navigateur envoie {signal}, nous le traitons comme un refus et l’enregistrons avec votre choix de consentement. Aucune de nos catégories ne vend ni ne partage d’informations personnelles ; aujourd’hui, le signal ne désactive donc rien d’autre.',
    signalsChange:
      'Si nos pratiques changent d’une manière qui exige de traiter les signaux de refus, nous mettrons à jour cette politique et respecterons les signaux requis par la loi, là où la loi l’exige.',
    gpcName: 'Global Privacy Control',
    dntName: 'Do Not Track',

    regionsTitle: 'Vos choix selon l’endroit où vous êtes',
    regionsIntro:
      'Ce qui peut être actif avant votre choix, et la manière de vous y opposer, dépendent de la région depuis laquelle vous visitez le site. Nous connaissons la région par le réseau qui diffuse le site, et non par une base de données de localisation.',
    regionsDefault: 'Toutes les autres régions',
    regionsUnknown: 'Lorsque nous ne pouvons pas déterminer votre région',
    regionOptIn:
      '{regions} : rien de ce qui n’est pas essentiel n’est utilisé avant votre choix. Vous autorisez ou refusez chaque catégorie dans les paramètres des cookies et pouvez retirer votre consentement à tout moment.',
    regionOptOut:
      '{regions} : les catégories facultatives peuvent être actives jusqu’à ce que vous vous y opposiez. Pour vous y opposer, utilisez « {optOut} » dans les paramètres des cookies, ou désactivez-y une catégorie.',
    regionOptOutSignal:
      'Un signal Global Privacy Control envoyé par votre navigateur y est respecté comme un refus concernant « {categories} », affiché sous la mention « {honored} » et enregistré avec votre choix.',
    regionNotice:
      '{regions} : nous vous informons des technologies que nous utilisons ; les catégories facultatives peuvent être actives sans que nous vous le demandions. Vous pouvez les désactiver dans les paramètres des cookies.',
    changeRegime: 'Modification de ce qui s’applique avant un choix pour : {regions}',

    updatesTitle: 'Modifications de cette politique',
    updatesCurrent: 'Ceci est la version {version}, en vigueur depuis le {date}.',
    updatesSummary: 'Nouveautés de cette version : {summary}',
    updatesHow:
      'Lorsque les technologies que nous utilisons changent, nous publions sur cette page une nouvelle version avec une nouvelle date d’entrée en vigueur. Lorsqu’une modification requiert à nouveau votre consentement, par exemple une nouvelle technologie facultative ou une durée plus longue, nous vous le redemandons lors de votre prochaine visite.',
    historyTable: 'Historique des versions, de la plus récente à la plus ancienne',
    colVersion: 'Version',
    colEffective: 'En vigueur depuis le',
    colSummary: 'Résumé',
    colChanges: 'Ce qui a changé',
    colAskedAgain: 'Consentement redemandé',
    historyFirst: 'Première version enregistrée.',
    historyNoDetails: 'Le détail de cette version n’est pas publié.',
    historyNoChanges: 'Aucune modification des technologies déclarées.',
    askedAgainYes: 'Oui',
    askedAgainNo: 'Non, les choix antérieurs sont restés valables',

    changeTechAdded: 'Ajout : {kind} {name} ({category})',
    changeTechRemoved: 'Suppression : {kind} {name}',
    changeTechCategory: '{name} est passé de {before} à {after}',
    changeTechDuration: 'Durée de {name} : désormais {after} (auparavant {before})',
    changeTechPurposes: '{name} sert désormais à : {purposes}',
    changeTechProvider: '{name} est désormais fourni par {provider}',
    changeTechSurfaces: '{name} est désormais utilisé sur : {surfaces}',
    changeTechDetails: 'Description ou détails de {name} mis à jour',
    changePurposeAdded: 'Nouvelle finalité : {title}',
    changePurposeRemoved: 'Finalité supprimée : {title}',
    changePurposeEssential: 'La finalité « {title} » est désormais essentielle',
    changePurposeNotEssential: 'La finalité « {title} » n’est plus essentielle',
    changePurposeReworded: 'La finalité « {title} » a été reformulée',
    changeCategoryAdded: 'Nouvelle catégorie : {title}',
    changeCategoryRemoved: 'Catégorie supprimée : {title}',
    changeCategoryTreatment:
      'La catégorie « {title} » est désormais traitée différemment (toujours active, ou vente ou partage)',
    changeCategoryReworded: 'La catégorie « {title} » a été reformulée',
    changeProviderAdded: 'Nouveau fournisseur : {name}',
    changeProviderRemoved: 'Fournisseur supprimé : {name}',
    changeProviderChanged: 'Informations sur le fournisseur {name} mises à jour',
    changeSurfaceAdded: 'Nouvelle partie du site : {title}',
    changeSurfaceRemoved: 'Partie du site supprimée : {title}',
    changeSignalHonor: '{signal} est désormais respecté comme un refus',
    changeSignalRecord: '{signal} est désormais seulement enregistré',
    changeSellsOn: 'Nous vendons désormais des informations personnelles',
    changeSellsOff: 'Nous ne vendons plus d’informations personnelles',
    changeSharesOn:
      'Nous partageons désormais des informations personnelles à des fins de publicité comportementale intercontextuelle',
    changeSharesOff:
      'Nous ne partageons plus d’informations personnelles à des fins de publicité comportementale intercontextuelle',
    changePolicyLink: 'Adresse de cette politique mise à jour',
    changePrivacyLink: 'Lien vers la politique de confidentialité mis à jour',
    changeContact: 'Coordonnées mises à jour',
    changeLifetime: 'Les choix sont désormais conservés pendant {period}',
    changeConsentMode: 'Modification des signaux Google Consent Mode envoyés pour {title}',

    faqTitle: 'Questions et réponses',
    faqBlocked: 'Puis-je utiliser {site} avec les cookies bloqués ?',
    faqBlockedAnswer:
      'Certaines pages peuvent encore se charger, mais les éléments suivants peuvent ne pas fonctionner si les cookies essentiels ou le stockage du navigateur sont bloqués : {features}.',
    faqBlockedSurface: 'les fonctions de l’espace « {surface} »',
    faqBlockedNone:
      'Oui. Nous n’utilisons aucune technologie essentielle : bloquer les cookies et le stockage du navigateur ne vous prive donc de rien.',
    faqAnalytics: 'L’espace « {surface} » utilise-t-il la mesure d’audience ?',
    faqAnalyticsYesConsent:
      'Oui, mais seulement après que vous avez autorisé « {categories} ». D’ici là, rien de ce qui suit n’est chargé ni stocké :',
    faqAnalyticsYesAlways: 'Oui. Ces technologies de mesure d’audience sont toujours actives :',
    faqAnalyticsNo: 'Non. Nous n’utilisons aucune technologie de mesure d’audience dans l’espace « {surface} ».',
    faqAnalyticsItem: '{name} ({kind}, {provider})',
    faqSeparate: 'Est-ce distinct de la politique de confidentialité ?',
    faqSeparateAnswer:
      'Oui. Cette politique relative aux cookies explique en détail les technologies présentes dans votre navigateur. Elle complète notre {privacy}, qui décrit de manière générale la façon dont nous traitons les informations personnelles.',
    privacyPolicy: 'politique de confidentialité',

    contactTitle: 'Contact',
    contactIntro: 'Pour toute question sur cette politique ou sur vos choix, contactez {name} :',
    contactIntroNoName: 'Pour toute question sur cette politique ou sur vos choix, contactez-nous :',
    contactEmail: 'E-mail : {email}',
    contactWeb: 'Web : {url}',
    contactAddress: 'Adresse : {address}',
    contactPrivacy: 'Notre {privacy} explique comment nous traitons les informations personnelles.',

    footerVersion: '{site} · Politique relative aux cookies, version {version}, en vigueur depuis le {date}',
    footerGenerated: 'Générée par Cookieproof à partir de la déclaration {fingerprint}.',
  },
  kinds: {
    cookie: {
      one: 'cookie',
      many: 'cookies',
      explain:
        'petits fragments de texte qu’un site demande à votre navigateur de conserver et de lui renvoyer lors des requêtes suivantes, afin de reconnaître une session ou un choix.',
    },
    localStorage: {
      one: 'entrée du stockage local',
      many: 'stockage local',
      explain:
        'un espace de votre navigateur où un site conserve des données sur votre appareil jusqu’à ce que le site ou vous les supprimiez.',
    },
    sessionStorage: {
      one: 'entrée du stockage de session',
      many: 'stockage de session',
      explain: 'comme le stockage local, mais vidé lorsque vous fermez l’onglet ou la fenêtre.',
    },
    pixel: {
      one: 'pixel',
      many: 'pixels',
      explain:
        'requêtes (aussi appelées balises web ou « beacons ») qu’une page envoie à un service de mesure pour signaler une visite, un événement ou une mesure.',
    },
    script: {
      one: 'script',
      many: 'scripts',
      explain:
        'code qu’une page charge, souvent d’un fournisseur sous forme de « balise » (tag), par exemple pour mesurer les visites.',
    },
    iframe: {
      one: 'cadre intégré',
      many: 'cadres intégrés',
      explain:
        'la page d’un autre site affichée à l’intérieur de la nôtre, qui peut utiliser ses propres technologies.',
    },
  },
  providerKinds: {
    authentication: 'Authentification',
    analytics: 'Mesure d’audience',
    hosting: 'Hébergement',
    payment: 'Paiement',
    integration: 'Intégration',
    advertising: 'Publicité',
  },
  months: 'janvier février mars avril mai juin juillet août septembre octobre novembre décembre'.split(' '),
  date: '{day} {month} {year}',
  firstDay: '1er',
  counted: {
    technology: { one: '{n} technologie', other: '{n} technologies' },
    year: { one: '{n} an', other: '{n} ans' },
    month: { other: '{n} mois' },
    week: { one: '{n} semaine', other: '{n} semaines' },
    day: { one: '{n} jour', other: '{n} jours' },
    hour: { one: '{n} heure', other: '{n} heures' },
    minute: { one: '{n} minute', other: '{n} minutes' },
    second: { one: '{n} seconde', other: '{n} secondes' },
  },
};
export default pack;
