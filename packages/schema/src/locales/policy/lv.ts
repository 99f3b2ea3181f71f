import type { PolicyPack } from '../policy-pack.ts';

// Latvian. What the page fills in (lists, titles, names, dates) stands after a colon or in apposition, in the
// nominative, so that no declaration text has to be declined.

const pack: PolicyPack = {
  tag: 'lv',
  messages: {
    title: 'Sīkdatņu politika',
    skip: 'Pāriet uz politiku',
    contents: 'Šajā lapā',
    metaLine: 'Versija {version} · stājas spēkā: {date}',
    listComma: ', ',
    listAnd: ' un ',
    none: 'Nav',
    notApplicable: 'Nav piemērojams',
    notDeclared: 'Nav norādīts',
    yes: 'Jā',
    no: 'Nē',
    durationSession: 'Līdz pārlūka aizvēršanai',
    durationPersistent: 'Līdz jūs to izdzēšat',
    term: '{term}: {text}',
    languages: 'Valodas',

    aboutTitle: 'Par šo politiku',
    aboutIntro:
      'Šī politika skaidro, kā {site} izmanto šādas tehnoloģijas: {kinds}. Politika attiecas uz šādām vietnes daļām: {surfaces}.',
    aboutSimilar: 'līdzīgas tehnoloģijas',
    analyticsTags: 'analītikas tagi',
    aboutSurface: '„{title}“ ({origin})',
    aboutDetail:
      'Par katru tehnoloģiju ir norādīts, kas to nodrošina, kāpēc tā tiek izmantota, cik ilgi tā tiek glabāta un kur tā tiek lietota. Tehnoloģijas, kas nav nepieciešamas, paliek izslēgtas, līdz jūs tās atļaujat.',

    technologiesTitle: 'Tehnoloģijas, ko izmantojam',
    technologiesIntro: 'Mēs izmantojam šādu veidu tehnoloģijas:',
    technologiesTable: 'Cik katra veida tehnoloģiju izmanto katra vietnes daļa',
    kindColumn: 'Veids',

    purposesTitle: 'Kāpēc mēs tās izmantojam',
    purposesIntro: 'Katra tehnoloģija kalpo vienam vai vairākiem no šiem nolūkiem:',
    purposeEssential:
      'Nepieciešams nolūks: vajadzīgs jūsu pieprasītam pakalpojumam, tāpēc nav nepieciešama piekrišana.',
    purposeOptional: 'Tikai ar jūsu piekrišanu.',

    categoriesTitle: 'Kategorijas',
    categoriesIntro:
      'Mēs grupējam tehnoloģijas kategorijās. Tabulā zem katras kategorijas ir uzskaitītas visas tās tehnoloģijas.',
    categoryRequired:
      'Vienmēr ieslēgtas. Šīs tehnoloģijas ir vajadzīgas pakalpojuma sniegšanai, tāpēc tās neprasa piekrišanu un tās nevar izslēgt sīkdatņu iestatījumos.',
    categoryOptional:
      'Izslēgtas, līdz jūs atļaujat šo kategoriju sīkdatņu iestatījumos. Jūs jebkurā laikā varat atsaukt savu piekrišanu, un to izdarīt ir tikpat viegli kā to sniegt.',
    categorySaleOrShare: 'Šīs kategorijas tehnoloģijas pārdod vai kopīgo personas datus.',
    categoryEmpty: 'Šajā kategorijā pašlaik nav tehnoloģiju.',
    categoryTable: '{category}: {count}',
    colTechnology: 'Tehnoloģija',
    colDescription: 'Ko tā dara',
    colProvider: 'Nodrošinātājs',
    colPurposes: 'Nolūki',
    colDuration: 'Ilgums',
    colSurfaces: 'Kur',
    colAttributes: 'Sīkdatnes atribūti',
    namedPattern: 'nosaukumi pēc parauga {pattern}',
    urlPattern: 'pieprasījumi uz {url}',
    onHost: 'domēnā {host}',
    scriptReadable: 'lasāma lapas skriptiem',

    thirdTitle: 'Trešo pušu nodrošinātāji',
    thirdIntro:
      'Šie nodrošinātāji sniedz dažas no iepriekš minētajām tehnoloģijām. Tie var iestatīt vai nolasīt savas sīkdatnes un krātuvi saskaņā ar savām privātuma politikām.',
    thirdNone: 'Mēs neizmantojam trešo pušu nodrošinātājus.',
    thirdTable: 'Trešo pušu nodrošinātāji un to saites',
    colKind: 'Veids',
    colTechnologies: 'Tehnoloģijas',
    colPrivacy: 'Privātuma politika',
    colOptOut: 'Atteikums',
    privacyLink: 'Privātuma politika: {name}',
    optOutLink: 'Atteikums: {name}',
    noOptOut: 'Netiek piedāvāts',

    controlTitle: 'Kā pārvaldīt sīkdatnes',
    controlSiteTitle: 'Mūsu vietnē',
    controlSite:
      'Mūsu vietnes sīkdatņu iestatījumos varat atļaut vai noraidīt katru izvēles kategoriju un atsaukt sniegto piekrišanu. Jūsu izvēles glabāšanas ilgums: {period}; pēc tam vai tad, kad jauna šīs politikas versija atkal prasīs jūsu piekrišanu, mēs jums jautāsim vēlreiz.',
    surfacesShared:
      'Jūsu izvēle attiecas uz visām šīs vietnes daļām ({surfaces}): mēs jautājam vienreiz, un izmaiņas vienā daļā attiecas uz visām.',
    surfacesSeparate:
      'Šīs vietnes daļas ({surfaces}) atrodas dažādos domēnos: katra jūsu izvēli jautā atsevišķi, un izmaiņas vienā neattiecas uz pārējām.',
    controlBrowserTitle: 'Jūsu pārlūkā',
    controlBrowser:
      'Katrs pārlūks ļauj bloķēt vai dzēst sīkdatnes un citus vietņu datus. Kur šie iestatījumi atrodas, ir atkarīgs no pārlūka un ierīces.',
    controlBrowserEssential: 'Ja bloķējat nepieciešamās tehnoloģijas, pārstāj darboties tas, kam tās vajadzīgas:',
    controlFeatures: 'Tas attiecas uz šo: {features}.',
    featureAuthentication: 'pieteikšanās ar pakalpojumu {name}',
    featurePayment: 'apmaksa ar pakalpojumu {name}',
    featureIntegration: 'pakalpojuma {name} pievienošana',
    featureHosting: 'piekļuve vietnei ar pakalpojumu {name}',
    featureOther: 'pakalpojuma {name} izmantošana',
    controlProvidersTitle: 'Nodrošinātāju rīki',
    controlProviders: 'Daži nodrošinātāji piedāvā savu atteikuma veidu:',
    controlProvidersNone:
      'Neviens no mūsu nodrošinātājiem nepiedāvā savu atteikuma rīku; tā vietā izmantojiet sīkdatņu iestatījumus vai savu pārlūku.',
    controlIntegrationsTitle: 'Pievienotās integrācijas',
    controlIntegrations:
      'Ja atvienojat no savas darbvietas šādas integrācijas, no tā brīža mēs vairs neiegūstam no tām datus: {names}. Ieraksti, kas importēti pirms atvienošanas, var palikt pakalpojumā {site}; atvienošana tos neizdzēš.',

    signalsTitle: 'Do Not Track un Global Privacy Control',
    signalsIntro:
      'Do Not Track (DNT) un Global Privacy Control (GPC) ir signāli, ar kuriem jūsu pārlūks var paziņot, ka nevēlaties, lai jūs izseko vai lai jūsu personas datus pārdod vai kopīgo.',
    signalsNoSaleShare:
      'Mēs nepārdodam personas datus un nekopīgojam tos uz uzvedību balstītai reklāmai dažādos kontekstos.',
    signalsSells: 'Mēs pārdodam personas datus.',
    signalsShares: 'Mēs kopīgojam personas datus uz uzvedību balstītai reklāmai dažādos kontekstos.',
    signalsCategories: 'Tas notiek ar šādām kategorijām: {categories}.',
    signalRecordNothing:
      'Kad jūsu pārlūks nosūta signālu {signal}, mēs to reģistrējam kopā ar jūsu izvēli par piekrišanu. Tā kā mēs personas datus nepārdodam un nekopīgojam, signālam nav nekā cita, ko izslēgt.',
    signalRecordSaleShare:
      'Kad jūsu pārlūks nosūta signālu {signal}, mēs to tikai reģistrējam kopā ar jūsu izvēli par piekrišanu. Tas neaptur iepriekš aprakstīto pārdošanu vai kopīgošanu; lai to apturētu, noraidiet šīs kategorijas sīkdatņu iestatījumos.',
    signalHonorCategories:
      'Kad jūsu pārlūks nosūta signālu {signal}, mēs to uzskatām par atteikumu un reģistrējam kopā ar jūsu izvēli par piekrišanu. Šādas kategorijas tad paliek jums izslēgtas neatkarīgi no iepriekšējās izvēles: {categories}.',
    signalHonorNothing:
      'Kad jūsu pārlūks nosūta signālu {signal}, mēs to uzskatām par atteikumu un reģistrējam kopā ar jūsu izvēli par piekrišanu. Neviena mūsu kategorija nepārdod un nekopīgo personas datus, tāpēc pašlaik signāls neko citu neizslēdz.',
    signalsChange:
      'Ja mūsu prakse mainīsies tā, ka būs jāapstrādā atteikuma signāli, mēs atjaunināsim šo politiku un ievērosim tiesību aktos noteiktos signālus, kur tas ir noteikts.',
    gpcName: 'Global Privacy Control',
    dntName: 'Do Not Track',

    regionsTitle: 'Jūsu izvēles atkarībā no atrašanās vietas',
    regionsIntro:
      'Tas, kas drīkst būt ieslēgts pirms jūsu izvēles, un tas, kā varat atteikties, ir atkarīgs no reģiona, no kura jūs mūs apmeklējat. Reģionu mēs uzzinām no tīkla, kas piegādā vietni, nevis no atrašanās vietu datubāzes.',
    regionsDefault: 'Visi citi reģioni',
    regionsUnknown: 'Ja nevaram noteikt jūsu reģionu',
    regionOptIn:
      '{regions}: pirms jūsu izvēles netiek izmantots nekas, kas nav nepieciešams. Katru kategoriju jūs atļaujat vai noraidāt sīkdatņu iestatījumos un jebkurā laikā varat atsaukt piekrišanu.',
    regionOptOut:
      '{regions}: izvēles kategorijas var būt ieslēgtas, līdz jūs atsakāties. Lai atteiktos, sīkdatņu iestatījumos izmantojiet iespēju „{optOut}“ vai izslēdziet tur kategoriju.',
    regionOptOutSignal:
      'Global Privacy Control signāls no jūsu pārlūka tur tiek ievērots kā atteikums, tiek parādīts kā „{honored}“ un reģistrēts kopā ar jūsu izvēli. Atteikums attiecas uz šo: {categories}.',
    regionNotice:
      '{regions}: mēs jūs informējam par izmantotajām tehnoloģijām; izvēles kategorijas var būt ieslēgtas bez jautāšanas. Jūs varat tās izslēgt sīkdatņu iestatījumos.',
    changeRegime: 'Mainīts tas, kas ir spēkā pirms izvēles, reģionos: {regions}',

    updatesTitle: 'Šīs politikas izmaiņas',
    updatesCurrent: 'Šī ir versija {version}, spēkā stāšanās datums: {date}.',
    updatesSummary: 'Jaunums šajā versijā: {summary}',
    updatesHow:
      'Kad izmantotās tehnoloģijas mainās, mēs šajā lapā publicējam jaunu versiju ar jaunu spēkā stāšanās datumu. Kad izmaiņām atkal vajadzīga jūsu piekrišana, piemēram, jaunai izvēles tehnoloģijai vai ilgākam glabāšanas ilgumam, mēs jums jautājam vēlreiz nākamajā apmeklējumā.',
    historyTable: 'Versiju vēsture, jaunākā vispirms',
    colVersion: 'Versija',
    colEffective: 'Spēkā stāšanās datums',
    colSummary: 'Kopsavilkums',
    colChanges: 'Kas mainījās',
    colAskedAgain: 'Apmeklētājiem jautāts vēlreiz',
    historyFirst: 'Pirmā reģistrētā versija.',
    historyNoDetails: 'Šīs versijas informācija nav publicēta.',
    historyNoChanges: 'Deklarētajās tehnoloģijās izmaiņu nav.',
    askedAgainYes: 'Jā',
    askedAgainNo: 'Nē, iepriekšējās izvēles palika spēkā',

    changeTechAdded: '{kind} {name} – pievienots ({category})',
    changeTechRemoved: '{kind} {name} – noņemts',
    changeTechCategory: '{name}: kategorija tagad {after} (iepriekš {before})',
    changeTechDuration: '{name}: ilgums tagad {after} (iepriekš {before})',
    changeTechPurposes: '{name}: nolūki tagad {purposes}',
    changeTechProvider: '{name}: nodrošinātājs tagad {provider}',
    changeTechSurfaces: '{name}: tagad izmanto vietnes daļās {surfaces}',
    changeTechDetails: 'Atjaunināts apraksts vai informācija: {name}',
    changePurposeAdded: 'Jauns nolūks: {title}',
    changePurposeRemoved: 'Noņemts nolūks: {title}',
    changePurposeEssential: 'Nolūks {title} tagad ir nepieciešams',
    changePurposeNotEssential: 'Nolūks {title} vairs nav nepieciešams',
    changePurposeReworded: 'Pārfrāzēts nolūks: {title}',
    changeCategoryAdded: 'Jauna kategorija: {title}',
    changeCategoryRemoved: 'Noņemta kategorija: {title}',
    changeCategoryTreatment:
      'Kategorija {title} tagad tiek apstrādāta citādi (vienmēr ieslēgta vai pārdošana, vai kopīgošana)',
    changeCategoryReworded: 'Pārfrāzēta kategorija: {title}',
    changeProviderAdded: 'Jauns nodrošinātājs: {name}',
    changeProviderRemoved: 'Noņemts nodrošinātājs: {name}',
    changeProviderChanged: 'Atjaunināta informācija par nodrošinātāju: {name}',
    changeSurfaceAdded: 'Jauna vietnes daļa: {title}',
    changeSurfaceRemoved: 'Noņemta vietnes daļa: {title}',
    changeSignalHonor: 'Signāls {signal} tagad tiek ievērots kā atteikums',
    changeSignalRecord: 'Signāls {signal} tagad tiek tikai reģistrēts',
    changeSellsOn: 'Tagad mēs pārdodam personas datus',
    changeSellsOff: 'Mēs vairs nepārdodam personas datus',
    changeSharesOn: 'Tagad mēs kopīgojam personas datus uz uzvedību balstītai reklāmai dažādos kontekstos',
    changeSharesOff: 'Mēs vairs nekopīgojam personas datus uz uzvedību balstītai reklāmai dažādos kontekstos',
    changePolicyLink: 'Atjaunināta šīs politikas adrese',
    changePrivacyLink: 'Atjaunināta saite uz privātuma politiku',
    changeContact: 'Atjaunināta kontaktinformācija',
    changeLifetime: 'Izvēļu glabāšanas ilgums tagad: {period}',
    changeConsentMode: 'Mainīti Google Consent Mode signāli, kas tiek sūtīti kategorijai {title}',

    faqTitle: 'Jautājumi un atbildes',
    faqBlocked: 'Vai varu izmantot pakalpojumu {site} ar bloķētām sīkdatnēm?',
    faqBlockedAnswer:
      'Dažas lapas joprojām var ielādēties, bet, ja nepieciešamās sīkdatnes vai pārlūka krātuve ir bloķēta, var nedarboties šis: {features}.',
    faqBlockedSurface: 'daļas „{surface}“ funkcijas',
    faqBlockedNone:
      'Jā. Mēs neizmantojam nepieciešamās tehnoloģijas, tāpēc sīkdatņu un pārlūka krātuves bloķēšana neko neatņem.',
    faqAnalytics: 'Vai daļā „{surface}“ tiek izmantota analītika?',
    faqAnalyticsYesConsent:
      'Jā, bet tikai pēc tam, kad atļaujat šo: {categories}. Līdz tam nekas no turpmāk minētā netiek ielādēts vai saglabāts:',
    faqAnalyticsYesAlways: 'Jā. Šīs analītikas tehnoloģijas vienmēr ir ieslēgtas:',
    faqAnalyticsNo: 'Nē. Daļā „{surface}“ mēs neizmantojam nevienu analītikas tehnoloģiju.',
    faqAnalyticsItem: '{name} ({kind}, {provider})',
    faqSeparate: 'Vai tas ir atsevišķi no privātuma politikas?',
    faqSeparateAnswer:
      'Jā. Šī sīkdatņu politika sīki izskaidro tehnoloģijas jūsu pārlūkā. Vispārīgi personas datu apstrādi apraksta {privacy}, ko šī politika papildina.',
    privacyPolicy: 'mūsu privātuma politika',

    contactTitle: 'Kontakti',
    contactIntro: 'Ja jums ir jautājumi par šo politiku vai savām izvēlēm, sazinieties: {name}',
    contactIntroNoName: 'Ja jums ir jautājumi par šo politiku vai savām izvēlēm, sazinieties ar mums:',
    contactEmail: 'E-pasts: {email}',
    contactWeb: 'Tīmeklis: {url}',
    contactAddress: 'Adrese: {address}',
    contactPrivacy: 'Personas datu apstrādi izskaidro {privacy}.',

    footerVersion: '{site} · Sīkdatņu politika, versija {version}, stājas spēkā: {date}',
    footerGenerated: 'Izveidojis Cookieproof no deklarācijas {fingerprint}.',
  },
  kinds: {
    cookie: {
      one: 'sīkdatne',
      many: 'sīkdatnes',
      explain:
        'nelieli teksta fragmenti, ko vietne lūdz jūsu pārlūkam saglabāt un sūtīt atpakaļ ar turpmākajiem pieprasījumiem, lai atpazītu sesiju vai izvēli.',
    },
    localStorage: {
      one: 'lokālās krātuves ieraksts',
      many: 'lokālā krātuve',
      explain: 'krātuve jūsu pārlūkā, kurā vietne glabā datus jūsu ierīcē, līdz vietne vai jūs tos izdzēšat.',
    },
    sessionStorage: {
      one: 'sesijas krātuves ieraksts',
      many: 'sesijas krātuve',
      explain: 'tāpat kā lokālā krātuve, bet tiek iztukšota, kad aizverat cilni vai logu.',
    },
    pixel: {
      one: 'pikselis',
      many: 'pikseļi',
      explain:
        'pieprasījumi (saukti arī par bākām jeb beacons), ko lapa sūta mērīšanas pakalpojumam, lai ziņotu par apmeklējumu, notikumu vai mērījumu.',
    },
    script: {
      one: 'skripts',
      many: 'skripti',
      explain: 'kods, ko lapa ielādē, bieži no nodrošinātāja kā „tagu“, piemēram, apmeklējumu mērīšanai.',
    },
    iframe: {
      one: 'iegults rāmis',
      many: 'iegultie rāmji',
      explain: 'citas vietnes lapa, kas parādīta mūsējā un var izmantot savas tehnoloģijas.',
    },
  },
  providerKinds: {
    authentication: 'Autentifikācija',
    analytics: 'Analītika',
    hosting: 'Mitināšana',
    payment: 'Maksājumi',
    integration: 'Integrācija',
    advertising: 'Reklāma',
  },
  months: 'janvāris februāris marts aprīlis maijs jūnijs jūlijs augusts septembris oktobris novembris decembris'.split(
    ' ',
  ),
  date: '{year}. gada {day}. {month}',
  // Latvian counts 21, 31, … like 1 (but not 11): "21 diena", "22 dienas"; 0, 10–20, … read like the plural.
  counted: {
    technology: { one: '{n} tehnoloģija', other: '{n} tehnoloģijas' },
    year: { one: '{n} gads', other: '{n} gadi' },
    month: { one: '{n} mēnesis', other: '{n} mēneši' },
    week: { one: '{n} nedēļa', other: '{n} nedēļas' },
    day: { one: '{n} diena', other: '{n} dienas' },
    hour: { one: '{n} stunda', other: '{n} stundas' },
    minute: { one: '{n} minūte', other: '{n} minūtes' },
    second: { one: '{n} sekunde', other: '{n} sekundes' },
  },
};
export default pack;
