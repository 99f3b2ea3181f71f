import type { PolicyPack } from '../policy-pack.ts';

// Finnish. What the page fills in (lists, titles, counts) stands in the nominative, after a colon or as an
// apposition, so that no declaration text has to take a case ending.

const pack: PolicyPack = {
  tag: 'fi',
  messages: {
    title: 'Evästekäytäntö',
    skip: 'Siirry käytäntöön',
    contents: 'Tällä sivulla',
    metaLine: 'Versio {version} · voimassa {date} alkaen',
    listComma: ', ',
    listAnd: ' ja ',
    none: 'Ei yhtään',
    notApplicable: 'Ei sovellu',
    notDeclared: 'Ei ilmoitettu',
    yes: 'Kyllä',
    no: 'Ei',
    durationSession: 'Kunnes suljet selaimen',
    durationPersistent: 'Kunnes poistat sen',
    term: '{term}: {text}',
    languages: 'Kielet',

    aboutTitle: 'Tietoa tästä käytännöstä',
    aboutIntro: 'Tässä käytännössä kerrotaan, miten {site} käyttää seuraavia tekniikoita {surfaces}: {kinds}.',
    aboutSimilar: 'vastaavat tekniikat',
    analyticsTags: 'analytiikkatagit',
    aboutSurface: 'osiossa ”{title}” ({origin})',
    aboutDetail:
      'Kunkin tekniikan kohdalla kerrotaan, kuka sen tarjoaa, miksi sitä käytetään, kuinka kauan se säilyy ja missä se on käytössä. Tekniikat, jotka eivät ole välttämättömiä, pysyvät pois päältä, kunnes sallit ne.',

    technologiesTitle: 'Käyttämämme tekniikat',
    technologiesIntro: 'Käytämme seuraavanlaisia tekniikoita:',
    technologiesTable: 'Kuinka monta kunkin tyyppistä tekniikkaa sivuston eri osiot käyttävät',
    kindColumn: 'Tyyppi',

    purposesTitle: 'Miksi käytämme niitä',
    purposesIntro: 'Jokainen tekniikka palvelee yhtä tai useampaa näistä käyttötarkoituksista:',
    purposeEssential: 'Välttämätön: tarvitaan pyytämääsi palveluun, joten se ei edellytä suostumusta.',
    purposeOptional: 'Käytetään vain suostumuksellasi.',

    categoriesTitle: 'Luokat',
    categoriesIntro: 'Jaamme tekniikat luokkiin. Kunkin luokan alla oleva taulukko luettelee kaikki luokan tekniikat.',
    categoryRequired:
      'Aina käytössä. Nämä tekniikat ovat välttämättömiä palvelun tarjoamiseksi, joten ne eivät pyydä suostumusta eikä niitä voi poistaa käytöstä evästeasetuksissa.',
    categoryOptional:
      'Pois päältä, kunnes sallit tämän luokan evästeasetuksissa. Voit peruuttaa suostumuksesi milloin tahansa, ja se on yhtä helppoa kuin sen antaminen.',
    categorySaleOrShare: 'Tämän luokan tekniikat myyvät tai jakavat henkilötietoja.',
    categoryEmpty: 'Tässä luokassa ei tällä hetkellä ole tekniikoita.',
    categoryTable: '{category}: {count}',
    colTechnology: 'Tekniikka',
    colDescription: 'Mitä se tekee',
    colProvider: 'Tarjoaja',
    colPurposes: 'Käyttötarkoitukset',
    colDuration: 'Kesto',
    colSurfaces: 'Missä',
    colAttributes: 'Evästeen määritteet',
    namedPattern: 'nimet, jotka vastaavat mallia {pattern}',
    urlPattern: 'pyynnöt osoitteeseen {url}',
    onHost: 'palvelimella {host}',
    scriptReadable: 'sivun skriptien luettavissa',

    thirdTitle: 'Kolmannen osapuolen tarjoajat',
    thirdIntro:
      'Nämä tarjoajat tuottavat osan edellä luetelluista tekniikoista. Ne voivat asettaa tai lukea omia evästeitään ja tallennustilaansa omien tietosuojakäytäntöjensä mukaisesti.',
    thirdNone: 'Emme käytä kolmannen osapuolen tarjoajia.',
    thirdTable: 'Kolmannen osapuolen tarjoajat ja niiden linkit',
    colKind: 'Tyyppi',
    colTechnologies: 'Tekniikat',
    colPrivacy: 'Tietosuojakäytäntö',
    colOptOut: 'Kieltäytyminen',
    privacyLink: 'Tietosuojakäytäntö: {name}',
    optOutLink: 'Kieltäytyminen: {name}',
    noOptOut: 'Ei tarjolla',

    controlTitle: 'Evästeiden hallinta',
    controlSiteTitle: 'Sivustollamme',
    controlSite:
      'Sivustomme evästeasetuksissa voit sallia tai hylätä kunkin valinnaisen luokan ja peruuttaa antamasi suostumuksen. Valintasi säilytysaika on {period}; sen jälkeen, tai kun tämän käytännön uusi versio edellyttää suostumustasi uudelleen, kysymme sinulta uudestaan.',
    surfacesShared:
      'Valintasi koskee tämän sivuston kaikkia osia ({surfaces}): kysymme sinulta kerran, ja yhdessä osassa tehty muutos koskee niitä kaikkia.',
    surfacesSeparate:
      'Tämän sivuston osat ({surfaces}) ovat eri verkkotunnuksissa: kukin kysyy valintaasi erikseen, eikä yhdessä tehty muutos koske muita.',
    controlBrowserTitle: 'Selaimessasi',
    controlBrowser:
      'Kaikissa selaimissa voit estää tai poistaa evästeitä ja muita sivustotietoja. Asetusten sijainti riippuu selaimestasi ja laitteestasi.',
    controlBrowserEssential: 'Jos estät välttämättömät tekniikat, se, mihin niitä tarvitaan, lakkaa toimimasta:',
    controlFeatures: 'Tämä koskee seuraavia: {features}.',
    featureAuthentication: 'kirjautuminen palvelun {name} kautta',
    featurePayment: 'maksaminen palvelun {name} kautta',
    featureIntegration: 'palvelun {name} yhdistäminen',
    featureHosting: 'pääsy sivustolle palvelun {name} kautta',
    featureOther: 'palvelun {name} käyttö',
    controlProvidersTitle: 'Tarjoajien työkalut',
    controlProviders: 'Jotkin tarjoajat tarjoavat oman tavan kieltäytyä:',
    controlProvidersNone:
      'Yksikään tarjoajistamme ei tarjoa omaa kieltäytymistyökalua; käytä sen sijaan evästeasetuksia tai selaintasi.',
    controlIntegrationsTitle: 'Yhdistetyt integraatiot',
    controlIntegrations:
      'Jos irrotat työtilastasi seuraavat, lopetamme siitä lähtien tietojen noutamisen niistä: {names}. Ennen irrottamista tuodut tietueet voivat jäädä palveluun {site}; irrottaminen ei poista niitä.',

    signalsTitle: 'Do Not Track ja Global Privacy Control',
    signalsIntro:
      'Do Not Track (DNT) ja Global Privacy Control (GPC) ovat signaaleja, joilla selaimesi voi ilmoittaa, ettet halua tulla seuratuksi tai että henkilötietojasi ei saa myydä tai jakaa.',
    signalsNoSaleShare:
      'Emme myy henkilötietoja emmekä jaa niitä eri yhteyksien väliseen käyttäytymiseen perustuvaan mainontaan.',
    signalsSells: 'Myymme henkilötietoja.',
    signalsShares: 'Jaamme henkilötietoja eri yhteyksien väliseen käyttäytymiseen perustuvaan mainontaan.',
    signalsCategories: 'Tämä tapahtuu seuraavien luokkien kautta: {categories}.',
    signalRecordNothing:
      'Kun selaimesi lähettää signaalin {signal}, tallennamme sen suostumusvalintasi yhteyteen. Koska emme myy emmekä jaa henkilötietoja, signaalilla ei ole muuta poistettavaa käytöstä.',
    signalRecordSaleShare:
      'Kun selaimesi lähettää signaalin {signal}, ainoastaan tallennamme sen suostumusvalintasi yhteyteen. Se ei lopeta edellä kuvattua myyntiä tai jakamista; lopettaaksesi sen hylkää kyseiset luokat evästeasetuksissa.',
    signalHonorCategories:
      'Kun selaimesi lähettää signaalin {signal}, käsittelemme sen kieltäytymisenä ja tallennamme signaalin suostumusvalintasi yhteyteen. Seuraavat luokat pysyvät silloin sinulta pois päältä aiemmista valinnoista riippumatta: {categories}.',
    signalHonorNothing:
      'Kun selaimesi lähettää signaalin {signal}, käsittelemme sen kieltäytymisenä ja tallennamme sen suostumusvalintasi yhteyteen. Mikään luokistamme ei myy tai jaa henkilötietoja, joten tällä hetkellä signaali ei poista käytöstä mitään muuta.',
    signalsChange:
      'Jos käytäntömme muuttuvat tavalla, joka edellyttää kieltäytymissignaalien käsittelyä, päivitämme tämän käytännön ja noudatamme lakisääteisiä signaaleja siellä, missä sitä edellytetään.',
    gpcName: 'Global Privacy Control',
    dntName: 'Do Not Track',

    regionsTitle: 'Valintasi sijaintisi mukaan',
    regionsIntro:
      'Se, mikä saa olla käytössä ennen valintaasi, ja se, miten voit kieltäytyä, riippuu alueesta, jolta vierailet. Saamme alueen tiedon sivuston toimittavasta verkosta emmekä sijaintitietokannasta.',
    regionsDefault: 'Kaikki muut alueet',
    regionsUnknown: 'Kun emme pysty päättelemään aluettasi',
    regionOptIn:
      '{regions}: mitään muuta kuin välttämätöntä ei käytetä ennen valintaasi. Sallit tai hylkäät kunkin luokan evästeasetuksissa ja voit peruuttaa suostumuksesi milloin tahansa.',
    regionOptOut:
      '{regions}: valinnaiset luokat voivat olla käytössä, kunnes kieltäydyt. Kieltäytyäksesi käytä evästeasetusten kohtaa ”{optOut}” tai poista luokka käytöstä siellä.',
    regionOptOutSignal:
      'Selaimesi lähettämää Global Privacy Control -signaalia noudatetaan siellä kieltäytymisenä, se näytetään muodossa ”{honored}” ja tallennetaan valintasi yhteyteen. Kieltäytyminen koskee seuraavia: {categories}.',
    regionNotice:
      '{regions}: kerromme käyttämistämme tekniikoista; valinnaiset luokat voivat olla käytössä kysymättä. Voit poistaa ne käytöstä evästeasetuksissa.',
    changeRegime: 'Muutettu sitä, mitä ennen valintaa sovelletaan, alueilla: {regions}',

    updatesTitle: 'Muutokset tähän käytäntöön',
    updatesCurrent: 'Tämä on versio {version}, voimassa {date} alkaen.',
    updatesSummary: 'Uutta tässä versiossa: {summary}',
    updatesHow:
      'Kun käyttämämme tekniikat muuttuvat, julkaisemme tällä sivulla uuden version uudella voimaantulopäivällä. Kun muutos edellyttää suostumustasi uudelleen, esimerkiksi uusi valinnainen tekniikka tai pidempi kesto, kysymme sinulta uudelleen seuraavalla käynnilläsi.',
    historyTable: 'Versiohistoria, uusin ensin',
    colVersion: 'Versio',
    colEffective: 'Voimassa alkaen',
    colSummary: 'Yhteenveto',
    colChanges: 'Mikä muuttui',
    colAskedAgain: 'Kävijöiltä kysyttiin uudelleen',
    historyFirst: 'Ensimmäinen tallennettu versio.',
    historyNoDetails: 'Tämän version tietoja ei ole julkaistu.',
    historyNoChanges: 'Ei muutoksia ilmoitettuihin tekniikoihin.',
    askedAgainYes: 'Kyllä',
    askedAgainNo: 'Ei, aiemmat valinnat pysyivät voimassa',

    changeTechAdded: '{kind} {name} lisätty ({category})',
    changeTechRemoved: '{kind} {name} poistettu',
    changeTechCategory: '{name} siirretty luokasta {before} luokkaan {after}',
    changeTechDuration: '{name}: kesto nyt {after} (aiemmin {before})',
    changeTechPurposes: '{name}: käyttötarkoitukset nyt {purposes}',
    changeTechProvider: '{name}: tarjoaja nyt {provider}',
    changeTechSurfaces: '{name}: käytössä nyt osioissa {surfaces}',
    changeTechDetails: 'Kohteen {name} kuvausta tai tietoja päivitetty',
    changePurposeAdded: 'Uusi käyttötarkoitus: {title}',
    changePurposeRemoved: 'Käyttötarkoitus poistettu: {title}',
    changePurposeEssential: 'Käyttötarkoitus {title} on nyt välttämätön',
    changePurposeNotEssential: 'Käyttötarkoitus {title} ei ole enää välttämätön',
    changePurposeReworded: 'Käyttötarkoituksen {title} sanamuotoa muutettu',
    changeCategoryAdded: 'Uusi luokka: {title}',
    changeCategoryRemoved: 'Luokka poistettu: {title}',
    changeCategoryTreatment: 'Luokkaa {title} käsitellään nyt eri tavoin (aina käytössä, tai myynti tai jakaminen)',
    changeCategoryReworded: 'Luokan {title} sanamuotoa muutettu',
    changeProviderAdded: 'Uusi tarjoaja: {name}',
    changeProviderRemoved: 'Tarjoaja poistettu: {name}',
    changeProviderChanged: 'Tarjoajan {name} tietoja päivitetty',
    changeSurfaceAdded: 'Uusi sivuston osio: {title}',
    changeSurfaceRemoved: 'Sivuston osio poistettu: {title}',
    changeSignalHonor: 'Signaalia {signal} noudatetaan nyt kieltäytymisenä',
    changeSignalRecord: 'Signaali {signal} vain tallennetaan nyt',
    changeSellsOn: 'Myymme nyt henkilötietoja',
    changeSellsOff: 'Emme enää myy henkilötietoja',
    changeSharesOn: 'Jaamme nyt henkilötietoja eri yhteyksien väliseen käyttäytymiseen perustuvaan mainontaan',
    changeSharesOff: 'Emme enää jaa henkilötietoja eri yhteyksien väliseen käyttäytymiseen perustuvaan mainontaan',
    changePolicyLink: 'Tämän käytännön osoite päivitetty',
    changePrivacyLink: 'Tietosuojakäytännön linkki päivitetty',
    changeContact: 'Yhteystiedot päivitetty',
    changeLifetime: 'Valintojen säilytysaika on nyt {period}',
    changeConsentMode: 'Luokalle {title} lähetettäviä Google Consent Mode -signaaleja muutettu',

    faqTitle: 'Kysymyksiä ja vastauksia',
    faqBlocked: 'Voinko käyttää palvelua {site}, jos evästeet on estetty?',
    faqBlockedAnswer:
      'Jotkin sivut saattavat latautua edelleen, mutta jos välttämättömät evästeet tai selaimen tallennustila on estetty, seuraavat eivät ehkä toimi: {features}.',
    faqBlockedSurface: 'osion ”{surface}” toiminnot',
    faqBlockedNone:
      'Kyllä. Emme käytä välttämättömiä tekniikoita, joten evästeiden ja selaimen tallennustilan estäminen ei vie mitään pois.',
    faqAnalytics: 'Käyttääkö osio ”{surface}” analytiikkaa?',
    faqAnalyticsYesConsent:
      'Kyllä, mutta vasta kun sallit seuraavat: {categories}. Siihen asti mitään näistä ei ladata eikä tallenneta:',
    faqAnalyticsYesAlways: 'Kyllä. Nämä analytiikkatekniikat ovat aina käytössä:',
    faqAnalyticsNo: 'Ei. Emme käytä analytiikkatekniikkaa osiossa ”{surface}”.',
    faqAnalyticsItem: '{name} ({kind}, {provider})',
    faqSeparate: 'Onko tämä erillinen tietosuojakäytännöstä?',
    faqSeparateAnswer:
      'Kyllä. Tämä evästekäytäntö selittää yksityiskohtaisesti selaimessasi käytettävät tekniikat. Sitä, miten käsittelemme henkilötietoja yleisesti, kuvaa {privacy}, jota tämä käytäntö täydentää.',
    privacyPolicy: 'tietosuojakäytäntömme',

    contactTitle: 'Yhteystiedot',
    contactIntro: 'Jos sinulla on kysyttävää tästä käytännöstä tai valinnoistasi, ota yhteyttä tahoon {name}:',
    contactIntroNoName: 'Jos sinulla on kysyttävää tästä käytännöstä tai valinnoistasi, ota yhteyttä meihin:',
    contactEmail: 'Sähköposti: {email}',
    contactWeb: 'Verkko: {url}',
    contactAddress: 'Osoite: {address}',
    contactPrivacy: 'Henkilötietojen käsittelystämme kertoo {privacy}.',

    footerVersion: '{site} · Evästekäytäntö, versio {version}, voimassa {date} alkaen',
    footerGenerated: 'Cookieproof loi tämän sivun ilmoituksesta {fingerprint}.',
  },
  kinds: {
    cookie: {
      one: 'eväste',
      many: 'evästeet',
      explain:
        'pieniä tekstinpätkiä, joita sivusto pyytää selaintasi säilyttämään ja lähettämään takaisin myöhempien pyyntöjen mukana, jotta se tunnistaa istunnon tai valinnan.',
    },
    localStorage: {
      one: 'paikallisen tallennustilan merkintä',
      many: 'paikallinen tallennustila',
      explain:
        'selaimesi tallennustila, johon sivusto tallentaa tietoja laitteellesi, kunnes sivusto tai sinä poistat ne.',
    },
    sessionStorage: {
      one: 'istuntotallennustilan merkintä',
      many: 'istuntotallennustila',
      explain: 'kuten paikallinen tallennustila, mutta tyhjennetään, kun suljet välilehden tai ikkunan.',
    },
    pixel: {
      one: 'pikseli',
      many: 'pikselit',
      explain:
        'pyyntöjä (myös majakoita eli beaconeita), jotka sivu lähettää mittauspalveluun ilmoittaakseen käynnistä, tapahtumasta tai mittauksesta.',
    },
    script: {
      one: 'skripti',
      many: 'skriptit',
      explain: 'koodia, jonka sivu lataa, usein tarjoajalta ”tagina”, esimerkiksi käyntien mittaamiseksi.',
    },
    iframe: {
      one: 'upotettu kehys',
      many: 'upotetut kehykset',
      explain: 'toisen sivuston sivu, joka näytetään omamme sisällä ja joka voi käyttää omia tekniikoitaan.',
    },
  },
  providerKinds: {
    authentication: 'Tunnistautuminen',
    analytics: 'Analytiikka',
    hosting: 'Ylläpito',
    payment: 'Maksut',
    integration: 'Integraatio',
    advertising: 'Mainonta',
  },
  months:
    'tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta lokakuuta marraskuuta joulukuuta'.split(
      ' ',
    ),
  date: '{day}. {month} {year}',
  counted: {
    technology: { one: '{n} tekniikka', other: '{n} tekniikkaa' },
    year: { one: '{n} vuosi', other: '{n} vuotta' },
    month: { one: '{n} kuukausi', other: '{n} kuukautta' },
    week: { one: '{n} viikko', other: '{n} viikkoa' },
    day: { one: '{n} päivä', other: '{n} päivää' },
    hour: { one: '{n} tunti', other: '{n} tuntia' },
    minute: { one: '{n} minuutti', other: '{n} minuuttia' },
    second: { one: '{n} sekunti', other: '{n} sekuntia' },
  },
};
export default pack;
