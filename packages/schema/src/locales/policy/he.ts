import type { PolicyPack } from '../policy-pack.ts';

// Hebrew, written right to left (the direction comes from the banner pack "he"). The visitor is addressed without
// gendered verb forms (impersonal "אפשר", "יש ל…", or forms spelled alike for both), as the banner does. A
// filled-in value never takes a one-letter prefix; where one is needed it is joined with a hyphen ("ב-{site}").

const pack: PolicyPack = {
  tag: 'he',
  messages: {
    title: 'מדיניות קובצי Cookie',
    skip: 'דילוג למדיניות',
    contents: 'בדף זה',
    metaLine: 'גרסה {version} · בתוקף מ-{date}',
    listComma: ', ',
    listAnd: ' ו',
    none: 'אין',
    notApplicable: 'לא רלוונטי',
    notDeclared: 'לא צוין',
    yes: 'כן',
    no: 'לא',
    durationSession: 'עד לסגירת הדפדפן',
    durationPersistent: 'עד למחיקה',
    term: '{term}: {text}',
    languages: 'שפות',

    aboutTitle: 'על מדיניות זו',
    aboutIntro:
      'מדיניות זו מסבירה כיצד נעשה שימוש בטכנולוגיות הבאות ב-{site}: {kinds}. המדיניות חלה על חלקי האתר הבאים: {surfaces}.',
    aboutSimilar: 'טכנולוגיות דומות',
    analyticsTags: 'תגי ניתוח נתונים',
    aboutSurface: '"{title}" ({origin})',
    aboutDetail:
      'לכל טכנולוגיה מפורט מי מספק אותה, לשם מה משתמשים בה, כמה זמן היא נשמרת והיכן היא מופיעה. טכנולוגיות שאינן חיוניות נשארות כבויות עד שמאשרים אותן.',

    technologiesTitle: 'הטכנולוגיות שבהן אנו משתמשים',
    technologiesIntro: 'אלה סוגי הטכנולוגיה שבהם אנו משתמשים:',
    technologiesTable: 'כמה טכנולוגיות מכל סוג משמשות בכל חלק של האתר',
    kindColumn: 'סוג',

    purposesTitle: 'לשם מה אנו משתמשים בהן',
    purposesIntro: 'כל טכנולוגיה משרתת מטרה אחת או יותר מהמטרות הבאות:',
    purposeEssential: 'מטרה חיונית: נדרשת לשירות שביקשת, ולכן אינה דורשת הסכמה.',
    purposeOptional: 'רק בהסכמתך.',

    categoriesTitle: 'קטגוריות',
    categoriesIntro: 'אנו מקבצים את הטכנולוגיות לקטגוריות. הטבלה שמתחת לכל קטגוריה מפרטת את כל הטכנולוגיות שבה.',
    categoryRequired:
      'פעיל תמיד. טכנולוגיות אלה נדרשות כדי לספק את השירות, ולכן הן אינן מבקשות הסכמה ואי אפשר לכבות אותן בהעדפות קובצי ה-Cookie.',
    categoryOptional:
      'כבוי עד שמאשרים קטגוריה זו בהעדפות קובצי ה-Cookie. אפשר למשוך את ההסכמה בכל עת, וזה קל בדיוק כמו לתת אותה.',
    categorySaleOrShare: 'טכנולוגיות בקטגוריה זו מוכרות או משתפות מידע אישי.',
    categoryEmpty: 'בקטגוריה זו אין כרגע טכנולוגיות.',
    categoryTable: '{category}: {count}',
    colTechnology: 'טכנולוגיה',
    colDescription: 'מה היא עושה',
    colProvider: 'ספק',
    colPurposes: 'מטרות',
    colDuration: 'משך',
    colSurfaces: 'היכן',
    colAttributes: 'מאפייני קובץ ה-Cookie',
    namedPattern: 'שמות התואמים את {pattern}',
    urlPattern: 'בקשות אל {url}',
    onHost: 'בדומיין {host}',
    scriptReadable: 'קריא לסקריפטים בדף',

    thirdTitle: 'ספקי צד שלישי',
    thirdIntro:
      'ספקים אלה מספקים חלק מהטכנולוגיות שפורטו לעיל. הם עשויים להגדיר או לקרוא קובצי Cookie ואחסון משלהם, בהתאם למדיניות הפרטיות שלהם.',
    thirdNone: 'איננו משתמשים בספקי צד שלישי.',
    thirdTable: 'ספקי צד שלישי והקישורים שלהם',
    colKind: 'סוג',
    colTechnologies: 'טכנולוגיות',
    colPrivacy: 'מדיניות פרטיות',
    colOptOut: 'ביטול הסכמה',
    privacyLink: 'מדיניות הפרטיות של {name}',
    optOutLink: 'ביטול הסכמה אצל {name}',
    noOptOut: 'לא מוצע',

    controlTitle: 'איך שולטים בקובצי Cookie',
    controlSiteTitle: 'באתר שלנו',
    controlSite:
      'בהעדפות קובצי ה-Cookie באתר שלנו אפשר לאשר או לדחות כל קטגוריה אופציונלית, ולמשוך הסכמה שניתנה. אנו שומרים את הבחירה שלך למשך {period}; לאחר מכן, או כשגרסה חדשה של מדיניות זו תדרוש שוב את הסכמתך, נשאל שוב.',
    surfacesShared: 'הבחירה שלך חלה על כל חלקי האתר הזה ({surfaces}): נשאל אותך פעם אחת, ושינוי בחלק אחד חל על כולם.',
    surfacesSeparate:
      'חלקי האתר הזה ({surfaces}) נמצאים בדומיינים שונים: כל חלק מבקש את הבחירה שלך בנפרד, ושינוי באחד מהם אינו חל על האחרים.',
    controlBrowserTitle: 'בדפדפן שלך',
    controlBrowser:
      'כל דפדפן מאפשר לחסום או למחוק קובצי Cookie ונתוני אתרים אחרים. מיקום ההגדרות האלה תלוי בדפדפן ובמכשיר.',
    controlBrowserEssential: 'חסימת טכנולוגיות חיוניות משביתה את מה שהן נחוצות לו:',
    controlFeatures: 'זה כולל: {features}.',
    featureAuthentication: 'התחברות באמצעות {name}',
    featurePayment: 'תשלום דרך {name}',
    featureIntegration: 'חיבור של {name}',
    featureHosting: 'גישה לאתר דרך {name}',
    featureOther: 'שימוש ב-{name}',
    controlProvidersTitle: 'כלים של ספקים',
    controlProviders: 'חלק מהספקים מציעים דרך משלהם לביטול הסכמה:',
    controlProvidersNone:
      'אף אחד מהספקים שלנו אינו מציע כלי משלו לביטול הסכמה; במקום זאת אפשר להשתמש בהעדפות קובצי ה-Cookie או בדפדפן.',
    controlIntegrationsTitle: 'שילובים מחוברים',
    controlIntegrations:
      'ניתוק השילובים הבאים מסביבת העבודה מפסיק מאותו רגע את משיכת הנתונים מהם: {names}. רשומות שיובאו לפני הניתוק עשויות להישאר ב-{site}; הניתוק אינו מוחק אותן.',

    signalsTitle: 'Do Not Track ו-Global Privacy Control',
    signalsIntro:
      'Do Not Track (DNT) ו-Global Privacy Control (GPC) הם אותות שהדפדפן שלך יכול לשלוח כדי להביע התנגדות למעקב או למכירה או לשיתוף של המידע האישי שלך.',
    signalsNoSaleShare: 'איננו מוכרים מידע אישי, ואיננו משתפים אותו לצורך פרסום התנהגותי חוצה הקשרים.',
    signalsSells: 'אנו מוכרים מידע אישי.',
    signalsShares: 'אנו משתפים מידע אישי לצורך פרסום התנהגותי חוצה הקשרים.',
    signalsCategories: 'הדבר נעשה באמצעות הקטגוריות הבאות: {categories}.',
    signalRecordNothing:
      'כשהדפדפן שלך שולח {signal}, אנו רושמים זאת יחד עם בחירת ההסכמה שלך. מכיוון שאיננו מוכרים או משתפים מידע אישי, אין דבר נוסף שהאות יכול לכבות.',
    signalRecordSaleShare:
      'כשהדפדפן שלך שולח {signal}, אנו רק רושמים זאת יחד עם בחירת ההסכמה שלך. הדבר אינו עוצר את המכירה או השיתוף שתוארו לעיל; כדי לעצור אותם, יש לדחות את הקטגוריות האלה בהעדפות קובצי ה-Cookie.',
    signalHonorCategories:
      'כשהדפדפן שלך שולח {signal}, אנו מתייחסים לכך כביטול הסכמה ורושמים את האות יחד עם בחירת ההסכמה שלך. הקטגוריות הבאות נשארות אז כבויות עבורך, בלי קשר למה שנבחר קודם: {categories}.',
    signalHonorNothing:
      'כשהדפדפן שלך שולח {signal}, אנו מתייחסים לכך כביטול הסכמה ורושמים את האות יחד עם בחירת ההסכמה שלך. אף קטגוריה שלנו אינה מוכרת או משתפת מידע אישי, ולכן כיום האות אינו מכבה שום דבר נוסף.',
    signalsChange:
      'אם הנהלים שלנו ישתנו באופן שיחייב טיפול באותות של ביטול הסכמה, נעדכן מדיניות זו ונכבד אותות הנדרשים על פי דין במקומות שבהם הדבר נדרש.',
    gpcName: 'Global Privacy Control',
    dntName: 'Do Not Track',

    regionsTitle: 'הבחירות שלך לפי מיקום',
    regionsIntro:
      'מה יכול לפעול לפני שבוחרים, ואיך מבטלים הסכמה, תלוי באזור שממנו מבקרים באתר. אנו מזהים את האזור לפי הרשת שמספקת את האתר, ולא לפי מאגר מיקומים.',
    regionsDefault: 'כל שאר האזורים',
    regionsUnknown: 'כשאיננו יכולים לזהות את האזור שלך',
    regionOptIn:
      '{regions}: שום דבר שאינו חיוני אינו בשימוש לפני שבוחרים. כל קטגוריה מאושרת או נדחית בהעדפות קובצי ה-Cookie, ואפשר למשוך את ההסכמה בכל עת.',
    regionOptOut:
      '{regions}: קטגוריות אופציונליות עשויות לפעול עד לביטול ההסכמה. לביטול ההסכמה יש להשתמש באפשרות "{optOut}" בהעדפות קובצי ה-Cookie או לכבות שם קטגוריה.',
    regionOptOutSignal:
      'אות Global Privacy Control מהדפדפן שלך מכובד שם כביטול הסכמה, מוצג כהודעה "{honored}" ונרשם יחד עם הבחירה שלך. ביטול ההסכמה חל על: {categories}.',
    regionNotice:
      '{regions}: אנו מיידעים על הטכנולוגיות שבהן אנו משתמשים; קטגוריות אופציונליות עשויות לפעול בלי לשאול. אפשר לכבות אותן בהעדפות קובצי ה-Cookie.',
    changeRegime: 'שינוי במה שחל לפני בחירה באזורים: {regions}',

    updatesTitle: 'שינויים במדיניות זו',
    updatesCurrent: 'זוהי גרסה {version}, בתוקף מ-{date}.',
    updatesSummary: 'מה חדש בגרסה זו: {summary}',
    updatesHow:
      'כשהטכנולוגיות שבהן אנו משתמשים משתנות, אנו מפרסמים בדף זה גרסה חדשה עם תאריך תחילה חדש. כששינוי דורש שוב את הסכמתך, למשל טכנולוגיה אופציונלית חדשה או משך ארוך יותר, נשאל שוב בביקור הבא.',
    historyTable: 'היסטוריית גרסאות, מהחדשה לישנה',
    colVersion: 'גרסה',
    colEffective: 'תאריך תחילה',
    colSummary: 'תקציר',
    colChanges: 'מה השתנה',
    colAskedAgain: 'המבקרים נשאלו שוב',
    historyFirst: 'הגרסה הראשונה המתועדת.',
    historyNoDetails: 'פרטי גרסה זו לא פורסמו.',
    historyNoChanges: 'אין שינוי בטכנולוגיות המוצהרות.',
    askedAgainYes: 'כן',
    askedAgainNo: 'לא, בחירות קודמות נשארו בתוקף',

    changeTechAdded: 'נוסף: {kind} {name} ({category})',
    changeTechRemoved: 'הוסר: {kind} {name}',
    changeTechCategory: '{name}: הקטגוריה כעת {after} (קודם {before})',
    changeTechDuration: '{name}: המשך כעת {after} (קודם {before})',
    changeTechPurposes: '{name}: המטרות כעת: {purposes}',
    changeTechProvider: '{name}: הספק כעת: {provider}',
    changeTechSurfaces: '{name}: מיקומי השימוש כעת: {surfaces}',
    changeTechDetails: 'עודכנו התיאור או הפרטים של {name}',
    changePurposeAdded: 'מטרה חדשה: {title}',
    changePurposeRemoved: 'מטרה שהוסרה: {title}',
    changePurposeEssential: 'המטרה "{title}" חיונית כעת',
    changePurposeNotEssential: 'המטרה "{title}" אינה חיונית עוד',
    changePurposeReworded: 'נוסח המטרה "{title}" שונה',
    changeCategoryAdded: 'קטגוריה חדשה: {title}',
    changeCategoryRemoved: 'קטגוריה שהוסרה: {title}',
    changeCategoryTreatment: 'הטיפול בקטגוריה "{title}" השתנה (פעילה תמיד, או מכירה או שיתוף)',
    changeCategoryReworded: 'נוסח הקטגוריה "{title}" שונה',
    changeProviderAdded: 'ספק חדש: {name}',
    changeProviderRemoved: 'ספק שהוסר: {name}',
    changeProviderChanged: 'עודכנו פרטי הספק {name}',
    changeSurfaceAdded: 'חלק חדש באתר: {title}',
    changeSurfaceRemoved: 'חלק שהוסר מהאתר: {title}',
    changeSignalHonor: '{signal} מכובד כעת כביטול הסכמה',
    changeSignalRecord: '{signal} נרשם כעת בלבד',
    changeSellsOn: 'אנו מוכרים כעת מידע אישי',
    changeSellsOff: 'איננו מוכרים עוד מידע אישי',
    changeSharesOn: 'אנו משתפים כעת מידע אישי לצורך פרסום התנהגותי חוצה הקשרים',
    changeSharesOff: 'איננו משתפים עוד מידע אישי לצורך פרסום התנהגותי חוצה הקשרים',
    changePolicyLink: 'כתובת מדיניות זו עודכנה',
    changePrivacyLink: 'הקישור למדיניות הפרטיות עודכן',
    changeContact: 'פרטי הקשר עודכנו',
    changeLifetime: 'הבחירות נשמרות כעת למשך {period}',
    changeConsentMode: 'אותות Google Consent Mode שנשלחים עבור {title} שונו',

    faqTitle: 'שאלות ותשובות',
    faqBlocked: 'האם אפשר להשתמש ב-{site} כשקובצי Cookie חסומים?',
    faqBlockedAnswer:
      'ייתכן שחלק מהדפים ימשיכו להיטען, אבל אם קובצי Cookie חיוניים או אחסון הדפדפן חסומים, ייתכן שהדברים הבאים לא יפעלו: {features}.',
    faqBlockedSurface: 'תכונות בחלק "{surface}"',
    faqBlockedNone: 'כן. איננו משתמשים בטכנולוגיות חיוניות, ולכן חסימת קובצי Cookie ואחסון הדפדפן אינה גורעת דבר.',
    faqAnalytics: 'האם בחלק "{surface}" נעשה שימוש בניתוח נתונים?',
    faqAnalyticsYesConsent: 'כן, אבל רק לאחר אישור של: {categories}. עד אז אף אחד מהפריטים הבאים אינו נטען או נשמר:',
    faqAnalyticsYesAlways: 'כן. טכנולוגיות ניתוח הנתונים הבאות פעילות תמיד:',
    faqAnalyticsNo: 'לא. איננו משתמשים בשום טכנולוגיית ניתוח נתונים בחלק "{surface}".',
    faqAnalyticsItem: '{name} ({kind}, {provider})',
    faqSeparate: 'האם זה נפרד ממדיניות הפרטיות?',
    faqSeparateAnswer:
      'כן. מדיניות קובצי Cookie זו מסבירה בפירוט את הטכנולוגיות בדפדפן שלך. היא משלימה את {privacy} שלנו, העוסקת באופן כללי בטיפול שלנו במידע אישי.',
    privacyPolicy: 'מדיניות הפרטיות',

    contactTitle: 'יצירת קשר',
    contactIntro: 'לשאלות על מדיניות זו או על הבחירות שלך, אפשר לפנות אל {name}:',
    contactIntroNoName: 'לשאלות על מדיניות זו או על הבחירות שלך, אפשר לפנות אלינו:',
    contactEmail: 'דוא״ל: {email}',
    contactWeb: 'אתר: {url}',
    contactAddress: 'כתובת: {address}',
    contactPrivacy: '{privacy} שלנו מסבירה כיצד אנו מטפלים במידע אישי.',

    footerVersion: '{site} · מדיניות קובצי Cookie, גרסה {version}, בתוקף מ-{date}',
    footerGenerated: 'נוצר על ידי Cookieproof מתוך ההצהרה {fingerprint}.',
  },
  kinds: {
    cookie: {
      one: 'קובץ Cookie',
      many: 'קובצי Cookie',
      explain: 'פיסות טקסט קטנות שאתר מבקש מהדפדפן לשמור ולשלוח בחזרה בבקשות מאוחרות יותר, כדי לזהות הפעלה או בחירה.',
    },
    localStorage: {
      one: 'רשומה באחסון המקומי',
      many: 'אחסון מקומי',
      explain: 'אחסון בדפדפן שבו אתר שומר נתונים במכשיר עד שהאתר או המשתמש מוחקים אותם.',
    },
    sessionStorage: {
      one: 'רשומה באחסון ההפעלה',
      many: 'אחסון הפעלה',
      explain: 'כמו אחסון מקומי, אבל מתרוקן כשסוגרים את הכרטיסייה או החלון.',
    },
    pixel: {
      one: 'פיקסל',
      many: 'פיקסלים',
      explain: 'בקשות (נקראות גם משואות או beacons) שדף שולח לשירות מדידה כדי לדווח על ביקור, אירוע או מדידה.',
    },
    script: {
      one: 'סקריפט',
      many: 'סקריפטים',
      explain: 'קוד שדף טוען, לרוב מספק בתור "תג" (tag), למשל כדי למדוד ביקורים.',
    },
    iframe: {
      one: 'מסגרת מוטמעת',
      many: 'מסגרות מוטמעות',
      explain: 'דף של אתר אחר שמוצג בתוך הדף שלנו ויכול להשתמש בטכנולוגיות משלו.',
    },
  },
  providerKinds: {
    authentication: 'אימות',
    analytics: 'ניתוח נתונים',
    hosting: 'אחסון אתרים',
    payment: 'תשלום',
    integration: 'שילוב',
    advertising: 'פרסום',
  },
  months: 'ינואר פברואר מרץ אפריל מאי יוני יולי אוגוסט ספטמבר אוקטובר נובמבר דצמבר'.split(' '),
  date: '{day} ב{month} {year}',
  // Hebrew counts: one stands alone ("יום אחד"), two has its dual ("יומיים") or "שתי", the rest take the plural.
  counted: {
    technology: { one: 'טכנולוגיה אחת', two: 'שתי טכנולוגיות', other: '{n} טכנולוגיות' },
    year: { one: 'שנה אחת', two: 'שנתיים', other: '{n} שנים' },
    month: { one: 'חודש אחד', two: 'חודשיים', other: '{n} חודשים' },
    week: { one: 'שבוע אחד', two: 'שבועיים', other: '{n} שבועות' },
    day: { one: 'יום אחד', two: 'יומיים', other: '{n} ימים' },
    hour: { one: 'שעה אחת', two: 'שעתיים', other: '{n} שעות' },
    minute: { one: 'דקה אחת', two: 'שתי דקות', other: '{n} דקות' },
    second: { one: 'שנייה אחת', two: 'שתי שניות', other: '{n} שניות' },
  },
};
export default pack;
