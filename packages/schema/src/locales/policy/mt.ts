import type { PolicyPack } from '../policy-pack.ts';

// Maltese, with the banner's "rifjut" for opt-out. No article is joined to a filled-in value, since the article's
// form depends on the word that follows it.

const pack: PolicyPack = {
  tag: 'mt',
  messages: {
    title: 'Politika dwar il-cookies',
    skip: 'Aqbeż għall-politika',
    contents: 'F’din il-paġna',
    metaLine: 'Verżjoni {version} · fis-seħħ minn {date}',
    listComma: ', ',
    listAnd: ' u ',
    none: 'Xejn',
    notApplicable: 'Ma japplikax',
    notDeclared: 'Mhux iddikjarat',
    yes: 'Iva',
    no: 'Le',
    durationSession: 'Sakemm tagħlaq il-browser',
    durationPersistent: 'Sakemm tħassru',
    term: '{term}: {text}',
    languages: 'Lingwi',

    aboutTitle: 'Dwar din il-politika',
    aboutIntro:
      'Din il-politika tispjega kif {site} juża dawn it-teknoloġiji: {kinds}. Il-politika tkopri dawn il-partijiet tas-sit: {surfaces}.',
    aboutSimilar: 'teknoloġiji simili',
    analyticsTags: 'tags tal-analitika',
    aboutSurface: '“{title}” ({origin})',
    aboutDetail:
      'Għal kull teknoloġija tgħid min jipprovdiha, għaliex tintuża, kemm iddum maħżuna u fejn tidher. It-teknoloġiji li mhumiex essenzjali jibqgħu mitfija sakemm tippermettihom.',

    technologiesTitle: 'It-teknoloġiji li nużaw',
    technologiesIntro: 'Dawn huma t-tipi ta’ teknoloġija li nużaw:',
    technologiesTable: 'Kemm-il teknoloġija ta’ kull tip tuża kull parti tas-sit',
    kindColumn: 'Tip',

    purposesTitle: 'Għaliex nużawhom',
    purposesIntro: 'Kull teknoloġija sservi skop wieħed jew aktar minn dawn:',
    purposeEssential: 'Skop essenzjali: meħtieġ għal servizz li tlabt, għalhekk ma jeħtieġx kunsens.',
    purposeOptional: 'Biss bil-kunsens tiegħek.',

    categoriesTitle: 'Kategoriji',
    categoriesIntro:
      'Aħna ngruppaw it-teknoloġiji f’kategoriji. It-tabella taħt kull kategorija telenka kull teknoloġija li fiha.',
    categoryRequired:
      'Dejjem attivi. Dawn it-teknoloġiji huma meħtieġa biex jingħata s-servizz, għalhekk ma jitolbux kunsens u ma jistgħux jintfew fil-preferenzi tal-cookies.',
    categoryOptional:
      'Mitfija sakemm tippermetti din il-kategorija fil-preferenzi tal-cookies. Tista’ tirtira l-kunsens tiegħek fi kwalunkwe ħin, u huwa faċli daqs kemm kien li tagħtih.',
    categorySaleOrShare: 'It-teknoloġiji f’din il-kategorija jbigħu jew jaqsmu data personali.',
    categoryEmpty: 'Bħalissa din il-kategorija m’għandha l-ebda teknoloġija.',
    categoryTable: '{category}: {count}',
    colTechnology: 'Teknoloġija',
    colDescription: 'X’tagħmel',
    colProvider: 'Fornitur',
    colPurposes: 'Skopijiet',
    colDuration: 'Tul ta’ żmien',
    colSurfaces: 'Fejn',
    colAttributes: 'Attributi tal-cookie',
    namedPattern: 'ismijiet li jaqblu mal-mudell {pattern}',
    urlPattern: 'talbiet lil {url}',
    onHost: 'fuq {host}',
    scriptReadable: 'jista’ jinqara mill-iskripts tal-paġna',

    thirdTitle: 'Fornituri terzi',
    thirdIntro:
      'Dawn il-fornituri jipprovdu xi wħud mit-teknoloġiji elenkati hawn fuq. Jistgħu jissettjaw jew jaqraw il-cookies u l-ħażna tagħhom stess, skont il-politiki tal-privatezza tagħhom stess.',
    thirdNone: 'Ma nużaw l-ebda fornitur terz.',
    thirdTable: 'Fornituri terzi u l-links tagħhom',
    colKind: 'Tip',
    colTechnologies: 'Teknoloġiji',
    colPrivacy: 'Politika tal-privatezza',
    colOptOut: 'Rifjut',
    privacyLink: 'Politika tal-privatezza ta’ {name}',
    optOutLink: 'Rifjut ma’ {name}',
    noOptOut: 'Mhux offrut',

    controlTitle: 'Kif tikkontrolla l-cookies',
    controlSiteTitle: 'Fis-sit tagħna',
    controlSite:
      'Fil-preferenzi tal-cookies fis-sit tagħna tista’ tippermetti jew tirrifjuta kull kategorija mhux obbligatorja, u tirtira kunsens li tajt. Inżommu l-għażla tiegħek għal {period}; wara dan, jew meta verżjoni ġdida ta’ din il-politika teħtieġ il-kunsens tiegħek mill-ġdid, nerġgħu nistaqsuk.',
    surfacesShared:
      'L-għażla tiegħek tgħodd għall-partijiet kollha ta’ dan is-sit ({surfaces}): nistaqsuk darba waħda, u bidla f’parti waħda tgħodd għalihom kollha.',
    surfacesSeparate:
      'Il-partijiet ta’ dan is-sit ({surfaces}) jinsabu f’dominji differenti: kull waħda titolbok l-għażla tiegħek separatament, u bidla f’waħda ma tgħoddx għall-oħrajn.',
    controlBrowserTitle: 'Fil-browser tiegħek',
    controlBrowser:
      'Kull browser jippermettilek timblokka jew tħassar il-cookies u data oħra tas-siti. Fejn jinsabu dawn is-settings jiddependi mill-browser u mill-apparat tiegħek.',
    controlBrowserEssential: 'Jekk timblokka t-teknoloġiji essenzjali, dak li għalih huma meħtieġa jieqaf jaħdem:',
    controlFeatures: 'Dan jinkludi {features}.',
    featureAuthentication: 'id-dħul permezz ta’ {name}',
    featurePayment: 'il-ħlas permezz ta’ {name}',
    featureIntegration: 'il-konnessjoni ta’ {name}',
    featureHosting: 'l-aċċess għas-sit permezz ta’ {name}',
    featureOther: 'l-użu ta’ {name}',
    controlProvidersTitle: 'Għodod mill-fornituri',
    controlProviders: 'Xi fornituri joffru l-mod tagħhom stess biex tirrifjuta:',
    controlProvidersNone:
      'L-ebda wieħed mill-fornituri tagħna ma joffri għodda ta’ rifjut tiegħu stess; uża minflok il-preferenzi tal-cookies jew il-browser tiegħek.',
    controlIntegrationsTitle: 'Integrazzjonijiet konnessi',
    controlIntegrations:
      'Jekk tiskonnettja {names} mill-ispazju tax-xogħol tiegħek, minn dak il-mument ’il quddiem nieqfu nġibu data minn hemm. Ir-rekords importati qabel ma skonnettjajt jistgħu jibqgħu fis-servizz {site}; l-iskonnettjar ma jħassarhomx.',

    signalsTitle: 'Do Not Track u Global Privacy Control',
    signalsIntro:
      'Do Not Track (DNT) u Global Privacy Control (GPC) huma sinjali li l-browser tiegħek jista’ jibgħat biex jgħid li ma tridx tiġi traċċat jew li d-data personali tiegħek tinbiegħ jew tinqasam.',
    signalsNoSaleShare:
      'Ma nbigħux data personali, u ma naqsmuhiex għal reklamar ibbażat fuq l-imġiba f’kuntesti differenti.',
    signalsSells: 'Aħna nbigħu data personali.',
    signalsShares: 'Aħna naqsmu data personali għal reklamar ibbażat fuq l-imġiba f’kuntesti differenti.',
    signalsCategories: 'Dan isir permezz ta’ dawn il-kategoriji: {categories}.',
    signalRecordNothing:
      'Meta l-browser tiegħek jibgħat {signal}, nirreġistraw dan flimkien mal-għażla tiegħek dwar il-kunsens. Peress li la nbigħu u lanqas naqsmu data personali, is-sinjal m’għandu xejn aktar x’jitfi.',
    signalRecordSaleShare:
      'Meta l-browser tiegħek jibgħat {signal}, aħna biss nirreġistraw dan flimkien mal-għażla tiegħek dwar il-kunsens. Dan ma jwaqqafx il-bejgħ jew il-qsim deskritti hawn fuq; biex twaqqafhom, irrifjuta dawk il-kategoriji fil-preferenzi tal-cookies.',
    signalHonorCategories:
      'Meta l-browser tiegħek jibgħat {signal}, nittrattawh bħala rifjut u nirreġistrawh flimkien mal-għażla tiegħek dwar il-kunsens. Dawn il-kategoriji mbagħad jibqgħu mitfija għalik, irrispettivament minn x’intgħażel qabel: {categories}.',
    signalHonorNothing:
      'Meta l-browser tiegħek jibgħat {signal}, nittrattawh bħala rifjut u nirreġistrawh flimkien mal-għażla tiegħek dwar il-kunsens. L-ebda kategorija tagħna ma tbigħ jew taqsam data personali, għalhekk illum is-sinjal ma jitfi xejn aktar.',
    signalsChange:
      'Jekk il-prattiki tagħna jinbidlu b’mod li jeħtieġ it-trattament ta’ sinjali ta’ rifjut, naġġornaw din il-politika u nonoraw is-sinjali meħtieġa mil-liġi fejn dan ikun meħtieġ.',
    gpcName: 'Global Privacy Control',
    dntName: 'Do Not Track',

    regionsTitle: 'L-għażliet tiegħek skont fejn tinsab',
    regionsIntro:
      'X’jista’ jkun attiv qabel ma tagħżel, u kif tirrifjuta, jiddependi mir-reġjun minn fejn iżżurna. Insiru nafu r-reġjun min-netwerk li jwassal is-sit, mhux minn database ta’ postijiet.',
    regionsDefault: 'Ir-reġjuni l-oħra kollha',
    regionsUnknown: 'Fejn ma nistgħux nagħrfu r-reġjun tiegħek',
    regionOptIn:
      '{regions}: xejn li mhuwiex essenzjali ma jintuża qabel ma tagħżel. Tippermetti jew tirrifjuta kull kategorija fil-preferenzi tal-cookies u tista’ tirtira l-kunsens fi kwalunkwe ħin.',
    regionOptOut:
      '{regions}: il-kategoriji mhux obbligatorji jistgħu jkunu attivi sakemm tirrifjuta. Biex tirrifjuta, uża “{optOut}” fil-preferenzi tal-cookies jew itfi kategorija hemmhekk.',
    regionOptOutSignal:
      'Sinjal Global Privacy Control mill-browser tiegħek huwa onorat hemmhekk bħala rifjut ta’ {categories}, jintwera bħala “{honored}” u jiġi rreġistrat mal-għażla tiegħek.',
    regionNotice:
      '{regions}: ninfurmawk dwar it-teknoloġiji li nużaw; il-kategoriji mhux obbligatorji jistgħu jkunu attivi mingħajr ma nistaqsu. Tista’ titfihom fil-preferenzi tal-cookies.',
    changeRegime: 'Inbidel x’japplika qabel l-għażla fi: {regions}',

    updatesTitle: 'Bidliet f’din il-politika',
    updatesCurrent: 'Din hija l-verżjoni {version}, fis-seħħ minn {date}.',
    updatesSummary: 'X’hemm ġdid f’din il-verżjoni: {summary}',
    updatesHow:
      'Meta t-teknoloġiji li nużaw jinbidlu, nippubblikaw verżjoni ġdida f’din il-paġna b’data ġdida tad-dħul fis-seħħ. Meta bidla teħtieġ il-kunsens tiegħek mill-ġdid, pereżempju teknoloġija ġdida mhux obbligatorja jew tul ta’ żmien itwal, nerġgħu nistaqsuk fiż-żjara li jmiss.',
    historyTable: 'Storja tal-verżjonijiet, l-aktar reċenti l-ewwel',
    colVersion: 'Verżjoni',
    colEffective: 'Fis-seħħ minn',
    colSummary: 'Sommarju',
    colChanges: 'X’inbidel',
    colAskedAgain: 'Il-viżitaturi ġew mistoqsija mill-ġdid',
    historyFirst: 'L-ewwel verżjoni rreġistrata.',
    historyNoDetails: 'Id-dettalji ta’ din il-verżjoni mhumiex ippubblikati.',
    historyNoChanges: 'L-ebda bidla fit-teknoloġiji ddikjarati.',
    askedAgainYes: 'Iva',
    askedAgainNo: 'Le, l-għażliet ta’ qabel baqgħu validi',

    changeTechAdded: 'Miżjud: {kind} {name} ({category})',
    changeTechRemoved: 'Imneħħi: {kind} {name}',
    changeTechCategory: '{name} ġie mċaqlaq minn {before} għal {after}',
    changeTechDuration: '{name} issa jdum {after} (qabel {before})',
    changeTechPurposes: '{name} issa jintuża għal {purposes}',
    changeTechProvider: '{name} issa huwa pprovdut minn {provider}',
    changeTechSurfaces: '{name} issa jintuża fi: {surfaces}',
    changeTechDetails: 'Id-deskrizzjoni jew id-dettalji ta’ {name} ġew aġġornati',
    changePurposeAdded: 'Skop ġdid: {title}',
    changePurposeRemoved: 'Skop imneħħi: {title}',
    changePurposeEssential: 'L-iskop {title} issa huwa essenzjali',
    changePurposeNotEssential: 'L-iskop {title} m’għadux essenzjali',
    changePurposeReworded: 'L-iskop {title} ġie fformulat mill-ġdid',
    changeCategoryAdded: 'Kategorija ġdida: {title}',
    changeCategoryRemoved: 'Kategorija mneħħija: {title}',
    changeCategoryTreatment:
      'Il-kategorija {title} issa tiġi ttrattata b’mod differenti (dejjem attiva, jew bejgħ jew qsim)',
    changeCategoryReworded: 'Il-kategorija {title} ġiet ifformulata mill-ġdid',
    changeProviderAdded: 'Fornitur ġdid: {name}',
    changeProviderRemoved: 'Fornitur imneħħi: {name}',
    changeProviderChanged: 'Id-dettalji tal-fornitur {name} ġew aġġornati',
    changeSurfaceAdded: 'Parti ġdida tas-sit: {title}',
    changeSurfaceRemoved: 'Parti tas-sit imneħħija: {title}',
    changeSignalHonor: '{signal} issa huwa onorat bħala rifjut',
    changeSignalRecord: '{signal} issa huwa biss irreġistrat',
    changeSellsOn: 'Issa nbigħu data personali',
    changeSellsOff: 'Ma għadniex nbigħu data personali',
    changeSharesOn: 'Issa naqsmu data personali għal reklamar ibbażat fuq l-imġiba f’kuntesti differenti',
    changeSharesOff: 'Ma għadniex naqsmu data personali għal reklamar ibbażat fuq l-imġiba f’kuntesti differenti',
    changePolicyLink: 'L-indirizz ta’ din il-politika ġie aġġornat',
    changePrivacyLink: 'Il-link għall-politika tal-privatezza ġie aġġornat',
    changeContact: 'Id-dettalji ta’ kuntatt ġew aġġornati',
    changeLifetime: 'L-għażliet issa jinżammu għal {period}',
    changeConsentMode: 'Inbidlu s-sinjali ta’ Google Consent Mode mibgħuta għal {title}',

    faqTitle: 'Mistoqsijiet u tweġibiet',
    faqBlocked: 'Nista’ nuża {site} bil-cookies imblokkati?',
    faqBlockedAnswer:
      'Xi paġni jistgħu xorta jitgħabbew, iżda jekk il-cookies essenzjali jew il-ħażna tal-browser huma mblokkati, dawn jistgħu ma jaħdmux: {features}.',
    faqBlockedSurface: 'il-funzjonijiet tal-parti “{surface}”',
    faqBlockedNone:
      'Iva. Ma nużaw l-ebda teknoloġija essenzjali, għalhekk l-imblokkar tal-cookies u tal-ħażna tal-browser ma jneħħi xejn.',
    faqAnalytics: 'Il-parti “{surface}” tuża l-analitika?',
    faqAnalyticsYesConsent:
      'Iva, iżda biss wara li tippermetti {categories}. Sa dak iż-żmien xejn minn dawn ma jitgħabba jew jinħażen:',
    faqAnalyticsYesAlways: 'Iva. Dawn it-teknoloġiji tal-analitika huma dejjem attivi:',
    faqAnalyticsNo: 'Le. Ma nużaw l-ebda teknoloġija tal-analitika fil-parti “{surface}”.',
    faqAnalyticsItem: '{name} ({kind}, {provider})',
    faqSeparate: 'Din hija separata mill-politika tal-privatezza?',
    faqSeparateAnswer:
      'Iva. Din il-politika dwar il-cookies tispjega fid-dettall it-teknoloġiji fil-browser tiegħek. Hija tikkomplementa l-{privacy} tagħna, li tkopri b’mod ġenerali kif nittrattaw id-data personali.',
    privacyPolicy: 'politika tal-privatezza',

    contactTitle: 'Kuntatt',
    contactIntro: 'Għal mistoqsijiet dwar din il-politika jew l-għażliet tiegħek, ikkuntattja lil {name}:',
    contactIntroNoName: 'Għal mistoqsijiet dwar din il-politika jew l-għażliet tiegħek, ikkuntattjana:',
    contactEmail: 'Email: {email}',
    contactWeb: 'Web: {url}',
    contactAddress: 'Indirizz: {address}',
    contactPrivacy: 'Il-{privacy} tagħna tispjega kif nittrattaw id-data personali.',

    footerVersion: '{site} · Politika dwar il-cookies, verżjoni {version}, fis-seħħ minn {date}',
    footerGenerated: 'Iġġenerata minn Cookieproof mid-dikjarazzjoni {fingerprint}.',
  },
  kinds: {
    cookie: {
      one: 'cookie',
      many: 'cookies',
      explain:
        'biċċiet żgħar ta’ test li sit jitlob lill-browser tiegħek iżommhom u jibgħathom lura ma’ talbiet oħra, biex jagħraf sessjoni jew għażla.',
    },
    localStorage: {
      one: 'entrata fil-ħażna lokali',
      many: 'ħażna lokali',
      explain: 'ħażna fil-browser tiegħek fejn sit iżomm data fuq l-apparat tiegħek sakemm is-sit jew int tħassarha.',
    },
    sessionStorage: {
      one: 'entrata fil-ħażna tas-sessjoni',
      many: 'ħażna tas-sessjoni',
      explain: 'bħall-ħażna lokali, iżda titbattal meta tagħlaq it-tab jew it-tieqa.',
    },
    pixel: {
      one: 'pixel',
      many: 'pixels',
      explain:
        'talbiet (imsejħa wkoll beacons) li paġna tibgħat lil servizz tal-kejl biex tirrapporta żjara, avveniment jew kejl.',
    },
    script: {
      one: 'skript',
      many: 'skripts',
      explain: 'kodiċi li paġna tgħabbi, ħafna drabi minn fornitur bħala “tag”, pereżempju biex tkejjel iż-żjarat.',
    },
    iframe: {
      one: 'qafas inkorporat',
      many: 'oqfsa inkorporati',
      explain: 'paġna ta’ sit ieħor murija ġewwa tagħna, li tista’ tuża t-teknoloġiji tagħha stess.',
    },
  },
  providerKinds: {
    authentication: 'Awtentikazzjoni',
    analytics: 'Analitika',
    hosting: 'Hosting',
    payment: 'Ħlas',
    integration: 'Integrazzjoni',
    advertising: 'Reklamar',
  },
  months: 'Jannar Frar Marzu April Mejju Ġunju Lulju Awwissu Settembru Ottubru Novembru Diċembru'.split(' '),
  date: '{day} ta’ {month} {year}',
  // Maltese counts: one; the dual for two ("jumejn"); the plural for 0 and 3–10 ("3 ijiem"); 11–19 take "-il" and
  // the singular ("14-il jum"); 20 and on the singular ("182 jum").
  counted: {
    technology: {
      one: 'teknoloġija waħda',
      two: '{n} teknoloġiji',
      few: '{n} teknoloġiji',
      many: '{n}-il teknoloġija',
      other: '{n} teknoloġija',
    },
    year: { one: 'sena waħda', two: 'sentejn', few: '{n} snin', many: '{n}-il sena', other: '{n} sena' },
    month: { one: 'xahar wieħed', two: 'xahrejn', few: '{n} xhur', many: '{n}-il xahar', other: '{n} xahar' },
    week: {
      one: 'ġimgħa waħda',
      two: 'ġimagħtejn',
      few: '{n} ġimgħat',
      many: '{n}-il ġimgħa',
      other: '{n} ġimgħa',
    },
    day: { one: 'jum wieħed', two: 'jumejn', few: '{n} ijiem', many: '{n}-il jum', other: '{n} jum' },
    hour: { one: 'siegħa waħda', two: 'sagħtejn', few: '{n} sigħat', many: '{n}-il siegħa', other: '{n} siegħa' },
    minute: { one: 'minuta waħda', two: '{n} minuti', few: '{n} minuti', many: '{n}-il minuta', other: '{n} minuta' },
    second: {
      one: 'sekonda waħda',
      two: '{n} sekondi',
      few: '{n} sekondi',
      many: '{n}-il sekonda',
      other: '{n} sekonda',
    },
  },
};
export default pack;
