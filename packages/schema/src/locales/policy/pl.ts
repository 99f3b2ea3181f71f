import type { PolicyPack } from '../policy-pack.ts';

// Polish. What the page fills in (lists, titles, names) stands after a colon or in apposition, so that no
// declaration text has to be declined; names after a preposition stay as written, as Polish does with brands.

const pack: PolicyPack = {
  tag: 'pl',
  messages: {
    title: 'Polityka plików cookie',
    skip: 'Przejdź do polityki',
    contents: 'Na tej stronie',
    metaLine: 'Wersja {version} · obowiązuje od {date}',
    listComma: ', ',
    listAnd: ' i ',
    none: 'Brak',
    notApplicable: 'Nie dotyczy',
    notDeclared: 'Nie podano',
    yes: 'Tak',
    no: 'Nie',
    durationSession: 'Do zamknięcia przeglądarki',
    durationPersistent: 'Do usunięcia przez Ciebie',
    term: '{term}: {text}',
    languages: 'Języki',

    aboutTitle: 'O tej polityce',
    aboutIntro:
      'Niniejsza polityka wyjaśnia, w jaki sposób {site} korzysta w {surfaces} z następujących technologii: {kinds}.',
    aboutSimilar: 'podobne technologie',
    analyticsTags: 'tagi analityczne',
    aboutSurface: 'części „{title}” ({origin})',
    aboutDetail:
      'Przy każdej technologii podajemy, kto ją dostarcza, w jakim celu jest używana, jak długo jest przechowywana i gdzie występuje. Technologie, które nie są niezbędne, pozostają wyłączone, dopóki na nie nie zezwolisz.',

    technologiesTitle: 'Technologie, których używamy',
    technologiesIntro: 'Używamy następujących rodzajów technologii:',
    technologiesTable: 'Liczba technologii każdego rodzaju w poszczególnych częściach serwisu',
    kindColumn: 'Rodzaj',

    purposesTitle: 'Dlaczego ich używamy',
    purposesIntro: 'Każda technologia służy co najmniej jednemu z tych celów:',
    purposeEssential: 'Cel niezbędny: potrzebny do usługi, o którą prosisz, dlatego nie wymaga zgody.',
    purposeOptional: 'Realizowany wyłącznie za Twoją zgodą.',

    categoriesTitle: 'Kategorie',
    categoriesIntro:
      'Technologie dzielimy na kategorie. Tabela pod każdą kategorią wymienia wszystkie należące do niej technologie.',
    categoryRequired:
      'Zawsze włączone. Te technologie są niezbędne do świadczenia usługi, dlatego nie wymagają zgody i nie można ich wyłączyć w ustawieniach plików cookie.',
    categoryOptional:
      'Wyłączone, dopóki nie zezwolisz na tę kategorię w ustawieniach plików cookie. Zgodę możesz w dowolnym momencie wycofać, a jej wycofanie jest równie łatwe jak jej wyrażenie.',
    categorySaleOrShare: 'Technologie z tej kategorii sprzedają lub udostępniają dane osobowe.',
    categoryEmpty: 'Ta kategoria nie zawiera obecnie żadnych technologii.',
    categoryTable: '{category}: {count}',
    colTechnology: 'Technologia',
    colDescription: 'Do czego służy',
    colProvider: 'Dostawca',
    colPurposes: 'Cele',
    colDuration: 'Okres przechowywania',
    colSurfaces: 'Gdzie',
    colAttributes: 'Atrybuty pliku cookie',
    namedPattern: 'nazwy pasujące do wzorca {pattern}',
    urlPattern: 'żądania do {url}',
    onHost: 'w domenie {host}',
    scriptReadable: 'dostępny dla skryptów strony',

    thirdTitle: 'Dostawcy zewnętrzni',
    thirdIntro:
      'Ci dostawcy dostarczają niektóre z wymienionych wyżej technologii. Mogą zapisywać lub odczytywać własne pliki cookie i dane w pamięci przeglądarki na zasadach określonych w swoich politykach prywatności.',
    thirdNone: 'Nie korzystamy z żadnych dostawców zewnętrznych.',
    thirdTable: 'Dostawcy zewnętrzni i odnośniki do nich',
    colKind: 'Rodzaj',
    colTechnologies: 'Technologie',
    colPrivacy: 'Polityka prywatności',
    colOptOut: 'Sprzeciw',
    privacyLink: 'Polityka prywatności: {name}',
    optOutLink: 'Sprzeciw: {name}',
    noOptOut: 'Nie oferuje',

    controlTitle: 'Jak zarządzać plikami cookie',
    controlSiteTitle: 'W naszym serwisie',
    controlSite:
      'W ustawieniach plików cookie w naszym serwisie możesz zezwolić na każdą opcjonalną kategorię lub ją odrzucić, a także wycofać wyrażoną zgodę. Twój wybór przechowujemy przez {period}; po tym czasie, albo gdy nowa wersja tej polityki znów będzie wymagać Twojej zgody, zapytamy Cię ponownie.',
    surfacesShared:
      'Twój wybór obowiązuje we wszystkich częściach tego serwisu ({surfaces}): pytamy raz, a zmiana w jednej części obowiązuje we wszystkich.',
    surfacesSeparate:
      'Części tego serwisu ({surfaces}) znajdują się w różnych domenach: każda z nich pyta o wybór osobno, a zmiana w jednej nie obowiązuje w pozostałych.',
    controlBrowserTitle: 'W przeglądarce',
    controlBrowser:
      'Każda przeglądarka pozwala blokować lub usuwać pliki cookie i inne dane witryn. Miejsce tych ustawień zależy od przeglądarki i urządzenia.',
    controlBrowserEssential: 'Jeśli zablokujesz niezbędne technologie, przestanie działać to, do czego są potrzebne:',
    controlFeatures: 'Dotyczy to: {features}.',
    featureAuthentication: 'logowanie przez {name}',
    featurePayment: 'płatności przez {name}',
    featureIntegration: 'połączenie z {name}',
    featureHosting: 'dostęp do serwisu przez {name}',
    featureOther: 'korzystanie z {name}',
    controlProvidersTitle: 'Narzędzia dostawców',
    controlProviders: 'Niektórzy dostawcy oferują własny sposób zgłoszenia sprzeciwu:',
    controlProvidersNone:
      'Żaden z naszych dostawców nie oferuje własnego narzędzia do zgłoszenia sprzeciwu; zamiast tego skorzystaj z ustawień plików cookie lub przeglądarki.',
    controlIntegrationsTitle: 'Połączone integracje',
    controlIntegrations:
      'Jeśli odłączysz od swojego obszaru roboczego następujące integracje, od tej chwili przestaniemy pobierać z nich dane: {names}. Rekordy zaimportowane przed odłączeniem mogą pozostać w serwisie {site}; odłączenie ich nie usuwa.',

    signalsTitle: 'Do Not Track i Global Privacy Control',
    signalsIntro:
      'Do Not Track (DNT) i Global Privacy Control (GPC) to sygnały, którymi Twoja przeglądarka może przekazać, że nie zgadzasz się na śledzenie ani na sprzedaż lub udostępnianie Twoich danych osobowych.',
    signalsNoSaleShare:
      'Nie sprzedajemy danych osobowych i nie udostępniamy ich na potrzeby międzykontekstowej reklamy behawioralnej.',
    signalsSells: 'Sprzedajemy dane osobowe.',
    signalsShares: 'Udostępniamy dane osobowe na potrzeby międzykontekstowej reklamy behawioralnej.',
    signalsCategories: 'Odbywa się to za pośrednictwem następujących kategorii: {categories}.',
    signalRecordNothing:
      'Gdy Twoja przeglądarka wysyła sygnał {signal}, zapisujemy ten fakt wraz z Twoim wyborem dotyczącym zgody. Ponieważ nie sprzedajemy ani nie udostępniamy danych osobowych, sygnał nie ma nic więcej do wyłączenia.',
    signalRecordSaleShare:
      'Gdy Twoja przeglądarka wysyła sygnał {signal}, jedynie zapisujemy ten fakt wraz z Twoim wyborem dotyczącym zgody. Nie wstrzymuje to opisanej wyżej sprzedaży ani udostępniania; aby je wstrzymać, odrzuć te kategorie w ustawieniach plików cookie.',
    signalHonorCategories:
      'Gdy Twoja przeglądarka wysyła sygnał {signal}, traktujemy go jako sprzeciw i zapisujemy wraz z Twoim wyborem dotyczącym zgody. Następujące kategorie pozostają wtedy dla Ciebie wyłączone, niezależnie od wcześniejszego wyboru: {categories}.',
    signalHonorNothing:
      'Gdy Twoja przeglądarka wysyła sygnał {signal}, traktujemy go jako sprzeciw i zapisujemy wraz z Twoim wyborem dotyczącym zgody. Żadna z naszych kategorii nie sprzedaje ani nie udostępnia danych osobowych, więc obecnie sygnał niczego więcej nie wyłącza.',
    signalsChange:
      'Jeśli nasze praktyki zmienią się w sposób wymagający obsługi sygnałów sprzeciwu, zaktualizujemy tę politykę i będziemy uwzględniać sygnały wymagane prawem tam, gdzie jest to wymagane.',
    gpcName: 'Global Privacy Control',
    dntName: 'Do Not Track',

    regionsTitle: 'Twoje wybory w zależności od miejsca',
    regionsIntro:
      'To, co może być włączone przed dokonaniem wyboru, oraz sposób zgłoszenia sprzeciwu zależą od regionu, z którego nas odwiedzasz. Region poznajemy na podstawie sieci, która dostarcza serwis, a nie z bazy danych lokalizacji.',
    regionsDefault: 'Wszystkie pozostałe regiony',
    regionsUnknown: 'Gdy nie możemy ustalić Twojego regionu',
    regionOptIn:
      '{regions}: przed dokonaniem wyboru nie używamy niczego, co nie jest niezbędne. W ustawieniach plików cookie zezwalasz na każdą kategorię lub ją odrzucasz i w każdej chwili możesz wycofać zgodę.',
    regionOptOut:
      '{regions}: kategorie opcjonalne mogą być włączone, dopóki nie zgłosisz sprzeciwu. Aby go zgłosić, użyj opcji „{optOut}” w ustawieniach plików cookie lub wyłącz tam daną kategorię.',
    regionOptOutSignal:
      'Sygnał Global Privacy Control z Twojej przeglądarki jest tam uwzględniany jako sprzeciw, wyświetlany jako „{honored}” i zapisywany wraz z Twoim wyborem. Sprzeciw obejmuje: {categories}.',
    regionNotice:
      '{regions}: informujemy o używanych technologiach; kategorie opcjonalne mogą być włączone bez pytania. Możesz je wyłączyć w ustawieniach plików cookie.',
    changeRegime: 'Zmieniono zasady obowiązujące przed dokonaniem wyboru w regionach: {regions}',

    updatesTitle: 'Zmiany tej polityki',
    // The date ends with its own full stop ("15 listopada 2026 r."), which also ends the sentence.
    updatesCurrent: 'To jest wersja {version}, obowiązująca od {date}',
    updatesSummary: 'Nowości w tej wersji: {summary}',
    updatesHow:
      'Gdy zmieniają się używane przez nas technologie, publikujemy na tej stronie nową wersję z nową datą wejścia w życie. Gdy zmiana wymaga ponownego wyrażenia przez Ciebie zgody, na przykład nowa opcjonalna technologia lub dłuższy okres przechowywania, zapytamy Cię ponownie podczas następnej wizyty.',
    historyTable: 'Historia wersji, od najnowszej',
    colVersion: 'Wersja',
    colEffective: 'Obowiązuje od',
    colSummary: 'Podsumowanie',
    colChanges: 'Co się zmieniło',
    colAskedAgain: 'Ponowne pytanie o zgodę',
    historyFirst: 'Pierwsza odnotowana wersja.',
    historyNoDetails: 'Szczegóły tej wersji nie zostały opublikowane.',
    historyNoChanges: 'Brak zmian w zadeklarowanych technologiach.',
    askedAgainYes: 'Tak',
    askedAgainNo: 'Nie, wcześniejsze wybory pozostały ważne',

    changeTechAdded: '{kind} {name} – dodano ({category})',
    changeTechRemoved: '{kind} {name} – usunięto',
    changeTechCategory: '{name}: przeniesiono z kategorii {before} do kategorii {after}',
    changeTechDuration: '{name}: okres przechowywania teraz {after} (wcześniej {before})',
    changeTechPurposes: '{name}: cele teraz {purposes}',
    changeTechProvider: '{name}: dostawca teraz {provider}',
    changeTechSurfaces: '{name}: używane teraz w częściach serwisu {surfaces}',
    changeTechDetails: 'Zaktualizowano opis lub szczegóły: {name}',
    changePurposeAdded: 'Nowy cel: {title}',
    changePurposeRemoved: 'Usunięto cel: {title}',
    changePurposeEssential: 'Cel {title} jest teraz niezbędny',
    changePurposeNotEssential: 'Cel {title} nie jest już niezbędny',
    changePurposeReworded: 'Zmieniono opis celu {title}',
    changeCategoryAdded: 'Nowa kategoria: {title}',
    changeCategoryRemoved: 'Usunięto kategorię: {title}',
    changeCategoryTreatment:
      'Kategoria {title} jest teraz traktowana inaczej (zawsze włączona albo sprzedaż lub udostępnianie)',
    changeCategoryReworded: 'Zmieniono opis kategorii {title}',
    changeProviderAdded: 'Nowy dostawca: {name}',
    changeProviderRemoved: 'Usunięto dostawcę: {name}',
    changeProviderChanged: 'Zaktualizowano dane dostawcy {name}',
    changeSurfaceAdded: 'Nowa część serwisu: {title}',
    changeSurfaceRemoved: 'Usunięto część serwisu: {title}',
    changeSignalHonor: 'Sygnał {signal} jest teraz uwzględniany jako sprzeciw',
    changeSignalRecord: 'Sygnał {signal} jest teraz tylko zapisywany',
    changeSellsOn: 'Sprzedajemy teraz dane osobowe',
    changeSellsOff: 'Nie sprzedajemy już danych osobowych',
    changeSharesOn: 'Udostępniamy teraz dane osobowe na potrzeby międzykontekstowej reklamy behawioralnej',
    changeSharesOff: 'Nie udostępniamy już danych osobowych na potrzeby międzykontekstowej reklamy behawioralnej',
    changePolicyLink: 'Zaktualizowano adres tej polityki',
    changePrivacyLink: 'Zaktualizowano link do polityki prywatności',
    changeContact: 'Zaktualizowano dane kontaktowe',
    changeLifetime: 'Wybory są teraz przechowywane przez {period}',
    changeConsentMode: 'Zmieniono sygnały Google Consent Mode wysyłane dla kategorii {title}',

    faqTitle: 'Pytania i odpowiedzi',
    faqBlocked: 'Czy mogę korzystać z serwisu {site} przy zablokowanych plikach cookie?',
    faqBlockedAnswer:
      'Niektóre strony mogą nadal się wczytywać, ale jeśli niezbędne pliki cookie lub pamięć przeglądarki są zablokowane, mogą nie działać: {features}.',
    faqBlockedSurface: 'funkcje części „{surface}”',
    faqBlockedNone:
      'Tak. Nie używamy żadnych niezbędnych technologii, więc zablokowanie plików cookie i pamięci przeglądarki niczego nie odbiera.',
    faqAnalytics: 'Czy część „{surface}” korzysta z analityki?',
    faqAnalyticsYesConsent:
      'Tak, ale dopiero gdy zezwolisz na: {categories}. Do tego czasu nic z poniższych nie jest wczytywane ani zapisywane:',
    faqAnalyticsYesAlways: 'Tak. Te technologie analityczne są zawsze włączone:',
    faqAnalyticsNo: 'Nie. W części „{surface}” nie używamy żadnej technologii analitycznej.',
    faqAnalyticsItem: '{name} ({kind}, {provider})',
    faqSeparate: 'Czy to coś innego niż polityka prywatności?',
    faqSeparateAnswer:
      'Tak. Ta polityka plików cookie szczegółowo wyjaśnia technologie w Twojej przeglądarce. Stanowi uzupełnienie naszej {privacy}, która opisuje, jak ogólnie przetwarzamy dane osobowe.',
    privacyPolicy: 'polityki prywatności',

    contactTitle: 'Kontakt',
    contactIntro: 'Jeśli masz pytania dotyczące tej polityki lub swoich wyborów, skontaktuj się z {name}:',
    contactIntroNoName: 'Jeśli masz pytania dotyczące tej polityki lub swoich wyborów, skontaktuj się z nami:',
    contactEmail: 'E-mail: {email}',
    contactWeb: 'Strona internetowa: {url}',
    contactAddress: 'Adres: {address}',
    contactPrivacy: 'Sposób przetwarzania danych osobowych opisują postanowienia naszej {privacy}.',

    footerVersion: '{site} · Polityka plików cookie, wersja {version}, obowiązuje od {date}',
    footerGenerated: 'Wygenerowano przez Cookieproof na podstawie deklaracji {fingerprint}.',
  },
  kinds: {
    cookie: {
      one: 'plik cookie',
      many: 'pliki cookie',
      explain:
        'niewielkie fragmenty tekstu, które serwis prosi przeglądarkę o przechowanie i odsyłanie przy kolejnych żądaniach, aby rozpoznać sesję lub wybór.',
    },
    localStorage: {
      one: 'wpis w pamięci lokalnej',
      many: 'pamięć lokalna',
      explain:
        'miejsce w przeglądarce, w którym serwis przechowuje dane na Twoim urządzeniu, dopóki serwis lub Ty ich nie usuniesz.',
    },
    sessionStorage: {
      one: 'wpis w pamięci sesji',
      many: 'pamięć sesji',
      explain: 'działa jak pamięć lokalna, ale jest czyszczona po zamknięciu karty lub okna.',
    },
    pixel: {
      one: 'piksel',
      many: 'piksele',
      explain:
        'żądania (zwane też beaconami), które strona wysyła do usługi pomiarowej, aby zgłosić wizytę, zdarzenie lub pomiar.',
    },
    script: {
      one: 'skrypt',
      many: 'skrypty',
      explain: 'kod wczytywany przez stronę, często od dostawcy jako „tag”, na przykład do mierzenia odwiedzin.',
    },
    iframe: {
      one: 'osadzona ramka',
      many: 'osadzone ramki',
      explain: 'strona innego serwisu wyświetlana wewnątrz naszej, która może używać własnych technologii.',
    },
  },
  providerKinds: {
    authentication: 'Uwierzytelnianie',
    analytics: 'Analityka',
    hosting: 'Hosting',
    payment: 'Płatności',
    integration: 'Integracja',
    advertising: 'Reklama',
  },
  // Dates name the month in the genitive, as Polish writes them ("15 listopada 2026 r.").
  months: 'stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia'.split(
    ' ',
  ),
  date: '{day} {month} {year} r.',
  // Polish counts: 1; 2–4, 22–24, … ("2 dni", "3 lata"); 0, 5–21, 25–31, … ("5 dni", "13 miesięcy").
  counted: {
    technology: {
      one: '{n} technologia',
      few: '{n} technologie',
      many: '{n} technologii',
      other: '{n} technologii',
    },
    year: { one: '{n} rok', few: '{n} lata', many: '{n} lat', other: '{n} roku' },
    month: { one: '{n} miesiąc', few: '{n} miesiące', many: '{n} miesięcy', other: '{n} miesiąca' },
    week: { one: '{n} tydzień', few: '{n} tygodnie', many: '{n} tygodni', other: '{n} tygodnia' },
    day: { one: '{n} dzień', few: '{n} dni', many: '{n} dni', other: '{n} dnia' },
    hour: { one: '{n} godzina', few: '{n} godziny', many: '{n} godzin', other: '{n} godziny' },
    minute: { one: '{n} minuta', few: '{n} minuty', many: '{n} minut', other: '{n} minuty' },
    second: { one: '{n} sekunda', few: '{n} sekundy', many: '{n} sekund', other: '{n} sekundy' },
  },
};
export default pack;
