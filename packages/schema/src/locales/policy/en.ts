import type { PolicyPack } from '../policy-pack.ts';

// The policy page in English. The page's sentences are our own wording; `{name}` placeholders are filled with
// declaration data, and {optOut} and {honored} with the banner's own labels, so the page names what the banner shows.

export const messages = {
  title: 'Cookie Policy',
  skip: 'Skip to the policy',
  contents: 'On this page',
  metaLine: 'Version {version} · effective {date}',
  listComma: ', ',
  listAnd: ' and ',
  none: 'None',
  notApplicable: 'Not applicable',
  notDeclared: 'Not declared',
  yes: 'Yes',
  no: 'No',
  durationSession: 'Until you close the browser',
  durationPersistent: 'Until you clear it',
  term: '{term}: {text}',
  languages: 'Languages',

  aboutTitle: 'About this policy',
  aboutIntro: 'This policy explains how {site} uses {kinds} on {surfaces}.',
  aboutSimilar: 'similar technologies',
  analyticsTags: 'analytics tags',
  aboutSurface: 'the {title} ({origin})',
  aboutDetail:
    'For each technology it says who provides it, why it is used, how long it is kept and where it appears. Technologies that are not essential stay off until you allow them.',

  technologiesTitle: 'Technologies we use',
  technologiesIntro: 'These are the kinds of technology we use:',
  technologiesTable: 'How many technologies of each kind each part of the site uses',
  kindColumn: 'Kind',

  purposesTitle: 'Why we use them',
  purposesIntro: 'Every technology serves one or more of these purposes:',
  purposeEssential: 'Essential: needed for a service you asked for, so it needs no consent.',
  purposeOptional: 'Used only with your consent.',

  categoriesTitle: 'Categories',
  categoriesIntro:
    'We group the technologies into categories. The table under each category lists every technology in it.',
  categoryRequired:
    'Always on. These technologies are needed to provide the service, so they do not ask for consent and cannot be switched off in the cookie settings.',
  categoryOptional:
    'Off until you allow this category in the cookie settings. You can withdraw your consent at any time, and it is as easy as giving it.',
  categorySaleOrShare: 'Technologies in this category sell or share personal information.',
  categoryEmpty: 'This category currently has no technologies.',
  categoryTable: '{category}: {count}',
  colTechnology: 'Technology',
  colDescription: 'What it does',
  colProvider: 'Provider',
  colPurposes: 'Purposes',
  colDuration: 'Duration',
  colSurfaces: 'Where',
  colAttributes: 'Cookie attributes',
  namedPattern: 'names matching {pattern}',
  urlPattern: 'requests to {url}',
  onHost: 'on {host}',
  scriptReadable: 'readable by page scripts',

  thirdTitle: 'Third-party providers',
  thirdIntro:
    'These providers supply some of the technologies listed above. They may set or read their own cookies and storage, under their own privacy policies.',
  thirdNone: 'We do not use any third-party provider.',
  thirdTable: 'Third-party providers and their links',
  colKind: 'Type',
  colTechnologies: 'Technologies',
  colPrivacy: 'Privacy policy',
  colOptOut: 'Opt-out',
  privacyLink: '{name} privacy policy',
  optOutLink: '{name} opt-out',
  noOptOut: 'None offered',

  controlTitle: 'How to control cookies',
  controlSiteTitle: 'On our site',
  controlSite:
    'In the cookie settings on our site you can allow or refuse each optional category, and withdraw consent you gave. We keep your choice for {period}; after that, or when a new version of this policy needs your consent again, we ask you again.',
  surfacesShared:
    'Your choice holds on every part of this site ({surfaces}): you are asked once, and a change on one part applies on all of them.',
  surfacesSeparate:
    'The parts of this site ({surfaces}) are on different domains: each asks for your choice on its own, and a change on one does not apply to the others.',
  controlBrowserTitle: 'In your browser',
  controlBrowser:
    'Every browser lets you block or delete cookies and other site data. Where these settings are depends on your browser and device.',
  controlBrowserEssential: 'If you block essential technologies, what they are needed for stops working:',
  controlFeatures: 'This includes {features}.',
  featureAuthentication: 'signing in with {name}',
  featurePayment: 'paying through {name}',
  featureIntegration: 'connecting {name}',
  featureHosting: 'reaching the site through {name}',
  featureOther: 'using {name}',
  controlProvidersTitle: 'Tools from providers',
  controlProviders: 'Some providers offer their own way to opt out:',
  controlProvidersNone:
    'None of our providers offers an opt-out tool of its own; use the cookie settings or your browser instead.',
  controlIntegrationsTitle: 'Connected integrations',
  controlIntegrations:
    'If you disconnect {names} from your workspace, we stop pulling data from it from then on. Records imported before you disconnected may remain in {site}; disconnecting does not delete them.',

  signalsTitle: 'Do Not Track and Global Privacy Control',
  signalsIntro:
    'Do Not Track (DNT) and Global Privacy Control (GPC) are signals your browser can send to say that you do not want to be tracked or to have your personal information sold or shared.',
  signalsNoSaleShare:
    'We do not sell personal information, and we do not share it for cross-context behavioural advertising.',
  signalsSells: 'We sell personal information.',
  signalsShares: 'We share personal information for cross-context behavioural advertising.',
  signalsCategories: 'This happens through these categories: {categories}.',
  signalRecordNothing:
    'When your browser sends {signal}, we record that it did together with your consent choice. Because we neither sell nor share personal information, there is nothing further for the signal to switch off.',
  signalRecordSaleShare:
    'When your browser sends {signal}, we only record that it did together with your consent choice. It does not stop the selling or sharing described above; to stop it, refuse those categories in the cookie settings.',
  signalHonorCategories:
    'When your browser sends {signal}, we treat it as an opt-out: {categories} stay off for you, whatever was chosen before, and we record the signal with your consent choice.',
  signalHonorNothing:
    'When your browser sends {signal}, we treat it as an opt-out and record it with your consent choice. No category of ours sells or shares personal information, so today the signal switches nothing else off.',
  signalsChange:
    'If our practices change in a way that requires opt-out signal handling, we will update this policy and honor legally required signals where required.',
  gpcName: 'Global Privacy Control',
  dntName: 'Do Not Track',

  regionsTitle: 'Your choices where you are',
  regionsIntro:
    'What may be on before you choose, and how you opt out, depends on the region you visit from. We learn the region from the network that delivers the site, not from a location database.',
  regionsDefault: 'All other regions',
  regionsUnknown: 'Where we cannot tell your region',
  regionOptIn:
    '{regions}: nothing that is not essential is used before you choose. You allow or refuse each category in the cookie settings, and can withdraw at any time.',
  regionOptOut:
    '{regions}: optional categories may be on until you opt out. To opt out, use "{optOut}" in the cookie settings or switch a category off there.',
  regionOptOutSignal:
    'A Global Privacy Control signal from your browser is honored there as an opt-out of {categories}, shown as "{honored}" and recorded with your choice.',
  regionNotice:
    '{regions}: we inform you about the technologies we use; optional categories may be on without asking. You can switch them off in the cookie settings.',
  changeRegime: 'Changed what applies before a choice in {regions}',

  updatesTitle: 'Changes to this policy',
  updatesCurrent: 'This is version {version}, effective {date}.',
  updatesSummary: 'What is new in this version: {summary}',
  updatesHow:
    'When the technologies we use change, we publish a new version on this page with a new effective date. When a change needs your consent again, for example a new optional technology or a longer duration, we ask you again on your next visit.',
  historyTable: 'Version history, newest first',
  colVersion: 'Version',
  colEffective: 'Effective',
  colSummary: 'Summary',
  colChanges: 'What changed',
  colAskedAgain: 'Visitors asked again',
  historyFirst: 'First version on record.',
  historyNoDetails: 'Details of this version are not published.',
  historyNoChanges: 'No change to the declared technologies.',
  askedAgainYes: 'Yes',
  askedAgainNo: 'No, earlier choices stayed valid',

  changeTechAdded: 'Added {kind} {name} ({category})',
  changeTechRemoved: 'Removed {kind} {name}',
  changeTechCategory: '{name} moved from {before} to {after}',
  changeTechDuration: '{name} now lasts {after} (was {before})',
  changeTechPurposes: '{name} is now used for {purposes}',
  changeTechProvider: '{name} is now provided by {provider}',
  changeTechSurfaces: '{name} is now used on {surfaces}',
  changeTechDetails: 'Description or details of {name} updated',
  changePurposeAdded: 'New purpose: {title}',
  changePurposeRemoved: 'Purpose removed: {title}',
  changePurposeEssential: 'Purpose {title} is now essential',
  changePurposeNotEssential: 'Purpose {title} is no longer essential',
  changePurposeReworded: 'Purpose {title} reworded',
  changeCategoryAdded: 'New category: {title}',
  changeCategoryRemoved: 'Category removed: {title}',
  changeCategoryTreatment: 'Category {title} is now treated differently (always on, or selling or sharing)',
  changeCategoryReworded: 'Category {title} reworded',
  changeProviderAdded: 'New provider: {name}',
  changeProviderRemoved: 'Provider removed: {name}',
  changeProviderChanged: 'Details of provider {name} updated',
  changeSurfaceAdded: 'New part of the site: {title}',
  changeSurfaceRemoved: 'Part of the site removed: {title}',
  changeSignalHonor: '{signal} is now honored as an opt-out',
  changeSignalRecord: '{signal} is now only recorded',
  changeSellsOn: 'We now sell personal information',
  changeSellsOff: 'We no longer sell personal information',
  changeSharesOn: 'We now share personal information for cross-context behavioural advertising',
  changeSharesOff: 'We no longer share personal information for cross-context behavioural advertising',
  changePolicyLink: 'Updated the address of this policy',
  changePrivacyLink: 'Updated the privacy policy link',
  changeContact: 'Updated the contact details',
  changeLifetime: 'Choices are now kept for {period}',
  changeConsentMode: 'Changed the Google Consent Mode signals sent for {title}',

  faqTitle: 'Questions and answers',
  faqBlocked: 'Can I use {site} with cookies blocked?',
  faqBlockedAnswer:
    'Some pages may still load, but {features} may not work if essential cookies or browser storage are blocked.',
  faqBlockedSurface: 'features of the {surface}',
  faqBlockedNone: 'Yes. We use no essential technologies, so blocking cookies and browser storage takes nothing away.',
  faqAnalytics: 'Does the {surface} use analytics?',
  faqAnalyticsYesConsent: 'Yes, but only after you allow {categories}. Until then none of these is loaded or stored:',
  faqAnalyticsYesAlways: 'Yes. These analytics technologies are always on:',
  faqAnalyticsNo: 'No. We use no analytics technology on the {surface}.',
  faqAnalyticsItem: '{name} ({kind}, {provider})',
  faqSeparate: 'Is this separate from the privacy policy?',
  faqSeparateAnswer:
    'Yes. This cookie policy explains the technologies in your browser in detail. It adds to our {privacy}, which covers how we handle personal information in general.',
  privacyPolicy: 'privacy policy',

  contactTitle: 'Contact',
  contactIntro: 'For questions about this policy or your choices, contact {name}:',
  contactIntroNoName: 'For questions about this policy or your choices, contact us:',
  contactEmail: 'Email: {email}',
  contactWeb: 'Web: {url}',
  contactAddress: 'Address: {address}',
  contactPrivacy: 'Our {privacy} explains how we handle personal information.',

  footerVersion: '{site} · Cookie policy version {version}, effective {date}',
  footerGenerated: 'Generated by Cookieproof from declaration {fingerprint}.',
};

