/** What `cookieproof init` writes: a small, valid declaration with comments that explain each part. */
export const STARTER_DECLARATION = `# yaml-language-server: $schema=https://cookieproof.dev/schema/declaration-v1.json
# The declaration: every cookie, storage key, pixel and tag your site uses. The policy page, the consent
# banner, the consent server and the scanner all read this one file. Check it with \`cookieproof validate\`.
cookieproof: 1

site:
  name: Example Shop
  defaultLocale: en
  # A surface is a part of the site with its own technologies (a public site, a signed-in app, ...).
  surfaces:
    web:
      title: Website
      origins: ["https://www.example.com"]

policy:
  version: "1"                     # label shown to visitors; change it with every published change
  effectiveDate: "2026-01-01"
  url: https://www.example.com/cookie-policy
  privacyPolicyUrl: https://www.example.com/privacy
  contact: { email: privacy@example.com }
  # record: the signal is recorded in consent receipts and shown, nothing else changes.
  # honor: categories marked saleOrShare are switched off for visitors who send the signal.
  signals: { gpc: record, dnt: record }
  sellsPersonalInformation: false
  sharesPersonalInformation: false
  consentLifetimeDays: 182         # ask again after 6 months (at most 395 days)

# Why things are stored. Only purposes marked essential may be used by essential technologies.
purposes:
  service:
    title: Running the site
    description: Keeping the site working, such as remembering your cookie choice.
    essential: true
  analytics:
    title: Analytics
    description: Counting visits to understand how the site is used.

# What visitors choose. The required category is always on and needs no consent.
categories:
  essential:
    title: Essential
    description: Needed for the site to work. Always on.
    required: true
  analytics:
    title: Analytics
    description: Helps us understand how the site is used.

# Who sets them. Exactly one first party; every third party needs a kind and a privacy link.
providers:
  us:
    name: Example Shop
    party: first
  google-analytics:
    name: Google Analytics
    party: third
    kind: analytics
    privacyPolicyUrl: https://policies.google.com/privacy
    optOutUrl: https://tools.google.com/dlpage/gaoptout

# Each technology: kind, an exact name / pattern / URL pattern, category, purposes, provider, surfaces,
# duration (cookies at most 400 days) and, for cookies, the attributes the scanner should see.
technologies:
  consent-state:
    kind: cookie
    name: cookieproof_consent
    category: essential
    purposes: [service]
    surfaces: [web]
    duration: 182 days
    description: Remembers your cookie choices.
    attributes: { sameSite: lax }
  ga-tag:
    kind: script
    url: https://www.googletagmanager.com/gtag/js*
    provider: google-analytics
    category: analytics
    purposes: [analytics]
    surfaces: [web]
    description: Google Analytics tag, loaded only after consent.
  ga-client:
    kind: cookie
    name: _ga
    provider: google-analytics
    category: analytics
    purposes: [analytics]
    surfaces: [web]
    duration: 13 months
    description: Distinguishes visitors.

# Google Consent Mode v2: which consent types each category grants.
consentMode:
  mapping:
    essential: [security_storage]
    analytics: [analytics_storage]

# Earlier versions, newest first; give \`file\` to keep the old declaration for diffs and proof.
history: []
`;
