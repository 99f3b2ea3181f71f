import type { PolicyPack } from '../policy-pack.ts';

// Modern Standard Arabic, written right to left (the direction comes from the banner pack "ar"). Western digits, as
// the page's versions, dates and durations share them with the declaration.

const pack: PolicyPack = {
  tag: 'ar',
  messages: {
    title: 'سياسة ملفات تعريف الارتباط',
    skip: 'الانتقال إلى السياسة',
    contents: 'في هذه الصفحة',
    metaLine: 'الإصدار {version} · سارية اعتبارًا من {date}',
    listComma: '، و',
    listAnd: '، و',
    none: 'لا يوجد',
    notApplicable: 'لا ينطبق',
    notDeclared: 'غير محدد',
    yes: 'نعم',
    no: 'لا',
    durationSession: 'حتى تغلق المتصفح',
    durationPersistent: 'حتى تحذفه',
    term: '{term}: {text}',
    languages: 'اللغات',

    aboutTitle: 'حول هذه السياسة',
    aboutIntro: 'توضح هذه السياسة كيف يستخدم {site} التقنيات التالية على {surfaces}: {kinds}.',
    aboutSimilar: 'التقنيات المشابهة',
    analyticsTags: 'وسوم التحليلات',
    aboutSurface: '{title} ({origin})',
    aboutDetail:
      'وتبيّن لكل تقنية الجهة التي توفرها، وسبب استخدامها، ومدة الاحتفاظ بها، وأين تُستخدم. وتبقى التقنيات غير الضرورية متوقفة إلى أن تسمح بها.',

    technologiesTitle: 'التقنيات التي نستخدمها',
    technologiesIntro: 'هذه أنواع التقنيات التي نستخدمها:',
    technologiesTable: 'عدد التقنيات من كل نوع التي يستخدمها كل جزء من الموقع',
    kindColumn: 'النوع',

    purposesTitle: 'لماذا نستخدمها',
    purposesIntro: 'تخدم كل تقنية غرضًا واحدًا أو أكثر من الأغراض التالية:',
    purposeEssential: 'ضروري: لازم لخدمة طلبتها، لذا لا يحتاج إلى موافقة.',
    purposeOptional: 'لا يُستخدم إلا بموافقتك.',

    categoriesTitle: 'الفئات',
    categoriesIntro: 'نجمع التقنيات في فئات. ويسرد الجدول الوارد تحت كل فئة جميع التقنيات التي تضمها.',
    categoryRequired:
      'مفعّلة دائمًا. هذه التقنيات لازمة لتقديم الخدمة، لذا لا تطلب موافقتك ولا يمكن إيقافها من إعدادات ملفات تعريف الارتباط.',
    categoryOptional:
      'متوقفة إلى أن تسمح بهذه الفئة في إعدادات ملفات تعريف الارتباط. ويمكنك سحب موافقتك في أي وقت، وسحبها سهل كمنحها.',
    categorySaleOrShare: 'تبيع التقنيات في هذه الفئة المعلومات الشخصية أو تشاركها.',
    categoryEmpty: 'لا تضم هذه الفئة أي تقنية حاليًا.',
    categoryTable: '{category}: {count}',
    colTechnology: 'التقنية',
    colDescription: 'ما تفعله',
    colProvider: 'المزوّد',
    colPurposes: 'الأغراض',
    colDuration: 'المدة',
    colSurfaces: 'مكان الاستخدام',
    colAttributes: 'سمات ملف تعريف الارتباط',
    namedPattern: 'الأسماء المطابقة للنمط {pattern}',
    urlPattern: 'الطلبات إلى {url}',
    onHost: 'على {host}',
    scriptReadable: 'يمكن للبرامج النصية في الصفحة قراءته',

    thirdTitle: 'مزوّدو الجهات الخارجية',
    thirdIntro:
      'يوفّر هؤلاء المزوّدون بعض التقنيات المذكورة أعلاه. وقد يضعون ملفات تعريف الارتباط وبيانات التخزين الخاصة بهم أو يقرؤونها، وفقًا لسياسات الخصوصية الخاصة بهم.',
    thirdNone: 'لا نستعين بأي مزوّد من جهة خارجية.',
    thirdTable: 'مزوّدو الجهات الخارجية وروابطهم',
    colKind: 'النوع',
    colTechnologies: 'التقنيات',
    colPrivacy: 'سياسة الخصوصية',
    colOptOut: 'إلغاء الاشتراك',
    privacyLink: 'سياسة الخصوصية لدى {name}',
    optOutLink: 'إلغاء الاشتراك لدى {name}',
    noOptOut: 'غير متاح',

    controlTitle: 'كيفية التحكم في ملفات تعريف الارتباط',
    controlSiteTitle: 'على موقعنا',
    controlSite:
      'في إعدادات ملفات تعريف الارتباط على موقعنا يمكنك السماح بكل فئة اختيارية أو رفضها، وسحب موافقة سبق أن منحتها. ونحتفظ باختيارك لمدة {period}؛ وبعد ذلك، أو عندما يتطلب إصدار جديد من هذه السياسة موافقتك مرة أخرى، نسألك من جديد.',
    surfacesShared:
      'ينطبق اختيارك على كل أجزاء هذا الموقع ({surfaces}): نسألك مرة واحدة، وأي تغيير في جزء منها ينطبق عليها جميعًا.',
    surfacesSeparate:
      'تقع أجزاء هذا الموقع ({surfaces}) على نطاقات مختلفة: كل جزء يطلب اختيارك على حدة، ولا ينطبق التغيير في أحدها على الأجزاء الأخرى.',
    controlBrowserTitle: 'في متصفحك',
    controlBrowser:
      'تتيح لك جميع المتصفحات حظر ملفات تعريف الارتباط وبيانات المواقع الأخرى أو حذفها. ويعتمد مكان هذه الإعدادات على متصفحك وجهازك.',
    controlBrowserEssential: 'إذا حظرت التقنيات الضرورية، يتوقف عن العمل ما تلزم له:',
    controlFeatures: 'ويشمل ذلك {features}.',
    featureAuthentication: 'تسجيل الدخول باستخدام {name}',
    featurePayment: 'الدفع عبر {name}',
    featureIntegration: 'ربط {name}',
    featureHosting: 'الوصول إلى الموقع عبر {name}',
    featureOther: 'استخدام {name}',
    controlProvidersTitle: 'أدوات المزوّدين',
    controlProviders: 'يتيح بعض المزوّدين طريقتهم الخاصة لإلغاء الاشتراك:',
    controlProvidersNone:
      'لا يتيح أي من مزوّدينا أداة خاصة به لإلغاء الاشتراك؛ استخدم بدلًا من ذلك إعدادات ملفات تعريف الارتباط أو متصفحك.',
    controlIntegrationsTitle: 'عمليات التكامل المتصلة',
    controlIntegrations:
      'إذا فصلت {names} عن مساحة عملك، نتوقف عن سحب البيانات منها من ذلك الحين. وقد تبقى السجلات التي استُوردت قبل الفصل في {site}؛ فالفصل لا يحذفها.',

    signalsTitle: 'Do Not Track و Global Privacy Control',
    signalsIntro:
      'إن Do Not Track (DNT) و Global Privacy Control (GPC) إشارتان يمكن لمتصفحك إرسالهما للتعبير عن أنك لا تريد أن يجري تتبعك، ولا أن تُباع معلوماتك الشخصية أو تُشارَك.',
    signalsNoSaleShare: 'لا نبيع المعلومات الشخصية، ولا نشاركها لأغراض الإعلانات السلوكية عبر السياقات.',
    signalsSells: 'نبيع المعلومات الشخصية.',
    signalsShares: 'نشارك المعلومات الشخصية لأغراض الإعلانات السلوكية عبر السياقات.',
    signalsCategories: 'ويحدث ذلك من خلال الفئات التالية: {categories}.',
    signalRecordNothing:
      'عندما يرسل متصفحك إشارة {signal}، نسجّل ذلك مع اختيارك بشأن الموافقة. ولأننا لا نبيع المعلومات الشخصية ولا نشاركها، لا يبقى للإشارة شيء آخر توقفه.',
    signalRecordSaleShare:
      'عندما يرسل متصفحك إشارة {signal}، نكتفي بتسجيل ذلك مع اختيارك بشأن الموافقة. ولا يوقف ذلك البيع أو المشاركة الموصوفين أعلاه؛ ولإيقافهما ارفض تلك الفئات في إعدادات ملفات تعريف الارتباط.',
    signalHonorCategories:
      'عندما يرسل متصفحك إشارة {signal}، نعاملها على أنها طلب إلغاء اشتراك: يبقى ما يندرج تحت «{categories}» متوقفًا بالنسبة إليك أيًّا كان الاختيار السابق، ونسجّل الإشارة مع اختيارك بشأن الموافقة.',
    signalHonorNothing:
      'عندما يرسل متصفحك إشارة {signal}، نعاملها على أنها طلب إلغاء اشتراك ونسجّلها مع اختيارك بشأن الموافقة. ولا تبيع أي فئة من فئاتنا المعلومات الشخصية ولا تشاركها، لذا لا توقف الإشارة اليوم أي شيء آخر.',
    signalsChange:
      'إذا تغيرت ممارساتنا على نحو يتطلب التعامل مع إشارات إلغاء الاشتراك، فسنحدّث هذه السياسة ونحترم الإشارات التي يفرضها القانون حيث يفرضها.',
    gpcName: 'Global Privacy Control',
    dntName: 'Do Not Track',

    regionsTitle: 'خياراتك حسب مكان وجودك',
    regionsIntro:
      'يتوقف ما قد يكون مفعّلًا قبل أن تختار، وكيفية إلغاء الاشتراك، على المنطقة التي تزور الموقع منها. ونعرف المنطقة من الشبكة التي توصل الموقع، لا من قاعدة بيانات للمواقع الجغرافية.',
    regionsDefault: 'جميع المناطق الأخرى',
    regionsUnknown: 'حين لا نستطيع تحديد منطقتك',
    regionOptIn:
      '{regions}: لا يُستخدم أي شيء غير ضروري قبل أن تختار. تسمح بكل فئة أو ترفضها في إعدادات ملفات تعريف الارتباط، ويمكنك سحب موافقتك في أي وقت.',
    regionOptOut:
      '{regions}: قد تكون الفئات الاختيارية مفعّلة إلى أن تلغي اشتراكك. ولإلغاء الاشتراك استخدم «{optOut}» في إعدادات ملفات تعريف الارتباط، أو أوقف فئة من هناك.',
    regionOptOutSignal:
      'وتُحترم هناك إشارة Global Privacy Control الصادرة من متصفحك بوصفها إلغاءً للاشتراك في «{categories}»، ويُعرض ذلك بعبارة «{honored}» ويُسجَّل مع اختيارك.',
    regionNotice:
      '{regions}: نُعلمك بالتقنيات التي نستخدمها؛ وقد تكون الفئات الاختيارية مفعّلة دون سؤالك. ويمكنك إيقافها في إعدادات ملفات تعريف الارتباط.',
    changeRegime: 'تغيّر ما ينطبق قبل الاختيار في: {regions}',

    updatesTitle: 'التغييرات على هذه السياسة',
    updatesCurrent: 'هذا هو الإصدار {version}، الساري اعتبارًا من {date}.',
    updatesSummary: 'الجديد في هذا الإصدار: {summary}',
    updatesHow:
      'عندما تتغير التقنيات التي نستخدمها، ننشر على هذه الصفحة إصدارًا جديدًا بتاريخ سريان جديد. وعندما يتطلب تغيير ما موافقتك من جديد، مثل تقنية اختيارية جديدة أو مدة أطول، نسألك مرة أخرى في زيارتك التالية.',
    historyTable: 'سجل الإصدارات، الأحدث أولًا',
    colVersion: 'الإصدار',
    colEffective: 'تاريخ السريان',
    colSummary: 'الملخص',
    colChanges: 'ما الذي تغيّر',
    colAskedAgain: 'طُلبت الموافقة من جديد',
    historyFirst: 'أول إصدار مسجّل.',
    historyNoDetails: 'تفاصيل هذا الإصدار غير منشورة.',
    historyNoChanges: 'لا تغيير في التقنيات المُعلنة.',
    askedAgainYes: 'نعم',
    askedAgainNo: 'لا، بقيت الاختيارات السابقة سارية',

    changeTechAdded: 'أُضيف {kind} {name} ({category})',
    changeTechRemoved: 'أُزيل {kind} {name}',
    changeTechCategory: 'نُقل {name} من {before} إلى {after}',
    changeTechDuration: 'أصبحت مدة {name} {after} (كانت {before})',
    changeTechPurposes: 'يُستخدم {name} الآن لأغراض: {purposes}',
    changeTechProvider: 'يوفّر {provider} الآن {name}',
    changeTechSurfaces: 'يُستخدم {name} الآن في: {surfaces}',
    changeTechDetails: 'حُدّث وصف {name} أو تفاصيله',
    changePurposeAdded: 'غرض جديد: {title}',
    changePurposeRemoved: 'أُزيل الغرض: {title}',
    changePurposeEssential: 'أصبح غرض «{title}» ضروريًا',
    changePurposeNotEssential: 'لم يعد غرض «{title}» ضروريًا',
    changePurposeReworded: 'أُعيدت صياغة غرض «{title}»',
    changeCategoryAdded: 'فئة جديدة: {title}',
    changeCategoryRemoved: 'أُزيلت الفئة: {title}',
    changeCategoryTreatment: 'أصبحت فئة «{title}» تُعامل بطريقة مختلفة (مفعّلة دائمًا، أو تتضمن بيعًا أو مشاركة)',
    changeCategoryReworded: 'أُعيدت صياغة فئة «{title}»',
    changeProviderAdded: 'مزوّد جديد: {name}',
    changeProviderRemoved: 'أُزيل المزوّد: {name}',
    changeProviderChanged: 'حُدّثت بيانات المزوّد {name}',
    changeSurfaceAdded: 'جزء جديد من الموقع: {title}',
    changeSurfaceRemoved: 'أُزيل جزء من الموقع: {title}',
    changeSignalHonor: 'أصبحت إشارة {signal} تُحترم بوصفها طلب إلغاء اشتراك',
    changeSignalRecord: 'أصبحت إشارة {signal} تُسجَّل فقط',
    changeSellsOn: 'أصبحنا نبيع المعلومات الشخصية',
    changeSellsOff: 'لم نعد نبيع المعلومات الشخصية',
    changeSharesOn: 'أصبحنا نشارك المعلومات الشخصية لأغراض الإعلانات السلوكية عبر السياقات',
    changeSharesOff: 'لم نعد نشارك المعلومات الشخصية لأغراض الإعلانات السلوكية عبر السياقات',
    changePolicyLink: 'حُدّث عنوان هذه السياسة',
    changePrivacyLink: 'حُدّث رابط سياسة الخصوصية',
    changeContact: 'حُدّثت بيانات الاتصال',
    changeLifetime: 'أصبحت الاختيارات تُحفظ لمدة {period}',
    changeConsentMode: 'تغيّرت إشارات Google Consent Mode المُرسلة لفئة «{title}»',

    faqTitle: 'أسئلة وأجوبة',
    faqBlocked: 'هل يمكنني استخدام {site} مع حظر ملفات تعريف الارتباط؟',
    faqBlockedAnswer:
      'قد تستمر بعض الصفحات في التحميل، لكن ما يلي قد لا يعمل إذا حُظرت ملفات تعريف الارتباط الضرورية أو تخزين المتصفح: {features}.',
    faqBlockedSurface: 'ميزات {surface}',
    faqBlockedNone: 'نعم. لا نستخدم أي تقنيات ضرورية، لذا لا يُفقدك حظر ملفات تعريف الارتباط وتخزين المتصفح أي شيء.',
    faqAnalytics: 'هل تُستخدم التحليلات في {surface}؟',
    faqAnalyticsYesConsent: 'نعم، ولكن فقط بعد أن تسمح بـ{categories}. وحتى ذلك الحين لا يُحمَّل ولا يُخزَّن أي مما يلي:',
    faqAnalyticsYesAlways: 'نعم. تقنيات التحليلات هذه مفعّلة دائمًا:',
    faqAnalyticsNo: 'لا. لا نستخدم أي تقنية تحليلات في {surface}.',
    faqAnalyticsItem: '{name} ({kind}، {provider})',
    faqSeparate: 'هل هذه السياسة منفصلة عن سياسة الخصوصية؟',
    faqSeparateAnswer:
      'نعم. تشرح سياسة ملفات تعريف الارتباط هذه بالتفصيل التقنيات الموجودة في متصفحك. وهي تكمّل {privacy} الخاصة بنا، التي تتناول بوجه عام كيفية تعاملنا مع المعلومات الشخصية.',
    privacyPolicy: 'سياسة الخصوصية',

    contactTitle: 'التواصل',
    contactIntro: 'للاستفسار عن هذه السياسة أو عن اختياراتك، تواصل مع {name}:',
    contactIntroNoName: 'للاستفسار عن هذه السياسة أو عن اختياراتك، تواصل معنا:',
    contactEmail: 'البريد الإلكتروني: {email}',
    contactWeb: 'الموقع: {url}',
    contactAddress: 'العنوان: {address}',
    contactPrivacy: 'توضح {privacy} الخاصة بنا كيف نتعامل مع المعلومات الشخصية.',

    footerVersion: '{site} · سياسة ملفات تعريف الارتباط، الإصدار {version}، السارية اعتبارًا من {date}',
    footerGenerated: 'أنشأها Cookieproof من ملف التصريح {fingerprint}.',
  },
  kinds: {
    cookie: {
      one: 'ملف تعريف ارتباط',
      many: 'ملفات تعريف الارتباط',
      explain:
        'أجزاء صغيرة من النص يطلب موقع من متصفحك الاحتفاظ بها وإعادة إرسالها مع الطلبات اللاحقة، ليتعرّف على جلسة أو اختيار.',
    },
    localStorage: {
      one: 'إدخال في التخزين المحلي',
      many: 'التخزين المحلي',
      explain: 'مساحة تخزين في متصفحك يحتفظ فيها موقع ببيانات على جهازك إلى أن يحذفها هو أو تحذفها أنت.',
    },
    sessionStorage: {
      one: 'إدخال في تخزين الجلسة',
      many: 'تخزين الجلسة',
      explain: 'مثل التخزين المحلي، لكنه يُفرَّغ عند إغلاق علامة التبويب أو النافذة.',
    },
    pixel: {
      one: 'بكسل',
      many: 'البكسلات',
      explain: 'طلبات (تُسمّى أيضًا إشارات قياس أو beacons) ترسلها الصفحة إلى خدمة قياس للإبلاغ عن زيارة أو حدث أو قياس.',
    },
    script: {
      one: 'برنامج نصي',
      many: 'البرامج النصية',
      explain: 'شيفرة تحمّلها الصفحة، غالبًا من مزوّد على شكل «وسم» (tag)، لقياس الزيارات مثلًا.',
    },
    iframe: {
      one: 'إطار مضمّن',
      many: 'الإطارات المضمّنة',
      explain: 'صفحة موقع آخر معروضة داخل صفحتنا، ويمكنها استخدام تقنياتها الخاصة.',
    },
  },
  providerKinds: {
    authentication: 'المصادقة',
    analytics: 'التحليلات',
    hosting: 'الاستضافة',
    payment: 'الدفع',
    integration: 'التكامل',
    advertising: 'الإعلانات',
  },
  months: 'يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر'.split(' '),
  date: '{day} {month} {year}',
  // Arabic counts: one and two stand alone ("يومان"), 3–10 take the plural, 11–99 the singular with tanwin.
  counted: {
    technology: { one: 'تقنية واحدة', two: 'تقنيتان', few: '{n} تقنيات', many: '{n} تقنية', other: '{n} تقنية' },
    year: { one: 'سنة واحدة', two: 'سنتان', few: '{n} سنوات', many: '{n} سنة', other: '{n} سنة' },
    month: { one: 'شهر واحد', two: 'شهران', few: '{n} أشهر', many: '{n} شهرًا', other: '{n} شهر' },
    week: { one: 'أسبوع واحد', two: 'أسبوعان', few: '{n} أسابيع', many: '{n} أسبوعًا', other: '{n} أسبوع' },
    day: { one: 'يوم واحد', two: 'يومان', few: '{n} أيام', many: '{n} يومًا', other: '{n} يوم' },
    hour: { one: 'ساعة واحدة', two: 'ساعتان', few: '{n} ساعات', many: '{n} ساعة', other: '{n} ساعة' },
    minute: { one: 'دقيقة واحدة', two: 'دقيقتان', few: '{n} دقائق', many: '{n} دقيقة', other: '{n} دقيقة' },
    second: { one: 'ثانية واحدة', two: 'ثانيتان', few: '{n} ثوانٍ', many: '{n} ثانية', other: '{n} ثانية' },
  },
};
export default pack;
