import type { PolicyPack } from '../policy-pack.ts';

// Irish. What the page fills in stands after a colon or a word that does not mutate it, so that no declaration text
// needs an initial mutation; counts mutate the noun after the number as Irish does ("2 bhliain", "7 mbliana").

const pack: PolicyPack = {
  tag: 'ga',
  messages: {
    title: 'Beartas fianán',
    skip: 'Léim chuig an mbeartas',
    contents: 'Ar an leathanach seo',
    metaLine: 'Leagan {version} · i bhfeidhm ó {date}',
    listComma: ', ',
    listAnd: ' agus ',
    none: 'Dada',
    notApplicable: 'Ní bhaineann',
    notDeclared: 'Níor luadh',
    yes: 'Tá',
    no: 'Níl',
    durationSession: 'Go ndúnann tú an brabhsálaí',
    durationPersistent: 'Go nglanann tú é',
    term: '{term}: {text}',
    languages: 'Teangacha',

    aboutTitle: 'Maidir leis an mbeartas seo',
    aboutIntro:
      'Míníonn an beartas seo conas a úsáideann {site} na teicneolaíochtaí seo: {kinds}. Baineann an beartas leis na codanna seo den suíomh: {surfaces}.',
    aboutSimilar: 'teicneolaíochtaí cosúil leo',
    analyticsTags: 'clibeanna anailísíochta',
    aboutSurface: '“{title}” ({origin})',
    aboutDetail:
      'I gcás gach teicneolaíochta, insíonn sé cé a sholáthraíonn í, cén fáth a n-úsáidtear í, cá fhad a choinnítear í agus cá háit a bhfeictear í. Fanann teicneolaíochtaí nach bhfuil riachtanach múchta go dtí go gceadaíonn tú iad.',

    technologiesTitle: 'Na teicneolaíochtaí a úsáidimid',
    technologiesIntro: 'Seo iad na cineálacha teicneolaíochta a úsáidimid:',
    technologiesTable: 'Líon na dteicneolaíochtaí de gach cineál a úsáideann gach cuid den suíomh',
    kindColumn: 'Cineál',

    purposesTitle: 'Cén fáth a n-úsáidimid iad',
    purposesIntro: 'Freastalaíonn gach teicneolaíocht ar cheann amháin nó níos mó de na cuspóirí seo:',
    purposeEssential:
      'Cuspóir riachtanach: tá gá leis le haghaidh seirbhíse a d’iarr tú, mar sin níl toiliú ag teastáil.',
    purposeOptional: 'Le do thoiliú amháin.',

    categoriesTitle: 'Catagóirí',
    categoriesIntro:
      'Grúpálaimid na teicneolaíochtaí i gcatagóirí. Liostaíonn an tábla faoi gach catagóir gach teicneolaíocht atá inti.',
    categoryRequired:
      'Ar siúl i gcónaí. Tá na teicneolaíochtaí seo riachtanach chun an tseirbhís a sholáthar, mar sin ní iarrann siad toiliú agus ní féidir iad a mhúchadh sna sainroghanna fianán.',
    categoryOptional:
      'Múchta go dtí go gceadaíonn tú an chatagóir seo sna sainroghanna fianán. Is féidir leat do thoiliú a tharraingt siar am ar bith, agus tá sé chomh héasca é a tharraingt siar agus a bhí sé é a thabhairt.',
    categorySaleOrShare: 'Díolann nó comhroinneann teicneolaíochtaí sa chatagóir seo sonraí pearsanta.',
    categoryEmpty: 'Níl aon teicneolaíocht sa chatagóir seo faoi láthair.',
    categoryTable: '{category}: {count}',
    colTechnology: 'Teicneolaíocht',
    colDescription: 'Cad a dhéanann sí',
    colProvider: 'Soláthraí',
    colPurposes: 'Cuspóirí',
    colDuration: 'Fad',
    colSurfaces: 'Cá háit',
    colAttributes: 'Tréithe an fhianáin',
    namedPattern: 'ainmneacha a mheaitseálann {pattern}',
    urlPattern: 'iarratais chuig {url}',
    onHost: 'ar {host}',
    scriptReadable: 'inléite ag scripteanna an leathanaigh',

    thirdTitle: 'Soláthraithe tríú páirtí',
    thirdIntro:
      'Soláthraíonn na soláthraithe seo cuid de na teicneolaíochtaí atá liostaithe thuas. Féadfaidh siad a gcuid fianán agus stórála féin a shocrú nó a léamh, faoina mbeartais phríobháideachta féin.',
    thirdNone: 'Ní úsáidimid aon soláthraí tríú páirtí.',
    thirdTable: 'Soláthraithe tríú páirtí agus a naisc',
    colKind: 'Cineál',
    colTechnologies: 'Teicneolaíochtaí',
    colPrivacy: 'Beartas príobháideachta',
    colOptOut: 'Diúltú',
    privacyLink: 'Beartas príobháideachta: {name}',
    optOutLink: 'Diúltú: {name}',
    noOptOut: 'Níl sé ar fáil',

    controlTitle: 'Conas fianáin a rialú',
    controlSiteTitle: 'Ar ár suíomh',
    controlSite:
      'I sainroghanna fianán ár suímh, is féidir leat gach catagóir roghnach a cheadú nó a dhiúltú, agus toiliú a thug tú a tharraingt siar. Coinnímid do rogha ar feadh {period}; ina dhiaidh sin, nó nuair a bheidh do thoiliú ag teastáil arís ó leagan nua den bheartas seo, fiafróimid díot arís.',
    surfacesShared:
      'Baineann do rogha le gach cuid den suíomh seo ({surfaces}): fiafraímid díot uair amháin, agus baineann athrú ar chuid amháin leo go léir.',
    surfacesSeparate:
      'Tá codanna an tsuímh seo ({surfaces}) ar fhearainn éagsúla: iarrann gach ceann acu do rogha ort ar leith, agus ní bhaineann athrú ar cheann amháin leis na cinn eile.',
    controlBrowserTitle: 'I do bhrabhsálaí',
    controlBrowser:
      'Ligeann gach brabhsálaí duit fianáin agus sonraí eile suíomhanna a bhlocáil nó a scriosadh. Braitheann an áit a bhfuil na socruithe seo ar do bhrabhsálaí agus ar do ghléas.',
    controlBrowserEssential:
      'Má bhlocálann tú teicneolaíochtaí riachtanacha, stopfaidh an rud a dteastaíonn siad dó ag obair:',
    controlFeatures: 'Áirítear leis sin: {features}.',
    featureAuthentication: 'síniú isteach le {name}',
    featurePayment: 'íocaíocht trí {name}',
    featureIntegration: 'ceangal le {name}',
    featureHosting: 'rochtain ar an suíomh trí {name}',
    featureOther: 'úsáid na seirbhíse {name}',
    controlProvidersTitle: 'Uirlisí ó sholáthraithe',
    controlProviders: 'Tairgeann roinnt soláthraithe a mbealach féin chun diúltú:',
    controlProvidersNone:
      'Ní thairgeann aon cheann dár soláthraithe a uirlis diúltaithe féin; bain úsáid as na sainroghanna fianán nó as do bhrabhsálaí ina ionad sin.',
    controlIntegrationsTitle: 'Comhtháthuithe ceangailte',
    controlIntegrations:
      'Má dhícheanglaíonn tú na comhtháthuithe seo ó do spás oibre, stopfaimid ag tarraingt sonraí uathu as sin amach: {names}. Féadfaidh taifid a allmhairíodh sular dhícheangail tú fanacht sa tseirbhís {site}; ní scriosann an dícheangal iad.',

    signalsTitle: 'Do Not Track agus Global Privacy Control',
    signalsIntro:
      'Is comharthaí iad Do Not Track (DNT) agus Global Privacy Control (GPC) is féidir le do bhrabhsálaí a sheoladh lena rá nach mian leat go rianófaí thú ná go ndíolfaí nó go gcomhroinnfí do shonraí pearsanta.',
    signalsNoSaleShare:
      'Ní dhíolaimid sonraí pearsanta, agus ní chomhroinnimid iad le haghaidh fógraíocht iompraíochta thar chomhthéacsanna.',
    signalsSells: 'Díolaimid sonraí pearsanta.',
    signalsShares: 'Comhroinnimid sonraí pearsanta le haghaidh fógraíocht iompraíochta thar chomhthéacsanna.',
    signalsCategories: 'Tarlaíonn sé sin trí na catagóirí seo: {categories}.',
    signalRecordNothing:
      'Nuair a sheolann do bhrabhsálaí {signal}, taifeadaimid é sin in éineacht le do rogha toilithe. Ós rud é nach ndíolaimid ná nach gcomhroinnimid sonraí pearsanta, níl aon rud eile le múchadh ag an gcomhartha.',
    signalRecordSaleShare:
      'Nuair a sheolann do bhrabhsálaí {signal}, ní dhéanaimid ach é sin a thaifeadadh in éineacht le do rogha toilithe. Ní stopann sé an díol ná an chomhroinnt a ndéantar cur síos orthu thuas; chun iad a stopadh, diúltaigh do na catagóirí sin sna sainroghanna fianán.',
    signalHonorCategories:
      'Nuair a sheolann do bhrabhsálaí {signal}, caithimid leis mar dhiúltú agus taifeadaimid é in éineacht le do rogha toilithe. Fanann na catagóirí seo múchta duit ansin, is cuma cad a roghnaíodh roimhe sin: {categories}.',
    signalHonorNothing:
      'Nuair a sheolann do bhrabhsálaí {signal}, caithimid leis mar dhiúltú agus taifeadaimid é in éineacht le do rogha toilithe. Ní dhíolann ná ní chomhroinneann aon cheann dár gcatagóirí sonraí pearsanta, mar sin inniu ní mhúchann an comhartha aon rud eile.',
    signalsChange:
      'Má athraíonn ár gcleachtais ar bhealach a éilíonn láimhseáil comharthaí diúltaithe, nuashonróimid an beartas seo agus urramóimid comharthaí a cheanglaítear faoin dlí nuair is gá.',
    gpcName: 'Global Privacy Control',
    dntName: 'Do Not Track',

    regionsTitle: 'Do roghanna de réir na háite ina bhfuil tú',
    regionsIntro:
      'Braitheann a bhfuil ceadaithe a bheith ar siúl sula roghnaíonn tú, agus conas is féidir leat diúltú, ar an réigiún óna dtugann tú cuairt orainn. Faighimid an réigiún ón líonra a sholáthraíonn an suíomh, ní ó bhunachar sonraí suímh.',
    regionsDefault: 'Gach réigiún eile',
    regionsUnknown: 'Nuair nach féidir linn do réigiún a aithint',
    regionOptIn:
      '{regions}: ní úsáidtear aon rud nach bhfuil riachtanach sula roghnaíonn tú. Ceadaíonn nó diúltaíonn tú gach catagóir sna sainroghanna fianán agus is féidir leat do thoiliú a tharraingt siar am ar bith.',
    regionOptOut:
      '{regions}: féadfaidh catagóirí roghnacha a bheith ar siúl go dtí go ndiúltaíonn tú. Chun diúltú, úsáid “{optOut}” sna sainroghanna fianán nó múch catagóir ansin.',
    regionOptOutSignal:
      'Urramaítear comhartha Global Privacy Control ó do bhrabhsálaí ansin mar dhiúltú, taispeántar é mar “{honored}” agus taifeadtar é le do rogha. Baineann an diúltú le: {categories}.',
    regionNotice:
      '{regions}: cuirimid na teicneolaíochtaí a úsáidimid in iúl duit; féadfaidh catagóirí roghnacha a bheith ar siúl gan fiafraí. Is féidir leat iad a mhúchadh sna sainroghanna fianán.',
    changeRegime: 'Athraíodh a bhfuil i bhfeidhm roimh rogha i: {regions}',

    updatesTitle: 'Athruithe ar an mbeartas seo',
    updatesCurrent: 'Seo é leagan {version}, i bhfeidhm ó {date}.',
    updatesSummary: 'Nua sa leagan seo: {summary}',
    updatesHow:
      'Nuair a athraíonn na teicneolaíochtaí a úsáidimid, foilsímid leagan nua ar an leathanach seo le dáta éifeachta nua. Nuair a bheidh do thoiliú ag teastáil arís de bharr athraithe, mar shampla teicneolaíocht roghnach nua nó fad níos faide, fiafróimid díot arís ar do chéad chuairt eile.',
    historyTable: 'Stair na leaganacha, an ceann is nuaí ar dtús',
    colVersion: 'Leagan',
    colEffective: 'I bhfeidhm ó',
    colSummary: 'Achoimre',
    colChanges: 'Cad a athraíodh',
    colAskedAgain: 'Iarradh ar chuairteoirí arís',
    historyFirst: 'An chéad leagan a taifeadadh.',
    historyNoDetails: 'Níor foilsíodh sonraí an leagain seo.',
    historyNoChanges: 'Níor athraíodh na teicneolaíochtaí dearbhaithe.',
    askedAgainYes: 'Iarradh',
    askedAgainNo: 'Níor iarradh; d’fhan na roghanna roimhe sin bailí',

    changeTechAdded: 'Curtha leis: {kind} {name} ({category})',
    changeTechRemoved: 'Bainte: {kind} {name}',
    changeTechCategory: '{name}: aistrithe ó {before} go {after}',
    changeTechDuration: '{name}: fad {after} anois (bhí {before})',
    changeTechPurposes: '{name}: úsáidtear anois le haghaidh: {purposes}',
    changeTechProvider: '{name}: soláthraí anois: {provider}',
    changeTechSurfaces: '{name}: úsáidtear anois ar: {surfaces}',
    changeTechDetails: 'Nuashonraíodh an cur síos nó na sonraí: {name}',
    changePurposeAdded: 'Cuspóir nua: {title}',
    changePurposeRemoved: 'Baineadh an cuspóir: {title}',
    changePurposeEssential: 'Tá an cuspóir {title} riachtanach anois',
    changePurposeNotEssential: 'Níl an cuspóir {title} riachtanach a thuilleadh',
    changePurposeReworded: 'Athfhoclaíodh an cuspóir {title}',
    changeCategoryAdded: 'Catagóir nua: {title}',
    changeCategoryRemoved: 'Baineadh an chatagóir: {title}',
    changeCategoryTreatment:
      'Caitear leis an gcatagóir {title} ar bhealach difriúil anois (ar siúl i gcónaí, nó díol nó comhroinnt)',
    changeCategoryReworded: 'Athfhoclaíodh an chatagóir {title}',
    changeProviderAdded: 'Soláthraí nua: {name}',
    changeProviderRemoved: 'Baineadh an soláthraí: {name}',
    changeProviderChanged: 'Nuashonraíodh sonraí an tsoláthraí {name}',
    changeSurfaceAdded: 'Cuid nua den suíomh: {title}',
    changeSurfaceRemoved: 'Baineadh cuid den suíomh: {title}',
    changeSignalHonor: 'Urramaítear {signal} mar dhiúltú anois',
    changeSignalRecord: 'Ní dhéantar ach {signal} a thaifeadadh anois',
    changeSellsOn: 'Díolaimid sonraí pearsanta anois',
    changeSellsOff: 'Ní dhíolaimid sonraí pearsanta a thuilleadh',
    changeSharesOn: 'Comhroinnimid sonraí pearsanta anois le haghaidh fógraíocht iompraíochta thar chomhthéacsanna',
    changeSharesOff:
      'Ní chomhroinnimid sonraí pearsanta a thuilleadh le haghaidh fógraíocht iompraíochta thar chomhthéacsanna',
    changePolicyLink: 'Nuashonraíodh seoladh an bheartais seo',
    changePrivacyLink: 'Nuashonraíodh an nasc chuig an mbeartas príobháideachta',
    changeContact: 'Nuashonraíodh na sonraí teagmhála',
    changeLifetime: 'Coinnítear roghanna anois ar feadh {period}',
    changeConsentMode: 'Athraíodh na comharthaí Google Consent Mode a sheoltar don chatagóir {title}',

    faqTitle: 'Ceisteanna agus freagraí',
    faqBlocked: 'An féidir liom {site} a úsáid agus fianáin blocáilte?',
    faqBlockedAnswer:
      'Féadfaidh roinnt leathanach lódáil fós, ach má tá fianáin riachtanacha nó stóráil an bhrabhsálaí blocáilte, seans nach n-oibreoidh na rudaí seo: {features}.',
    faqBlockedSurface: 'gnéithe na coda “{surface}”',
    faqBlockedNone:
      'Is féidir. Ní úsáidimid aon teicneolaíochtaí riachtanacha, mar sin ní bhaineann blocáil fianán ná stóráil an bhrabhsálaí aon rud uait.',
    faqAnalytics: 'An úsáideann an chuid “{surface}” anailísíocht?',
    faqAnalyticsYesConsent:
      'Úsáideann, ach amháin tar éis duit na nithe seo a cheadú: {categories}. Go dtí sin ní lódáiltear ná ní stóráiltear aon cheann díobh seo:',
    faqAnalyticsYesAlways: 'Úsáideann. Bíonn na teicneolaíochtaí anailísíochta seo ar siúl i gcónaí:',
    faqAnalyticsNo: 'Ní úsáideann. Ní úsáidimid aon teicneolaíocht anailísíochta sa chuid “{surface}”.',
    faqAnalyticsItem: '{name} ({kind}, {provider})',
    faqSeparate: 'An bhfuil sé seo ar leith ón mbeartas príobháideachta?',
    faqSeparateAnswer:
      'Tá. Míníonn an beartas fianán seo go mion na teicneolaíochtaí i do bhrabhsálaí. Cuireann sé lenár {privacy}, a chlúdaíonn conas a láimhseálaimid sonraí pearsanta go ginearálta.',
    // Eclipsed, as it always follows "ár" (our): "ár mbeartas príobháideachta".
    privacyPolicy: 'mbeartas príobháideachta',

    contactTitle: 'Teagmháil',
    contactIntro: 'Le haghaidh ceisteanna faoin mbeartas seo nó faoi do roghanna, déan teagmháil le {name}:',
    contactIntroNoName: 'Le haghaidh ceisteanna faoin mbeartas seo nó faoi do roghanna, déan teagmháil linn:',
    contactEmail: 'Ríomhphost: {email}',
    contactWeb: 'Gréasán: {url}',
    contactAddress: 'Seoladh: {address}',
    contactPrivacy: 'Míníonn ár {privacy} conas a láimhseálaimid sonraí pearsanta.',

    footerVersion: '{site} · Beartas fianán, leagan {version}, i bhfeidhm ó {date}',
    footerGenerated: 'Ginte ag Cookieproof ón dearbhú {fingerprint}.',
  },
  kinds: {
    cookie: {
      one: 'fianán',
      many: 'fianáin',
      explain:
        'píosaí beaga téacs a iarrann suíomh ar do bhrabhsálaí a choinneáil agus a sheoladh ar ais le hiarratais níos déanaí, ionas gur féidir leis seisiún nó rogha a aithint.',
    },
    localStorage: {
      one: 'iontráil sa stóráil áitiúil',
      many: 'stóráil áitiúil',
      explain:
        'stór i do bhrabhsálaí ina gcoinníonn suíomh sonraí ar do ghléas go dtí go scriosann an suíomh nó tusa iad.',
    },
    sessionStorage: {
      one: 'iontráil i stóráil an tseisiúin',
      many: 'stóráil seisiúin',
      explain: 'cosúil le stóráil áitiúil, ach folmhaítear í nuair a dhúnann tú an cluaisín nó an fhuinneog.',
    },
    pixel: {
      one: 'picteilín',
      many: 'picteilíní',
      explain:
        'iarratais (ar a dtugtar beacons freisin) a sheolann leathanach chuig seirbhís tomhais chun cuairt, teagmhas nó tomhas a thuairisciú.',
    },
    script: {
      one: 'script',
      many: 'scripteanna',
      explain:
        'cód a lódálann leathanach, go minic ó sholáthraí mar “chlib” (tag), mar shampla chun cuairteanna a thomhas.',
    },
    iframe: {
      one: 'fráma leabaithe',
      many: 'frámaí leabaithe',
      explain:
        'leathanach suímh eile a thaispeántar taobh istigh dár leathanach féin, agus is féidir leis a theicneolaíochtaí féin a úsáid.',
    },
  },
  providerKinds: {
    authentication: 'Fíordheimhniú',
    analytics: 'Anailísíocht',
    hosting: 'Óstáil',
    payment: 'Íocaíocht',
    integration: 'Comhtháthú',
    advertising: 'Fógraíocht',
  },
  months: [
    'Eanáir',
    'Feabhra',
    'Márta',
    'Aibreán',
    'Bealtaine',
    'Meitheamh',
    'Iúil',
    'Lúnasa',
    'Meán Fómhair',
    'Deireadh Fómhair',
    'Samhain',
    'Nollaig',
  ],
  date: '{day} {month} {year}',
  // Irish counts: 1 and 2 lenite ("2 bhliain"), 3–6 take the counting plural of some nouns ("3 bliana"), 7–10
  // eclipse ("7 mbliana"), 0 and 11 on take the plain form ("20 bliain").
  counted: {
    technology: {
      one: '{n} teicneolaíocht',
      two: '{n} theicneolaíocht',
      few: '{n} theicneolaíocht',
      many: '{n} dteicneolaíocht',
      other: '{n} teicneolaíocht',
    },
    year: { one: '{n} bhliain', two: '{n} bhliain', few: '{n} bliana', many: '{n} mbliana', other: '{n} bliain' },
    month: { one: '{n} mhí', two: '{n} mhí', few: '{n} mhí', many: '{n} mí', other: '{n} mí' },
    week: {
      one: '{n} seachtain',
      two: '{n} sheachtain',
      few: '{n} seachtaine',
      many: '{n} seachtaine',
      other: '{n} seachtain',
    },
    day: { other: '{n} lá' },
    hour: {
      one: '{n} uair an chloig',
      two: '{n} uair an chloig',
      few: '{n} huaire an chloig',
      many: '{n} n-uaire an chloig',
      other: '{n} uair an chloig',
    },
    minute: { other: '{n} nóiméad' },
    second: { one: '{n} soicind', two: '{n} shoicind', few: '{n} shoicind', many: '{n} soicind', other: '{n} soicind' },
  },
};
export default pack;