const pack: PolicyPack = {
  tag: 'en',
  messages,
  kinds: {
    cookie: {
      one: 'cookie',
      many: 'cookies',
      explain:
        'small pieces of text a site asks your browser to keep and send back with later requests, so it can recognise a session or a choice.',
    },
    localStorage: {
      one: 'local storage entry',
      many: 'local storage',
      explain: 'a store in your browser where a site keeps data on your device until it or you delete it.',
    },
    sessionStorage: {
      one: 'session storage entry',
      many: 'session storage',
      explain: 'like local storage, but emptied when you close the tab or window.',
    },
    pixel: {
      one: 'pixel',
      many: 'pixels',
      explain:
        'requests (also called beacons) a page sends to a measuring service to report a visit, an event or a measurement.',
    },
    script: {
      one: 'script',
      many: 'scripts',
      explain: 'code a page loads, often from a provider as a "tag", for example to measure visits.',
    },
    iframe: {
      one: 'embedded frame',
      many: 'embedded frames',
      explain: "another site's page shown inside ours, which can use its own technologies.",
    },
  },
  providerKinds: {
    authentication: 'Authentication',
    analytics: 'Analytics',
    hosting: 'Hosting',
    payment: 'Payment',
    integration: 'Integration',
    advertising: 'Advertising',
  },
  months: 'January February March April May June July August September October November December'.split(' '),
  date: '{day} {month} {year}',
  counted: {
    technology: { one: '{n} technology', other: '{n} technologies' },
    year: { one: '{n} year', other: '{n} years' },
    month: { one: '{n} month', other: '{n} months' },
    week: { one: '{n} week', other: '{n} weeks' },
    day: { one: '{n} day', other: '{n} days' },
    hour: { one: '{n} hour', other: '{n} hours' },
    minute: { one: '{n} minute', other: '{n} minutes' },
    second: { one: '{n} second', other: '{n} seconds' },
  },
};
export default pack;
