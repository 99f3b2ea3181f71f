import type { PolicyPack } from '../policy-pack.ts';

// Icelandic. Lists and counts that the page fills in stand after a colon or in the nominative, so that no noun
// from the declaration has to take a case ending.

const pack: PolicyPack = {
  tag: 'is',
  messages: {
    title: 'Vafrakökustefna',
    skip: 'Fara í stefnuna',
    contents: 'Á þessari síðu',
    metaLine: 'Útgáfa {version} · gildir frá {date}',
    listComma: ', ',
    listAnd: ' og ',
    none: 'Engin',
    notApplicable: 'Á ekki við',
    notDeclared: 'Ekki tilgreint',
    yes: 'Já',
    no: 'Nei',
    durationSession: 'Þar til þú lokar vafranum',
    durationPersistent: 'Þar til þú eyðir gögnunum',
    term: '{term}: {text}',
    languages: 'Tungumál',

    aboutTitle: 'Um þessa stefnu',
    aboutIntro: 'Þessi stefna útskýrir hvernig {site} notar eftirfarandi tækni á {surfaces}: {kinds}.',
    aboutSimilar: 'sambærileg tækni',
    analyticsTags: 'greiningarmerki',
    aboutSurface: 'hlutanum „{title}“ ({origin})',
    aboutDetail:
      'Fyrir hverja tækni kemur fram hver veitir hana, hvers vegna hún er notuð, hve lengi hún er geymd og hvar hún birtist. Tækni sem er ekki nauðsynleg er óvirk þar til þú leyfir hana.',

    technologiesTitle: 'Tækni sem við notum',
    technologiesIntro: 'Þetta eru þær tegundir tækni sem við notum:',
    technologiesTable: 'Fjöldi tæknilausna af hverri tegund í hverjum hluta vefsins',
    kindColumn: 'Tegund',

    purposesTitle: 'Hvers vegna við notum hana',
    purposesIntro: 'Sérhver tæknilausn þjónar einum eða fleiri af þessum tilgangi:',
    purposeEssential: 'Nauðsynleg: þarf fyrir þjónustu sem þú baðst um og krefst því ekki samþykkis.',
    purposeOptional: 'Aðeins notuð með samþykki þínu.',

    categoriesTitle: 'Flokkar',
    categoriesIntro: 'Við skiptum tækninni í flokka. Taflan undir hverjum flokki telur upp alla tækni í honum.',
    categoryRequired:
      'Alltaf virk. Þessi tækni er nauðsynleg til að veita þjónustuna, svo hún biður ekki um samþykki og ekki er hægt að slökkva á henni í stillingum vafrakaka.',
    categoryOptional:
      'Óvirk þar til þú leyfir þennan flokk í stillingum vafrakaka. Þú getur afturkallað samþykki þitt hvenær sem er og það er jafn auðvelt og að veita það.',
    categorySaleOrShare: 'Tækni í þessum flokki selur eða miðlar persónuupplýsingum.',
    categoryEmpty: 'Þessi flokkur inniheldur enga tækni eins og er.',
    categoryTable: '{category}: {count}',
    colTechnology: 'Tækni',
    colDescription: 'Hvað hún gerir',
    colProvider: 'Veitandi',
    colPurposes: 'Tilgangur',
    colDuration: 'Tímalengd',
    colSurfaces: 'Hvar',
    colAttributes: 'Eigindi vafraköku',
    namedPattern: 'heiti sem passa við {pattern}',
    urlPattern: 'beiðnir til {url}',
    onHost: 'á {host}',
    scriptReadable: 'læsileg fyrir forskriftir síðunnar',

    thirdTitle: 'Þriðju aðilar',
    thirdIntro:
      'Þessir veitendur leggja til hluta af tækninni sem talin er upp hér að ofan. Þeir geta sett eða lesið eigin vafrakökur og geymslu samkvæmt eigin persónuverndarstefnum.',
    thirdNone: 'Við notum enga þjónustu þriðju aðila.',
    thirdTable: 'Þriðju aðilar og tenglar þeirra',
    colKind: 'Tegund',
    colTechnologies: 'Tækni',
    colPrivacy: 'Persónuverndarstefna',
    colOptOut: 'Afþökkun',
    privacyLink: 'Persónuverndarstefna: {name}',
    optOutLink: 'Afþökkun: {name}',
    noOptOut: 'Ekki í boði',

    controlTitle: 'Hvernig þú stjórnar vafrakökum',
    controlSiteTitle: 'Á vefnum okkar',
    controlSite:
      'Í stillingum vafrakaka á vefnum okkar getur þú leyft eða hafnað hverjum valfrjálsum flokki og afturkallað samþykki sem þú hefur veitt. Geymslutími vals þíns er {period}; að honum liðnum, eða þegar ný útgáfa þessarar stefnu þarfnast samþykkis þíns á ný, spyrjum við þig aftur.',
    surfacesShared:
      'Val þitt gildir á öllum hlutum þessa vefs ({surfaces}): við spyrjum einu sinni og breyting á einum hluta gildir á þeim öllum.',
    surfacesSeparate:
      'Hlutar þessa vefs ({surfaces}) eru á ólíkum lénum: hver hluti spyr um val þitt sérstaklega og breyting á einum gildir ekki á hinum.',
    controlBrowserTitle: 'Í vafranum þínum',
    controlBrowser:
      'Allir vafrar gera þér kleift að loka á eða eyða vafrakökum og öðrum vefgögnum. Hvar þessar stillingar eru fer eftir vafranum og tækinu.',
    controlBrowserEssential: 'Ef þú lokar á nauðsynlega tækni hættir það sem hún þarf til að virka:',
    controlFeatures: 'Þar á meðal: {features}.',
    featureAuthentication: 'innskráning með {name}',
    featurePayment: 'greiðsla í gegnum {name}',
    featureIntegration: 'tenging við {name}',
    featureHosting: 'aðgangur að vefnum í gegnum {name}',
    featureOther: 'notkun á {name}',
    controlProvidersTitle: 'Verkfæri frá veitendum',
    controlProviders: 'Sumir veitendur bjóða upp á eigin leið til afþökkunar:',
    controlProvidersNone:
      'Enginn veitenda okkar býður upp á eigið afþökkunartól; notaðu frekar stillingar vafrakaka eða vafrann þinn.',
    controlIntegrationsTitle: 'Tengdar samþættingar',
    controlIntegrations:
      'Ef þú aftengir eftirfarandi frá vinnusvæðinu þínu hættum við upp frá því að sækja gögn þaðan: {names}. Færslur sem fluttar voru inn áður en þú aftengdir geta verið áfram í {site}; aftenging eyðir þeim ekki.',

    signalsTitle: 'Do Not Track og Global Privacy Control',
    signalsIntro:
      'Do Not Track (DNT) og Global Privacy Control (GPC) eru merki sem vafrinn þinn getur sent til að gefa til kynna að þú viljir ekki láta rekja ferðir þínar eða að persónuupplýsingar þínar séu seldar eða þeim miðlað.',
    signalsNoSaleShare:
      'Við seljum ekki persónuupplýsingar og við miðlum þeim ekki vegna hegðunarmiðaðra auglýsinga þvert á samhengi.',
    signalsSells: 'Við seljum persónuupplýsingar.',
    signalsShares: 'Við miðlum persónuupplýsingum vegna hegðunarmiðaðra auglýsinga þvert á samhengi.',
    signalsCategories: 'Það gerist í gegnum þessa flokka: {categories}.',
    signalRecordNothing:
      'Þegar vafrinn þinn sendir merkið {signal} skráum við það ásamt samþykkisvali þínu. Þar sem við hvorki seljum né miðlum persónuupplýsingum er ekkert frekar sem merkið getur slökkt á.',
    signalRecordSaleShare:
      'Þegar vafrinn þinn sendir merkið {signal} skráum við það eingöngu ásamt samþykkisvali þínu. Það stöðvar ekki söluna eða miðlunina sem lýst er hér að ofan; til að stöðva hana skaltu hafna þeim flokkum í stillingum vafrakaka.',
    signalHonorCategories:
      'Þegar vafrinn þinn sendir merkið {signal} lítum við á það sem afþökkun og skráum það ásamt samþykkisvali þínu. Eftirfarandi flokkar haldast þá óvirkir hjá þér, hvað sem áður var valið: {categories}.',
    signalHonorNothing:
      'Þegar vafrinn þinn sendir merkið {signal} lítum við á það sem afþökkun og skráum það ásamt samþykkisvali þínu. Enginn flokka okkar selur eða miðlar persónuupplýsingum, svo í dag slekkur merkið ekki á neinu öðru.',
    signalsChange:
      'Ef starfshættir okkar breytast á þann hátt að meðhöndla þurfi afþökkunarmerki munum við uppfæra þessa stefnu og virða lögbundin merki þar sem þess er krafist.',
    gpcName: 'Global Privacy Control',
    dntName: 'Do Not Track',

    regionsTitle: 'Val þitt þar sem þú ert',
    regionsIntro:
      'Hvað má vera virkt áður en þú velur, og hvernig þú afþakkar, fer eftir svæðinu sem þú heimsækir okkur frá. Við fáum upplýsingar um svæðið frá netinu sem afhendir vefinn, ekki úr staðsetningargagnagrunni.',
    regionsDefault: 'Öll önnur svæði',
    regionsUnknown: 'Þar sem við getum ekki greint svæðið þitt',
    regionOptIn:
      '{regions}: ekkert sem er ekki nauðsynlegt er notað áður en þú velur. Þú leyfir eða hafnar hverjum flokki í stillingum vafrakaka og getur afturkallað hvenær sem er.',
    regionOptOut:
      '{regions}: valfrjálsir flokkar geta verið virkir þar til þú afþakkar. Til að afþakka skaltu nota „{optOut}“ í stillingum vafrakaka eða slökkva þar á flokki.',
    regionOptOutSignal:
      'Global Privacy Control-merki frá vafranum þínum er þar virt sem afþökkun, birt sem „{honored}“ og skráð ásamt vali þínu. Afþökkunin nær til: {categories}.',
    regionNotice:
      '{regions}: við upplýsum þig um tæknina sem við notum; valfrjálsir flokkar geta verið virkir án þess að spurt sé. Þú getur slökkt á þeim í stillingum vafrakaka.',
    changeRegime: 'Breytt hvað gildir áður en valið er: {regions}',

    updatesTitle: 'Breytingar á þessari stefnu',
    updatesCurrent: 'Þetta er útgáfa {version}, sem gildir frá {date}.',
    updatesSummary: 'Nýtt í þessari útgáfu: {summary}',
    updatesHow:
      'Þegar tæknin sem við notum breytist birtum við nýja útgáfu á þessari síðu með nýrri gildistökudagsetningu. Þegar breyting krefst samþykkis þíns á ný, til dæmis ný valfrjáls tækni eða lengri tímalengd, spyrjum við þig aftur í næstu heimsókn.',
    historyTable: 'Útgáfusaga, nýjasta fyrst',
    colVersion: 'Útgáfa',
    colEffective: 'Gildir frá',
    colSummary: 'Samantekt',
    colChanges: 'Hvað breyttist',
    colAskedAgain: 'Gestir spurðir aftur',
    historyFirst: 'Fyrsta skráða útgáfa.',
    historyNoDetails: 'Upplýsingar um þessa útgáfu hafa ekki verið birtar.',
    historyNoChanges: 'Engin breyting á tilgreindri tækni.',
    askedAgainYes: 'Já',
    askedAgainNo: 'Nei, fyrri val héldu gildi sínu',

    changeTechAdded: '{kind} {name} – bætt við ({category})',
    changeTechRemoved: '{kind} {name} – fjarlægt',
    changeTechCategory: '{name} færð úr flokknum {before} í flokkinn {after}',
    changeTechDuration: 'Tímalengd {name} er nú {after} (var {before})',
    changeTechPurposes: 'Tilgangur {name} er nú: {purposes}',
    changeTechProvider: 'Veitandi {name} er nú {provider}',
    changeTechSurfaces: '{name} er nú notuð á: {surfaces}',
    changeTechDetails: 'Lýsing eða upplýsingar um {name} uppfærðar',
    changePurposeAdded: 'Nýr tilgangur: {title}',
    changePurposeRemoved: 'Tilgangur fjarlægður: {title}',
    changePurposeEssential: 'Tilgangurinn {title} er nú nauðsynlegur',
    changePurposeNotEssential: 'Tilgangurinn {title} er ekki lengur nauðsynlegur',
    changePurposeReworded: 'Tilgangurinn {title} umorðaður',
    changeCategoryAdded: 'Nýr flokkur: {title}',
    changeCategoryRemoved: 'Flokkur fjarlægður: {title}',
    changeCategoryTreatment: 'Flokkurinn {title} er nú meðhöndlaður öðruvísi (alltaf virkur, eða sala eða miðlun)',
    changeCategoryReworded: 'Flokkurinn {title} umorðaður',
    changeProviderAdded: 'Nýr veitandi: {name}',
    changeProviderRemoved: 'Veitandi fjarlægður: {name}',
    changeProviderChanged: 'Upplýsingar um veitandann {name} uppfærðar',
    changeSurfaceAdded: 'Nýr hluti vefsins: {title}',
    changeSurfaceRemoved: 'Hluti vefsins fjarlægður: {title}',
    changeSignalHonor: '{signal} er nú virt sem afþökkun',
    changeSignalRecord: '{signal} er nú aðeins skráð',
    changeSellsOn: 'Við seljum nú persónuupplýsingar',
    changeSellsOff: 'Við seljum ekki lengur persónuupplýsingar',
    changeSharesOn: 'Við miðlum nú persónuupplýsingum vegna hegðunarmiðaðra auglýsinga þvert á samhengi',
    changeSharesOff: 'Við miðlum ekki lengur persónuupplýsingum vegna hegðunarmiðaðra auglýsinga þvert á samhengi',
    changePolicyLink: 'Slóð þessarar stefnu uppfærð',
    changePrivacyLink: 'Tengill á persónuverndarstefnuna uppfærður',
    changeContact: 'Samskiptaupplýsingar uppfærðar',
    changeLifetime: 'Geymslutími vals er nú {period}',
    changeConsentMode: 'Breytt Google Consent Mode-merkjum sem send eru fyrir {title}',

    faqTitle: 'Spurningar og svör',
    faqBlocked: 'Get ég notað {site} ef lokað er á vafrakökur?',
    faqBlockedAnswer:
      'Sumar síður hlaðast ef til vill áfram, en ef lokað er á nauðsynlegar vafrakökur eða geymslu vafrans virkar eftirfarandi hugsanlega ekki: {features}.',
    faqBlockedSurface: 'aðgerðir í hlutanum „{surface}“',
    faqBlockedNone:
      'Já. Við notum enga nauðsynlega tækni, svo það tekur ekkert frá þér að loka á vafrakökur og geymslu vafrans.',
    faqAnalytics: 'Notar hlutinn „{surface}“ vefgreiningu?',
    faqAnalyticsYesConsent:
      'Já, en aðeins eftir að þú leyfir: {categories}. Þangað til er ekkert af eftirfarandi hlaðið eða geymt:',
    faqAnalyticsYesAlways: 'Já. Þessi greiningartækni er alltaf virk:',
    faqAnalyticsNo: 'Nei. Við notum enga greiningartækni í hlutanum „{surface}“.',
    faqAnalyticsItem: '{name} ({kind}, {provider})',
    faqSeparate: 'Er þetta aðskilið frá persónuverndarstefnunni?',
    faqSeparateAnswer:
      'Já. Þessi vafrakökustefna útskýrir tæknina í vafranum þínum í smáatriðum. Hún er viðbót við {privacy} okkar, sem fjallar almennt um hvernig við meðhöndlum persónuupplýsingar.',
    privacyPolicy: 'persónuverndarstefnu',

    contactTitle: 'Hafa samband',
    contactIntro: 'Ef þú hefur spurningar um þessa stefnu eða val þitt skaltu hafa samband við {name}:',
    contactIntroNoName: 'Ef þú hefur spurningar um þessa stefnu eða val þitt skaltu hafa samband við okkur:',
    contactEmail: 'Netfang: {email}',
    contactWeb: 'Vefur: {url}',
    contactAddress: 'Heimilisfang: {address}',
    contactPrivacy: 'Í {privacy} okkar kemur fram hvernig við meðhöndlum persónuupplýsingar.',

    footerVersion: '{site} · Vafrakökustefna, útgáfa {version}, gildir frá {date}',
    footerGenerated: 'Búið til af Cookieproof úr yfirlýsingunni {fingerprint}.',
  },
  kinds: {
    cookie: {
      one: 'vafrakaka',
      many: 'vafrakökur',
      explain:
        'litlir textabútar sem vefur biður vafrann þinn að geyma og senda til baka með síðari beiðnum, svo hann geti þekkt lotu eða val.',
    },
    localStorage: {
      one: 'færsla í staðbundinni geymslu',
      many: 'staðbundin geymsla',
      explain: 'geymsla í vafranum þínum þar sem vefur geymir gögn á tækinu þínu þar til hann eða þú eyðir þeim.',
    },
    sessionStorage: {
      one: 'færsla í lotugeymslu',
      many: 'lotugeymsla',
      explain: 'eins og staðbundin geymsla, en tæmist þegar þú lokar flipanum eða glugganum.',
    },
    pixel: {
      one: 'pixill',
      many: 'pixlar',
      explain:
        'beiðnir (einnig kallaðar vitar eða beacons) sem síða sendir mæliþjónustu til að tilkynna heimsókn, atburð eða mælingu.',
    },
    script: {
      one: 'forskrift',
      many: 'forskriftir',
      explain: 'kóði sem síða hleður, oft frá veitanda sem „merki“ (tag), til dæmis til að mæla heimsóknir.',
    },
    iframe: {
      one: 'innfelldur rammi',
      many: 'innfelldir rammar',
      explain: 'síða annars vefs sem birtist inni í okkar og getur notað eigin tækni.',
    },
  },
  providerKinds: {
    authentication: 'Auðkenning',
    analytics: 'Vefgreining',
    hosting: 'Hýsing',
    payment: 'Greiðslur',
    integration: 'Samþætting',
    advertising: 'Auglýsingar',
  },
  months: 'janúar febrúar mars apríl maí júní júlí ágúst september október nóvember desember'.split(' '),
  date: '{day}. {month} {year}',
  // Icelandic counts 21, 31, … like 1 (but not 11): "21 dagur", "22 dagar".
  counted: {
    technology: { one: '{n} tæknilausn', other: '{n} tæknilausnir' },
    year: { other: '{n} ár' },
    month: { one: '{n} mánuður', other: '{n} mánuðir' },
    week: { one: '{n} vika', other: '{n} vikur' },
    day: { one: '{n} dagur', other: '{n} dagar' },
    hour: { one: '{n} klukkustund', other: '{n} klukkustundir' },
    minute: { one: '{n} mínúta', other: '{n} mínútur' },
    second: { one: '{n} sekúnda', other: '{n} sekúndur' },
  },
};
export default pack;
