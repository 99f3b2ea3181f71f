import type { PolicyPack } from '../policy-pack.ts';

// Turkish, with the KVKK's "açık rıza" for consent and "kişisel veriler" for personal information. Turkish suffixes
// follow vowel harmony, so a filled-in value is followed by a separate word ("tarihinden", "boyunca", "ile"), never
// by a suffix. No kind starts with "i", whose capital the page would write as "I" instead of "İ".

const pack: PolicyPack = {
  tag: 'tr',
  messages: {
    title: 'Çerez politikası',
    skip: 'Politikaya geç',
    contents: 'Bu sayfada',
    metaLine: 'Sürüm {version} · {date} tarihinden itibaren geçerli',
    listComma: ', ',
    listAnd: ' ve ',
    none: 'Yok',
    notApplicable: 'Geçerli değil',
    notDeclared: 'Belirtilmemiş',
    yes: 'Evet',
    no: 'Hayır',
    durationSession: 'Tarayıcıyı kapatana kadar',
    durationPersistent: 'Siz silene kadar',
    term: '{term}: {text}',
    languages: 'Diller',

    aboutTitle: 'Bu politika hakkında',
    aboutIntro:
      'Bu politika, {site} tarafından şu teknolojilerin nasıl kullanıldığını açıklar: {kinds}. Politika, sitenin şu bölümlerini kapsar: {surfaces}.',
    aboutSimilar: 'benzer teknolojiler',
    analyticsTags: 'analiz etiketleri',
    aboutSurface: '“{title}” ({origin})',
    aboutDetail:
      'Her teknoloji için onu kimin sağladığı, neden kullanıldığı, ne kadar süre saklandığı ve nerede yer aldığı belirtilir. Zorunlu olmayan teknolojiler, siz izin verene kadar kapalı kalır.',

    technologiesTitle: 'Kullandığımız teknolojiler',
    technologiesIntro: 'Kullandığımız teknoloji türleri şunlardır:',
    technologiesTable: 'Sitenin her bölümünün her türden kaç teknoloji kullandığı',
    kindColumn: 'Tür',

    purposesTitle: 'Bunları neden kullanıyoruz',
    purposesIntro: 'Her teknoloji şu amaçlardan bir veya birkaçına hizmet eder:',
    purposeEssential: 'Zorunlu amaç: talep ettiğiniz bir hizmet için gereklidir, bu nedenle açık rıza gerektirmez.',
    purposeOptional: 'Yalnızca açık rızanızla.',

    categoriesTitle: 'Kategoriler',
    categoriesIntro:
      'Teknolojileri kategorilere ayırıyoruz. Her kategorinin altındaki tablo, o kategorideki tüm teknolojileri listeler.',
    categoryRequired:
      'Her zaman açık. Bu teknolojiler hizmetin sunulması için gereklidir; bu nedenle açık rıza istemezler ve çerez tercihlerinden kapatılamazlar.',
    categoryOptional:
      'Bu kategoriye çerez tercihlerinden izin verene kadar kapalı. Açık rızanızı istediğiniz zaman geri alabilirsiniz ve bu, rızayı vermek kadar kolaydır.',
    categorySaleOrShare: 'Bu kategorideki teknolojiler kişisel verileri satar veya paylaşır.',
    categoryEmpty: 'Bu kategoride şu anda hiçbir teknoloji yok.',
    categoryTable: '{category}: {count}',
    colTechnology: 'Teknoloji',
    colDescription: 'Ne yapar',
    colProvider: 'Sağlayıcı',
    colPurposes: 'Amaçlar',
    colDuration: 'Süre',
    colSurfaces: 'Nerede',
    colAttributes: 'Çerez öznitelikleri',
    namedPattern: 'şu kalıba uyan adlar: {pattern}',
    urlPattern: 'şu adrese yapılan istekler: {url}',
    onHost: 'alan adı: {host}',
    scriptReadable: 'sayfa betikleri tarafından okunabilir',

    thirdTitle: 'Üçüncü taraf sağlayıcılar',
    thirdIntro:
      'Bu sağlayıcılar, yukarıda listelenen teknolojilerin bir kısmını sağlar. Kendi gizlilik politikaları kapsamında kendi çerezlerini ve depolamalarını ayarlayabilir veya okuyabilirler.',
    thirdNone: 'Hiçbir üçüncü taraf sağlayıcı kullanmıyoruz.',
    thirdTable: 'Üçüncü taraf sağlayıcılar ve bağlantıları',
    colKind: 'Tür',
    colTechnologies: 'Teknolojiler',
    colPrivacy: 'Gizlilik politikası',
    colOptOut: 'Vazgeçme',
    privacyLink: 'Gizlilik politikası: {name}',
    optOutLink: 'Vazgeçme: {name}',
    noOptOut: 'Sunulmuyor',

    controlTitle: 'Çerezleri nasıl kontrol edebilirsiniz',
    controlSiteTitle: 'Sitemizde',
    controlSite:
      'Sitemizdeki çerez tercihlerinde her isteğe bağlı kategoriye izin verebilir veya onu reddedebilir ve verdiğiniz açık rızayı geri alabilirsiniz. Seçiminizi {period} boyunca saklarız; bu sürenin sonunda veya bu politikanın yeni bir sürümü açık rızanızı yeniden gerektirdiğinde size tekrar sorarız.',
    surfacesShared:
      'Seçiminiz bu sitenin tüm bölümlerinde geçerlidir ({surfaces}): size bir kez sorarız ve bir bölümdeki değişiklik hepsinde geçerli olur.',
    surfacesSeparate:
      'Bu sitenin bölümleri ({surfaces}) farklı alan adlarındadır: her biri seçiminizi ayrı ayrı sorar ve birindeki değişiklik diğerlerinde geçerli olmaz.',
    controlBrowserTitle: 'Tarayıcınızda',
    controlBrowser:
      'Her tarayıcı, çerezleri ve diğer site verilerini engellemenize veya silmenize olanak tanır. Bu ayarların yeri tarayıcınıza ve cihazınıza bağlıdır.',
    controlBrowserEssential: 'Zorunlu teknolojileri engellerseniz, bunların gerekli olduğu işlevler çalışmaz:',
    controlFeatures: 'Buna şunlar dahildir: {features}.',
    featureAuthentication: '{name} ile oturum açma',
    featurePayment: '{name} üzerinden ödeme',
    featureIntegration: '{name} bağlantısı',
    featureHosting: '{name} üzerinden siteye erişim',
    featureOther: '{name} kullanımı',
    controlProvidersTitle: 'Sağlayıcıların araçları',
    controlProviders: 'Bazı sağlayıcılar kendi vazgeçme yöntemlerini sunar:',
    controlProvidersNone:
      'Sağlayıcılarımızın hiçbiri kendi vazgeçme aracını sunmaz; bunun yerine çerez tercihlerini veya tarayıcınızı kullanın.',
    controlIntegrationsTitle: 'Bağlı entegrasyonlar',
    controlIntegrations:
      'Şu entegrasyonların çalışma alanınızla bağlantısını keserseniz, o andan itibaren bunlardan veri çekmeyi bırakırız: {names}. Bağlantıyı kesmeden önce içe aktarılan kayıtlar {site} içinde kalabilir; bağlantıyı kesmek bunları silmez.',

    signalsTitle: 'Do Not Track ve Global Privacy Control',
    signalsIntro:
      'Do Not Track (DNT) ve Global Privacy Control (GPC), tarayıcınızın izlenmek istemediğinizi veya kişisel verilerinizin satılmasını ya da paylaşılmasını istemediğinizi bildirmek için gönderebileceği sinyallerdir.',
    signalsNoSaleShare: 'Kişisel verileri satmıyoruz ve bağlamlar arası davranışsal reklamcılık için paylaşmıyoruz.',
    signalsSells: 'Kişisel verileri satıyoruz.',
    signalsShares: 'Kişisel verileri bağlamlar arası davranışsal reklamcılık için paylaşıyoruz.',
    signalsCategories: 'Bu, şu kategoriler aracılığıyla gerçekleşir: {categories}.',
    signalRecordNothing:
      'Tarayıcınız {signal} sinyali gönderdiğinde, bunu açık rıza seçiminizle birlikte kaydederiz. Kişisel verileri ne sattığımız ne de paylaştığımız için sinyalin kapatacağı başka bir şey yoktur.',
    signalRecordSaleShare:
      'Tarayıcınız {signal} sinyali gönderdiğinde, bunu yalnızca açık rıza seçiminizle birlikte kaydederiz. Bu, yukarıda açıklanan satışı veya paylaşımı durdurmaz; durdurmak için bu kategorileri çerez tercihlerinde reddedin.',
    signalHonorCategories:
      'Tarayıcınız {signal} sinyali gönderdiğinde, bunu vazgeçme olarak kabul eder ve açık rıza seçiminizle birlikte kaydederiz. Daha önce ne seçilmiş olursa olsun şu kategoriler sizin için kapalı kalır: {categories}.',
    signalHonorNothing:
      'Tarayıcınız {signal} sinyali gönderdiğinde, bunu vazgeçme olarak kabul eder ve açık rıza seçiminizle birlikte kaydederiz. Kategorilerimizin hiçbiri kişisel verileri satmaz veya paylaşmaz; bu nedenle sinyal bugün başka hiçbir şeyi kapatmaz.',
    signalsChange:
      'Uygulamalarımız vazgeçme sinyallerinin işlenmesini gerektirecek şekilde değişirse, bu politikayı güncelleyeceğiz ve yasal olarak gerekli sinyallere gerekli olduğu yerlerde uyacağız.',
    gpcName: 'Global Privacy Control',
    dntName: 'Do Not Track',

    regionsTitle: 'Bulunduğunuz yere göre seçenekleriniz',
    regionsIntro:
      'Siz seçim yapmadan önce nelerin açık olabileceği ve nasıl vazgeçebileceğiniz, bizi ziyaret ettiğiniz bölgeye bağlıdır. Bölgeyi bir konum veritabanından değil, siteyi sunan ağdan öğreniriz.',
    regionsDefault: 'Diğer tüm bölgeler',
    regionsUnknown: 'Bölgenizi belirleyemediğimizde',
    regionOptIn:
      '{regions}: siz seçim yapmadan önce zorunlu olmayan hiçbir şey kullanılmaz. Her kategoriye çerez tercihlerinde izin verir veya onu reddedersiniz ve açık rızanızı istediğiniz zaman geri alabilirsiniz.',
    regionOptOut:
      '{regions}: isteğe bağlı kategoriler siz vazgeçene kadar açık olabilir. Vazgeçmek için çerez tercihlerinde “{optOut}” seçeneğini kullanın veya orada bir kategoriyi kapatın.',
    regionOptOutSignal:
      'Tarayıcınızdan gelen bir Global Privacy Control sinyali orada vazgeçme olarak dikkate alınır, “{honored}” olarak gösterilir ve seçiminizle birlikte kaydedilir. Vazgeçme şunları kapsar: {categories}.',
    regionNotice:
      '{regions}: kullandığımız teknolojiler hakkında sizi bilgilendiririz; isteğe bağlı kategoriler sormadan açık olabilir. Bunları çerez tercihlerinden kapatabilirsiniz.',
    changeRegime: 'Seçimden önce geçerli olan kurallar değişti: {regions}',

    updatesTitle: 'Bu politikadaki değişiklikler',
    updatesCurrent: 'Bu, {date} tarihinden itibaren geçerli olan {version} sürümüdür.',
    updatesSummary: 'Bu sürümdeki yenilikler: {summary}',
    updatesHow:
      'Kullandığımız teknolojiler değiştiğinde, bu sayfada yeni bir yürürlük tarihiyle yeni bir sürüm yayımlarız. Bir değişiklik açık rızanızı yeniden gerektirdiğinde, örneğin yeni bir isteğe bağlı teknoloji veya daha uzun bir süre söz konusu olduğunda, bir sonraki ziyaretinizde size tekrar sorarız.',
    historyTable: 'Sürüm geçmişi, en yenisi önce',
    colVersion: 'Sürüm',
    colEffective: 'Yürürlük tarihi',
    colSummary: 'Özet',
    colChanges: 'Neler değişti',
    colAskedAgain: 'Ziyaretçilere yeniden soruldu',
    historyFirst: 'Kayıtlı ilk sürüm.',
    historyNoDetails: 'Bu sürümün ayrıntıları yayımlanmamıştır.',
    historyNoChanges: 'Beyan edilen teknolojilerde değişiklik yok.',
    askedAgainYes: 'Evet',
    askedAgainNo: 'Hayır, önceki seçimler geçerli kaldı',

    changeTechAdded: '{kind} {name} eklendi ({category})',
    changeTechRemoved: '{kind} {name} kaldırıldı',
    changeTechCategory: '{name}: kategori artık {after} (önceden {before})',
    changeTechDuration: '{name}: süre artık {after} (önceden {before})',
    changeTechPurposes: '{name}: amaçlar artık {purposes}',
    changeTechProvider: '{name}: sağlayıcı artık {provider}',
    changeTechSurfaces: '{name}: artık şu bölümlerde kullanılıyor: {surfaces}',
    changeTechDetails: 'Açıklama veya ayrıntılar güncellendi: {name}',
    changePurposeAdded: 'Yeni amaç: {title}',
    changePurposeRemoved: 'Kaldırılan amaç: {title}',
    changePurposeEssential: '“{title}” amacı artık zorunlu',
    changePurposeNotEssential: '“{title}” amacı artık zorunlu değil',
    changePurposeReworded: '“{title}” amacının ifadesi değişti',
    changeCategoryAdded: 'Yeni kategori: {title}',
    changeCategoryRemoved: 'Kaldırılan kategori: {title}',
    changeCategoryTreatment:
      '“{title}” kategorisi artık farklı ele alınıyor (her zaman açık ya da satış veya paylaşım)',
    changeCategoryReworded: '“{title}” kategorisinin ifadesi değişti',
    changeProviderAdded: 'Yeni sağlayıcı: {name}',
    changeProviderRemoved: 'Kaldırılan sağlayıcı: {name}',
    changeProviderChanged: 'Sağlayıcı bilgileri güncellendi: {name}',
    changeSurfaceAdded: 'Sitenin yeni bölümü: {title}',
    changeSurfaceRemoved: 'Sitenin kaldırılan bölümü: {title}',
    changeSignalHonor: '{signal} sinyali artık vazgeçme olarak dikkate alınıyor',
    changeSignalRecord: '{signal} sinyali artık yalnızca kaydediliyor',
    changeSellsOn: 'Artık kişisel verileri satıyoruz',
    changeSellsOff: 'Artık kişisel verileri satmıyoruz',
    changeSharesOn: 'Artık kişisel verileri bağlamlar arası davranışsal reklamcılık için paylaşıyoruz',
    changeSharesOff: 'Artık kişisel verileri bağlamlar arası davranışsal reklamcılık için paylaşmıyoruz',
    changePolicyLink: 'Bu politikanın adresi güncellendi',
    changePrivacyLink: 'Gizlilik politikası bağlantısı güncellendi',
    changeContact: 'İletişim bilgileri güncellendi',
    changeLifetime: 'Seçimler artık {period} boyunca saklanıyor',
    changeConsentMode: '“{title}” için gönderilen Google Consent Mode sinyalleri değişti',

    faqTitle: 'Sorular ve yanıtlar',
    faqBlocked: 'Çerezler engelliyken {site} hizmetini kullanabilir miyim?',
    faqBlockedAnswer:
      'Bazı sayfalar yüklenmeye devam edebilir, ancak zorunlu çerezler veya tarayıcı depolaması engellenirse şunlar çalışmayabilir: {features}.',
    faqBlockedSurface: '“{surface}” bölümünün özellikleri',
    faqBlockedNone:
      'Evet. Zorunlu teknoloji kullanmıyoruz; bu nedenle çerezleri ve tarayıcı depolamasını engellemek hiçbir şeyi kısıtlamaz.',
    faqAnalytics: '“{surface}” bölümü analiz kullanıyor mu?',
    faqAnalyticsYesConsent:
      'Evet, ancak yalnızca şunlara izin verdikten sonra: {categories}. O zamana kadar aşağıdakilerin hiçbiri yüklenmez veya saklanmaz:',
    faqAnalyticsYesAlways: 'Evet. Bu analiz teknolojileri her zaman açıktır:',
    faqAnalyticsNo: 'Hayır. “{surface}” bölümünde hiçbir analiz teknolojisi kullanmıyoruz.',
    faqAnalyticsItem: '{name} ({kind}, {provider})',
    faqSeparate: 'Bu, gizlilik politikasından ayrı mı?',
    faqSeparateAnswer:
      'Evet. Bu çerez politikası, tarayıcınızdaki teknolojileri ayrıntılı olarak açıklar. Kişisel verileri genel olarak nasıl işlediğimizi anlatan {privacy} belgemizi tamamlar.',
    privacyPolicy: 'gizlilik politikası',

    contactTitle: 'İletişim',
    contactIntro: 'Bu politika veya seçimleriniz hakkındaki sorularınız için iletişim: {name}',
    contactIntroNoName: 'Bu politika veya seçimleriniz hakkındaki sorularınız için bizimle iletişime geçin:',
    contactEmail: 'E-posta: {email}',
    contactWeb: 'Web: {url}',
    contactAddress: 'Adres: {address}',
    contactPrivacy: 'Kişisel verileri nasıl işlediğimiz {privacy} belgemizde açıklanır.',

    footerVersion: '{site} · Çerez politikası, sürüm {version}, {date} tarihinden itibaren geçerli',
    footerGenerated: 'Cookieproof tarafından {fingerprint} beyanından oluşturuldu.',
  },
  kinds: {
    cookie: {
      one: 'çerez',
      many: 'çerezler',
      explain:
        'bir sitenin tarayıcınızdan saklamasını ve sonraki isteklerle geri göndermesini istediği, bir oturumu veya seçimi tanımasını sağlayan küçük metin parçaları.',
    },
    localStorage: {
      one: 'yerel depolama kaydı',
      many: 'yerel depolama',
      explain:
        'bir sitenin, kendisi veya siz silene kadar verileri cihazınızda tuttuğu, tarayıcınızdaki bir depolama alanı.',
    },
    sessionStorage: {
      one: 'oturum depolama kaydı',
      many: 'oturum depolama',
      explain: 'yerel depolama gibidir, ancak sekmeyi veya pencereyi kapattığınızda boşaltılır.',
    },
    pixel: {
      one: 'piksel',
      many: 'pikseller',
      explain:
        'bir sayfanın bir ziyareti, olayı veya ölçümü bildirmek için bir ölçüm hizmetine gönderdiği istekler (beacon olarak da bilinir).',
    },
    script: {
      one: 'betik',
      many: 'betikler',
      explain:
        'bir sayfanın, çoğunlukla bir sağlayıcıdan “etiket” (tag) olarak, örneğin ziyaretleri ölçmek için yüklediği kod.',
    },
    iframe: {
      one: 'gömülü çerçeve',
      many: 'gömülü çerçeveler',
      explain: 'başka bir sitenin, bizim sayfamızın içinde gösterilen ve kendi teknolojilerini kullanabilen sayfası.',
    },
  },
  providerKinds: {
    authentication: 'Kimlik doğrulama',
    analytics: 'Analiz',
    hosting: 'Barındırma',
    payment: 'Ödeme',
    integration: 'Entegrasyon',
    advertising: 'Reklam',
  },
  months: 'Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık'.split(' '),
  date: '{day} {month} {year}',
  // Turkish nouns stay singular after a number ("14 gün").
  counted: {
    technology: { other: '{n} teknoloji' },
    year: { other: '{n} yıl' },
    month: { other: '{n} ay' },
    week: { other: '{n} hafta' },
    day: { other: '{n} gün' },
    hour: { other: '{n} saat' },
    minute: { other: '{n} dakika' },
    second: { other: '{n} saniye' },
  },
};
export default pack;
