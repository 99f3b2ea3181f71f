import type { PolicyPack } from '../policy-pack.ts';

// Romanian, addressing the visitor as "tu", as the banner does.

const pack: PolicyPack = {
  tag: 'ro',
  messages: {
    title: 'Politica privind cookie-urile',
    skip: 'Salt la politică',
    contents: 'Pe această pagină',
    metaLine: 'Versiunea {version} · în vigoare de la {date}',
    listComma: ', ',
    listAnd: ' și ',
    none: 'Niciuna',
    notApplicable: 'Nu se aplică',
    notDeclared: 'Nedeclarat',
    yes: 'Da',
    no: 'Nu',
    durationSession: 'Până închizi browserul',
    durationPersistent: 'Până îl ștergi',
    term: '{term}: {text}',
    languages: 'Limbi',

    aboutTitle: 'Despre această politică',
    aboutIntro: 'Această politică explică modul în care {site} folosește {kinds} în {surfaces}.',
    aboutSimilar: 'tehnologii similare',
    analyticsTags: 'etichete de analiză',
    aboutSurface: 'secțiunea „{title}” ({origin})',
    aboutDetail:
      'Pentru fiecare tehnologie se arată cine o furnizează, de ce este folosită, cât timp este păstrată și unde apare. Tehnologiile care nu sunt esențiale rămân oprite până când le permiți.',

    technologiesTitle: 'Tehnologiile pe care le folosim',
    technologiesIntro: 'Acestea sunt tipurile de tehnologii pe care le folosim:',
    technologiesTable: 'Câte tehnologii de fiecare tip folosește fiecare parte a site-ului',
    kindColumn: 'Tip',

    purposesTitle: 'De ce le folosim',
    purposesIntro: 'Fiecare tehnologie servește unuia sau mai multora dintre aceste scopuri:',
    purposeEssential: 'Esențial: necesar pentru un serviciu pe care l-ai solicitat, deci nu necesită consimțământ.',
    purposeOptional: 'Folosit doar cu consimțământul tău.',

    categoriesTitle: 'Categorii',
    categoriesIntro:
      'Grupăm tehnologiile pe categorii. Tabelul de sub fiecare categorie enumeră toate tehnologiile din ea.',
    categoryRequired:
      'Mereu active. Aceste tehnologii sunt necesare pentru furnizarea serviciului, așa că nu cer consimțământ și nu pot fi dezactivate din preferințele privind cookie-urile.',
    categoryOptional:
      'Oprite până când permiți această categorie în preferințele privind cookie-urile. Îți poți retrage consimțământul oricând, la fel de ușor cum l-ai dat.',
    categorySaleOrShare: 'Tehnologiile din această categorie vând sau partajează date cu caracter personal.',
    categoryEmpty: 'Această categorie nu conține în prezent nicio tehnologie.',
    categoryTable: '{category}: {count}',
    colTechnology: 'Tehnologie',
    colDescription: 'Ce face',
    colProvider: 'Furnizor',
    colPurposes: 'Scopuri',
    colDuration: 'Durată',
    colSurfaces: 'Unde',
    colAttributes: 'Atributele cookie-ului',
    namedPattern: 'nume care corespund modelului {pattern}',
    urlPattern: 'cereri către {url}',
    onHost: 'pe {host}',
    scriptReadable: 'accesibil scripturilor paginii',

    thirdTitle: 'Furnizori terți',
    thirdIntro:
      'Acești furnizori oferă unele dintre tehnologiile enumerate mai sus. Ei pot seta sau citi propriile cookie-uri și propria stocare, conform propriilor politici de confidențialitate.',
    thirdNone: 'Nu folosim niciun furnizor terț.',
    thirdTable: 'Furnizori terți și linkurile lor',
    colKind: 'Tip',
    colTechnologies: 'Tehnologii',
    colPrivacy: 'Politica de confidențialitate',
    colOptOut: 'Refuz',
    privacyLink: 'Politica de confidențialitate {name}',
    optOutLink: 'Refuz la {name}',
    noOptOut: 'Nu este oferit',

    controlTitle: 'Cum controlezi cookie-urile',
    controlSiteTitle: 'Pe site-ul nostru',
    controlSite:
      'În preferințele privind cookie-urile de pe site-ul nostru poți permite sau refuza fiecare categorie opțională și îți poți retrage consimțământul dat. Îți păstrăm alegerea timp de {period}; după aceea, sau când o nouă versiune a acestei politici necesită din nou consimțământul tău, te întrebăm din nou.',
    surfacesShared:
      'Alegerea ta se aplică tuturor părților acestui site ({surfaces}): te întrebăm o singură dată, iar o modificare într-o parte se aplică tuturor.',
    surfacesSeparate:
      'Părțile acestui site ({surfaces}) se află pe domenii diferite: fiecare îți cere alegerea separat, iar o modificare într-una nu se aplică celorlalte.',
    controlBrowserTitle: 'În browserul tău',
    controlBrowser:
      'Orice browser îți permite să blochezi sau să ștergi cookie-urile și alte date ale site-urilor. Locul acestor setări depinde de browser și de dispozitiv.',
    controlBrowserEssential:
      'Dacă blochezi tehnologiile esențiale, nu mai funcționează lucrurile pentru care sunt necesare:',
    controlFeatures: 'Aceasta include {features}.',
    featureAuthentication: 'autentificarea cu {name}',
    featurePayment: 'plata prin {name}',
    featureIntegration: 'conectarea {name}',
    featureHosting: 'accesarea site-ului prin {name}',
    featureOther: 'utilizarea {name}',
    controlProvidersTitle: 'Instrumente ale furnizorilor',
    controlProviders: 'Unii furnizori oferă propriul mod de refuz:',
    controlProvidersNone:
      'Niciunul dintre furnizorii noștri nu oferă un instrument propriu de refuz; folosește în schimb preferințele privind cookie-urile sau browserul.',
    controlIntegrationsTitle: 'Integrări conectate',
    controlIntegrations:
      'Dacă deconectezi {names} de la spațiul tău de lucru, nu mai preluăm date de acolo din acel moment. Înregistrările importate înainte de deconectare pot rămâne în {site}; deconectarea nu le șterge.',

    signalsTitle: 'Do Not Track și Global Privacy Control',
    signalsIntro:
      'Do Not Track (DNT) și Global Privacy Control (GPC) sunt semnale pe care browserul tău le poate trimite pentru a spune că nu vrei să fii urmărit sau ca datele tale cu caracter personal să fie vândute ori partajate.',
    signalsNoSaleShare:
      'Nu vindem date cu caracter personal și nu le partajăm pentru publicitate comportamentală în contexte diferite.',
    signalsSells: 'Vindem date cu caracter personal.',
    signalsShares: 'Partajăm date cu caracter personal pentru publicitate comportamentală în contexte diferite.',
    signalsCategories: 'Acest lucru se face prin aceste categorii: {categories}.',
    signalRecordNothing:
      'Când browserul tău trimite {signal}, înregistrăm acest lucru împreună cu alegerea ta privind consimțământul. Deoarece nu vindem și nu partajăm date cu caracter personal, semnalul nu mai are nimic de oprit.',
    signalRecordSaleShare:
      'Când browserul tău trimite {signal}, doar înregistrăm acest lucru împreună cu alegerea ta privind consimțământul. Semnalul nu oprește vânzarea sau partajarea descrise mai sus; pentru a le opri, refuză acele categorii în preferințele privind cookie-urile.',
    signalHonorCategories:
      'Când browserul tău trimite {signal}, îl tratăm ca pe un refuz și îl înregistrăm împreună cu alegerea ta privind consimțământul. Următoarele categorii rămân atunci oprite pentru tine, indiferent de alegerile anterioare: {categories}.',
    signalHonorNothing:
      'Când browserul tău trimite {signal}, îl tratăm ca pe un refuz și îl înregistrăm împreună cu alegerea ta privind consimțământul. Nicio categorie a noastră nu vinde și nu partajează date cu caracter personal, așa că astăzi semnalul nu oprește nimic altceva.',
    signalsChange:
      'Dacă practicile noastre se schimbă într-un mod care impune gestionarea semnalelor de refuz, vom actualiza această politică și vom respecta semnalele impuse de lege acolo unde acest lucru este obligatoriu.',
    gpcName: 'Global Privacy Control',
    dntName: 'Do Not Track',

    regionsTitle: 'Opțiunile tale în funcție de locul în care te afli',
    regionsIntro:
      'Ce poate fi activ înainte să alegi și cum îți exprimi refuzul depind de regiunea din care ne vizitezi. Aflăm regiunea de la rețeaua care livrează site-ul, nu dintr-o bază de date de localizare.',
    regionsDefault: 'Toate celelalte regiuni',
    regionsUnknown: 'Când nu îți putem determina regiunea',
    regionOptIn:
      '{regions}: nimic din ce nu este esențial nu este folosit înainte să alegi. Permiți sau refuzi fiecare categorie în preferințele privind cookie-urile și îți poți retrage consimțământul oricând.',
    regionOptOut:
      '{regions}: categoriile opționale pot fi active până când îți exprimi refuzul. Pentru aceasta, folosește „{optOut}” în preferințele privind cookie-urile sau dezactivează acolo o categorie.',
    regionOptOutSignal:
      'Un semnal Global Privacy Control de la browserul tău este respectat acolo ca refuz pentru {categories}, afișat ca „{honored}” și înregistrat împreună cu alegerea ta.',
    regionNotice:
      '{regions}: te informăm despre tehnologiile pe care le folosim; categoriile opționale pot fi active fără să te întrebăm. Le poți dezactiva în preferințele privind cookie-urile.',
    changeRegime: 'S-a schimbat ce se aplică înainte de alegere în {regions}',

    updatesTitle: 'Modificări ale acestei politici',
    updatesCurrent: 'Aceasta este versiunea {version}, în vigoare de la {date}.',
    updatesSummary: 'Ce este nou în această versiune: {summary}',
    updatesHow:
      'Când tehnologiile pe care le folosim se schimbă, publicăm pe această pagină o nouă versiune cu o nouă dată de intrare în vigoare. Când o modificare necesită din nou consimțământul tău, de exemplu o nouă tehnologie opțională sau o durată mai lungă, te întrebăm din nou la următoarea vizită.',
    historyTable: 'Istoricul versiunilor, cele mai noi primele',
    colVersion: 'Versiune',
    colEffective: 'În vigoare de la',
    colSummary: 'Rezumat',
    colChanges: 'Ce s-a schimbat',
    colAskedAgain: 'Vizitatori întrebați din nou',
    historyFirst: 'Prima versiune înregistrată.',
    historyNoDetails: 'Detaliile acestei versiuni nu sunt publicate.',
    historyNoChanges: 'Nicio modificare a tehnologiilor declarate.',
    askedAgainYes: 'Da',
    askedAgainNo: 'Nu, alegerile anterioare au rămas valabile',

    changeTechAdded: 'Adăugat: {kind} {name} ({category})',
    changeTechRemoved: 'Eliminat: {kind} {name}',
    changeTechCategory: '{name} a fost mutat din {before} în {after}',
    changeTechDuration: '{name} durează acum {after} (înainte {before})',
    changeTechPurposes: '{name} este folosit acum pentru {purposes}',
    changeTechProvider: '{name} este furnizat acum de {provider}',
    changeTechSurfaces: '{name} este folosit acum în {surfaces}',
    changeTechDetails: 'Descrierea sau detaliile pentru {name} au fost actualizate',
    changePurposeAdded: 'Scop nou: {title}',
    changePurposeRemoved: 'Scop eliminat: {title}',
    changePurposeEssential: 'Scopul {title} este acum esențial',
    changePurposeNotEssential: 'Scopul {title} nu mai este esențial',
    changePurposeReworded: 'Scopul {title} a fost reformulat',
    changeCategoryAdded: 'Categorie nouă: {title}',
    changeCategoryRemoved: 'Categorie eliminată: {title}',
    changeCategoryTreatment: 'Categoria {title} este tratată acum diferit (mereu activă, sau vânzare ori partajare)',
    changeCategoryReworded: 'Categoria {title} a fost reformulată',
    changeProviderAdded: 'Furnizor nou: {name}',
    changeProviderRemoved: 'Furnizor eliminat: {name}',
    changeProviderChanged: 'Detaliile furnizorului {name} au fost actualizate',
    changeSurfaceAdded: 'Parte nouă a site-ului: {title}',
    changeSurfaceRemoved: 'Parte a site-ului eliminată: {title}',
    changeSignalHonor: '{signal} este respectat acum ca refuz',
    changeSignalRecord: '{signal} este acum doar înregistrat',
    changeSellsOn: 'Acum vindem date cu caracter personal',
    changeSellsOff: 'Nu mai vindem date cu caracter personal',
    changeSharesOn: 'Acum partajăm date cu caracter personal pentru publicitate comportamentală în contexte diferite',
    changeSharesOff:
      'Nu mai partajăm date cu caracter personal pentru publicitate comportamentală în contexte diferite',
    changePolicyLink: 'Adresa acestei politici a fost actualizată',
    changePrivacyLink: 'Linkul către politica de confidențialitate a fost actualizat',
    changeContact: 'Datele de contact au fost actualizate',
    changeLifetime: 'Alegerile sunt păstrate acum timp de {period}',
    changeConsentMode: 'S-au schimbat semnalele Google Consent Mode trimise pentru {title}',

    faqTitle: 'Întrebări și răspunsuri',
    faqBlocked: 'Pot folosi {site} cu cookie-urile blocate?',
    faqBlockedAnswer:
      'Unele pagini se pot încărca în continuare, dar, dacă cookie-urile esențiale sau stocarea browserului sunt blocate, este posibil să nu funcționeze următoarele: {features}.',
    faqBlockedSurface: 'funcțiile din secțiunea „{surface}”',
    faqBlockedNone:
      'Da. Nu folosim tehnologii esențiale, așa că blocarea cookie-urilor și a stocării browserului nu îți ia nimic.',
    faqAnalytics: 'Se folosesc instrumente de analiză în secțiunea „{surface}”?',
    faqAnalyticsYesConsent:
      'Da, dar numai după ce permiți {categories}. Până atunci, nimic din următoarele nu este încărcat sau stocat:',
    faqAnalyticsYesAlways: 'Da. Aceste tehnologii de analiză sunt mereu active:',
    faqAnalyticsNo: 'Nu. Nu folosim nicio tehnologie de analiză în secțiunea „{surface}”.',
    faqAnalyticsItem: '{name} ({kind}, {provider})',
    faqSeparate: 'Este aceasta separată de politica de confidențialitate?',
    faqSeparateAnswer:
      'Da. Această politică privind cookie-urile explică în detaliu tehnologiile din browserul tău. Ea completează {privacy} a noastră, care descrie în general modul în care prelucrăm datele cu caracter personal.',
    privacyPolicy: 'politica de confidențialitate',

    contactTitle: 'Contact',
    contactIntro: 'Pentru întrebări despre această politică sau despre alegerile tale, contactează {name}:',
    contactIntroNoName: 'Pentru întrebări despre această politică sau despre alegerile tale, contactează-ne:',
    contactEmail: 'E-mail: {email}',
    contactWeb: 'Web: {url}',
    contactAddress: 'Adresă: {address}',
    contactPrivacy: 'Modul în care prelucrăm datele cu caracter personal este explicat în {privacy} a noastră.',

    footerVersion: '{site} · Politica privind cookie-urile, versiunea {version}, în vigoare de la {date}',
    footerGenerated: 'Generată de Cookieproof din declarația {fingerprint}.',
  },
  kinds: {
    cookie: {
      one: 'cookie',
      many: 'cookie-uri',
      explain:
        'mici fragmente de text pe care un site îi cere browserului tău să le păstreze și să le trimită înapoi la cererile următoare, ca să recunoască o sesiune sau o alegere.',
    },
    localStorage: {
      one: 'intrare în stocarea locală',
      many: 'stocare locală',
      explain:
        'un spațiu din browserul tău în care un site păstrează date pe dispozitivul tău până când le șterge site-ul sau le ștergi tu.',
    },
    sessionStorage: {
      one: 'intrare în stocarea sesiunii',
      many: 'stocarea sesiunii',
      explain: 'ca stocarea locală, dar se golește când închizi fila sau fereastra.',
    },
    pixel: {
      one: 'pixel',
      many: 'pixeli',
      explain:
        'cereri (numite și beaconuri) pe care o pagină le trimite unui serviciu de măsurare pentru a raporta o vizită, un eveniment sau o măsurătoare.',
    },
    script: {
      one: 'script',
      many: 'scripturi',
      explain:
        'cod pe care o pagină îl încarcă, adesea de la un furnizor, sub formă de „etichetă” (tag), de exemplu pentru a măsura vizitele.',
    },
    iframe: {
      one: 'cadru încorporat',
      many: 'cadre încorporate',
      explain: 'pagina altui site afișată în interiorul paginii noastre, care își poate folosi propriile tehnologii.',
    },
  },
  providerKinds: {
    authentication: 'Autentificare',
    analytics: 'Analiză',
    hosting: 'Găzduire',
    payment: 'Plăți',
    integration: 'Integrare',
    advertising: 'Publicitate',
  },
  months: 'ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie'.split(
    ' ',
  ),
  date: '{day} {month} {year}',
  // Romanian counts: 1; 0, 2–19, 101–119, … ("2 zile"); 20 and on take "de" ("20 de zile", "182 de zile").
  counted: {
    technology: { one: '{n} tehnologie', few: '{n} tehnologii', other: '{n} de tehnologii' },
    year: { one: '{n} an', few: '{n} ani', other: '{n} de ani' },
    month: { one: '{n} lună', few: '{n} luni', other: '{n} de luni' },
    week: { one: '{n} săptămână', few: '{n} săptămâni', other: '{n} de săptămâni' },
    day: { one: '{n} zi', few: '{n} zile', other: '{n} de zile' },
    hour: { one: '{n} oră', few: '{n} ore', other: '{n} de ore' },
    minute: { one: '{n} minut', few: '{n} minute', other: '{n} de minute' },
    second: { one: '{n} secundă', few: '{n} secunde', other: '{n} de secunde' },
  },
};
export default pack;
