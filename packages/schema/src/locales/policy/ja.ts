import type { PolicyPack } from '../policy-pack.ts';

// Japanese, in the polite style, with the terms of the Act on the Protection of Personal Information (個人情報,
// 同意) and the banner's "オプトアウト". Full-width punctuation; Japanese has a single plural form.

const pack: PolicyPack = {
  tag: 'ja',
  messages: {
    title: 'Cookieポリシー',
    skip: 'ポリシーへ移動',
    contents: 'このページの内容',
    metaLine: 'バージョン{version} · {date}施行',
    listComma: '、',
    listAnd: 'および',
    none: 'なし',
    notApplicable: '該当なし',
    notDeclared: '記載なし',
    yes: 'はい',
    no: 'いいえ',
    durationSession: 'ブラウザーを閉じるまで',
    durationPersistent: '削除されるまで',
    term: '{term}：{text}',
    languages: '言語',

    aboutTitle: 'このポリシーについて',
    aboutIntro: 'このポリシーでは、{site}が{surfaces}で{kinds}をどのように使用しているかを説明します。',
    aboutSimilar: '類似の技術',
    analyticsTags: 'アナリティクスタグ',
    aboutSurface: '「{title}」（{origin}）',
    aboutDetail:
      '各技術について、提供者、使用目的、保存期間、使用される場所を記載しています。必須ではない技術は、お客様が許可するまで無効のままです。',

    technologiesTitle: '使用している技術',
    technologiesIntro: '当社が使用している技術の種類は次のとおりです。',
    technologiesTable: 'サイトの各部分で使用している種類別の技術の数',
    kindColumn: '種類',

    purposesTitle: '使用目的',
    purposesIntro: '各技術は、次の目的の1つ以上のために使用されます。',
    purposeEssential: '必須：お客様が求めたサービスに必要なため、同意は不要です。',
    purposeOptional: 'お客様の同意がある場合にのみ使用します。',

    categoriesTitle: 'カテゴリー',
    categoriesIntro:
      '技術はカテゴリーに分類しています。各カテゴリーの下の表に、そのカテゴリーのすべての技術を記載しています。',
    categoryRequired:
      '常に有効。これらの技術はサービスの提供に必要なため、同意を求めず、Cookieの設定で無効にすることもできません。',
    categoryOptional:
      'Cookieの設定でこのカテゴリーを許可するまで無効です。同意はいつでも撤回でき、撤回は同意と同じくらい簡単に行えます。',
    categorySaleOrShare: 'このカテゴリーの技術は、個人情報を販売または共有します。',
    categoryEmpty: 'このカテゴリーには現在、技術はありません。',
    categoryTable: '{category}：{count}',
    colTechnology: '技術',
    colDescription: '内容',
    colProvider: '提供者',
    colPurposes: '目的',
    colDuration: '保存期間',
    colSurfaces: '使用場所',
    colAttributes: 'Cookieの属性',
    namedPattern: '{pattern}に一致する名前',
    urlPattern: '{url}へのリクエスト',
    onHost: '{host}上',
    scriptReadable: 'ページのスクリプトから読み取り可能',

    thirdTitle: 'サードパーティの提供者',
    thirdIntro:
      'これらの提供者は、上記の技術の一部を提供しています。提供者は、それぞれのプライバシーポリシーに基づき、独自のCookieやストレージを設定または読み取ることがあります。',
    thirdNone: 'サードパーティの提供者は使用していません。',
    thirdTable: 'サードパーティの提供者とそのリンク',
    colKind: '種類',
    colTechnologies: '技術',
    colPrivacy: 'プライバシーポリシー',
    colOptOut: 'オプトアウト',
    privacyLink: '{name}のプライバシーポリシー',
    optOutLink: '{name}のオプトアウト',
    noOptOut: '提供なし',

    controlTitle: 'Cookieの管理方法',
    controlSiteTitle: '当サイトで',
    controlSite:
      '当サイトのCookieの設定では、任意の各カテゴリーを許可または拒否し、すでに行った同意を撤回できます。お客様の選択は{period}保存します。その後、またはこのポリシーの新しいバージョンで改めて同意が必要になった場合は、もう一度お尋ねします。',
    surfacesShared:
      'お客様の選択は、このサイトのすべての部分（{surfaces}）に適用されます。確認は一度だけで、ある部分での変更はすべての部分に適用されます。',
    surfacesSeparate:
      'このサイトの各部分（{surfaces}）は異なるドメインにあります。それぞれが個別にお客様の選択を確認し、ある部分での変更は他の部分には適用されません。',
    controlBrowserTitle: 'ブラウザーで',
    controlBrowser:
      'どのブラウザーでも、Cookieやその他のサイトデータをブロックまたは削除できます。設定の場所は、ブラウザーとデバイスによって異なります。',
    controlBrowserEssential: '必須の技術をブロックすると、それらを必要とする次の用途が機能しなくなります。',
    controlFeatures: 'これには{features}が含まれます。',
    featureAuthentication: '{name}でのログイン',
    featurePayment: '{name}による支払い',
    featureIntegration: '{name}の連携',
    featureHosting: '{name}経由でのサイトへのアクセス',
    featureOther: '{name}の利用',
    controlProvidersTitle: '提供者のツール',
    controlProviders: '一部の提供者は、独自のオプトアウト方法を提供しています。',
    controlProvidersNone:
      '独自のオプトアウトツールを提供している提供者はありません。代わりに、Cookieの設定またはブラウザーをご利用ください。',
    controlIntegrationsTitle: '連携中のインテグレーション',
    controlIntegrations:
      'ワークスペースから{names}の連携を解除すると、それ以降はそこからデータを取得しません。解除前にインポートされたレコードは{site}に残る場合があります。連携を解除しても、それらは削除されません。',

    signalsTitle: 'Do Not TrackとGlobal Privacy Control',
    signalsIntro:
      'Do Not Track（DNT）とGlobal Privacy Control（GPC）は、追跡されたくないこと、または個人情報を販売・共有されたくないことを伝えるために、ブラウザーが送信できる信号です。',
    signalsNoSaleShare: '当社は個人情報を販売せず、クロスコンテキスト行動広告のために共有することもありません。',
    signalsSells: '当社は個人情報を販売しています。',
    signalsShares: '当社は、クロスコンテキスト行動広告のために個人情報を共有しています。',
    signalsCategories: 'これは次のカテゴリーを通じて行われます：{categories}。',
    signalRecordNothing:
      'ブラウザーが{signal}を送信した場合、その事実をお客様の同意の選択とともに記録します。当社は個人情報を販売も共有もしていないため、この信号によってほかに無効にするものはありません。',
    signalRecordSaleShare:
      'ブラウザーが{signal}を送信した場合、その事実をお客様の同意の選択とともに記録するだけです。上記の販売や共有は停止されません。停止するには、Cookieの設定でそれらのカテゴリーを拒否してください。',
    signalHonorCategories:
      'ブラウザーが{signal}を送信した場合、それをオプトアウトとして扱います。以前の選択にかかわらず{categories}は無効のままとなり、信号はお客様の同意の選択とともに記録されます。',
    signalHonorNothing:
      'ブラウザーが{signal}を送信した場合、それをオプトアウトとして扱い、お客様の同意の選択とともに記録します。個人情報を販売または共有するカテゴリーはないため、現時点ではこの信号によってほかに無効になるものはありません。',
    signalsChange:
      'オプトアウト信号への対応が必要となる形で当社の取り扱いが変わった場合は、このポリシーを更新し、法律で義務付けられる場合には、法律上必要な信号を尊重します。',
    gpcName: 'Global Privacy Control',
    dntName: 'Do Not Track',

    regionsTitle: 'お住まいの地域での選択',
    regionsIntro:
      '選択する前に何が有効になりうるか、またどのようにオプトアウトできるかは、アクセス元の地域によって異なります。地域は、位置情報データベースではなく、サイトを配信するネットワークから取得します。',
    regionsDefault: 'その他のすべての地域',
    regionsUnknown: '地域を判別できない場合',
    regionOptIn:
      '{regions}：選択する前に、必須ではないものは一切使用しません。各カテゴリーはCookieの設定で許可または拒否でき、同意はいつでも撤回できます。',
    regionOptOut:
      '{regions}：任意のカテゴリーは、オプトアウトするまで有効な場合があります。オプトアウトするには、Cookieの設定で「{optOut}」を使用するか、そこでカテゴリーを無効にしてください。',
    regionOptOutSignal:
      'ブラウザーからのGlobal Privacy Control信号は、その地域では{categories}のオプトアウトとして尊重され、「{honored}」と表示されて、お客様の選択とともに記録されます。',
    regionNotice:
      '{regions}：使用している技術についてお知らせします。任意のカテゴリーは確認なしに有効になっている場合があります。Cookieの設定で無効にできます。',
    changeRegime: '{regions}で選択前に適用される内容を変更',

    updatesTitle: 'このポリシーの変更',
    updatesCurrent: 'これはバージョン{version}で、{date}から施行されています。',
    updatesSummary: 'このバージョンの変更点：{summary}',
    updatesHow:
      '使用する技術が変わった場合は、新しい施行日を付けた新しいバージョンをこのページで公開します。変更によって改めて同意が必要になる場合（新しい任意の技術や保存期間の延長など）は、次回のアクセス時にもう一度お尋ねします。',
    historyTable: 'バージョン履歴（新しい順）',
    colVersion: 'バージョン',
    colEffective: '施行日',
    colSummary: '概要',
    colChanges: '変更内容',
    colAskedAgain: '再度の同意確認',
    historyFirst: '記録上の最初のバージョンです。',
    historyNoDetails: 'このバージョンの詳細は公開されていません。',
    historyNoChanges: '記載された技術に変更はありません。',
    askedAgainYes: 'あり',
    askedAgainNo: 'なし（以前の選択は引き続き有効）',

    changeTechAdded: '{kind} {name}を追加（{category}）',
    changeTechRemoved: '{kind} {name}を削除',
    changeTechCategory: '{name}を{before}から{after}に移動',
    changeTechDuration: '{name}の保存期間を{after}に変更（以前は{before}）',
    changeTechPurposes: '{name}の目的を{purposes}に変更',
    changeTechProvider: '{name}の提供者を{provider}に変更',
    changeTechSurfaces: '{name}の使用場所を{surfaces}に変更',
    changeTechDetails: '{name}の説明または詳細を更新',
    changePurposeAdded: '新しい目的：{title}',
    changePurposeRemoved: '削除された目的：{title}',
    changePurposeEssential: '目的「{title}」が必須になりました',
    changePurposeNotEssential: '目的「{title}」は必須ではなくなりました',
    changePurposeReworded: '目的「{title}」の表現を変更',
    changeCategoryAdded: '新しいカテゴリー：{title}',
    changeCategoryRemoved: '削除されたカテゴリー：{title}',
    changeCategoryTreatment: 'カテゴリー「{title}」の扱いを変更（常に有効、または販売・共有）',
    changeCategoryReworded: 'カテゴリー「{title}」の表現を変更',
    changeProviderAdded: '新しい提供者：{name}',
    changeProviderRemoved: '削除された提供者：{name}',
    changeProviderChanged: '提供者{name}の情報を更新',
    changeSurfaceAdded: 'サイトの新しい部分：{title}',
    changeSurfaceRemoved: '削除されたサイトの部分：{title}',
    changeSignalHonor: '{signal}をオプトアウトとして尊重するように変更',
    changeSignalRecord: '{signal}を記録のみに変更',
    changeSellsOn: '個人情報の販売を開始',
    changeSellsOff: '個人情報の販売を終了',
    changeSharesOn: 'クロスコンテキスト行動広告のための個人情報の共有を開始',
    changeSharesOff: 'クロスコンテキスト行動広告のための個人情報の共有を終了',
    changePolicyLink: 'このポリシーのアドレスを更新',
    changePrivacyLink: 'プライバシーポリシーへのリンクを更新',
    changeContact: '連絡先を更新',
    changeLifetime: '選択の保存期間を{period}に変更',
    changeConsentMode: '{title}について送信するGoogle Consent Modeの信号を変更',

    faqTitle: 'よくある質問',
    faqBlocked: 'Cookieをブロックした状態で{site}を利用できますか？',
    faqBlockedAnswer:
      '一部のページは引き続き読み込まれる場合がありますが、必須のCookieまたはブラウザーのストレージがブロックされていると、{features}が動作しない場合があります。',
    faqBlockedSurface: '「{surface}」の機能',
    faqBlockedNone:
      'はい。必須の技術は使用していないため、Cookieやブラウザーのストレージをブロックしても、使えなくなるものはありません。',
    faqAnalytics: '「{surface}」ではアナリティクスを使用していますか？',
    faqAnalyticsYesConsent:
      'はい。ただし、{categories}を許可した後に限ります。それまでは、次のいずれも読み込まれず、保存もされません。',
    faqAnalyticsYesAlways: 'はい。次のアナリティクス技術は常に有効です。',
    faqAnalyticsNo: 'いいえ。「{surface}」ではアナリティクス技術を使用していません。',
    faqAnalyticsItem: '{name}（{kind}、{provider}）',
    faqSeparate: 'これはプライバシーポリシーとは別のものですか？',
    faqSeparateAnswer:
      'はい。このCookieポリシーは、お客様のブラウザー内の技術について詳しく説明するもので、個人情報の取り扱い全般を定めた当社の{privacy}を補足するものです。',
    privacyPolicy: 'プライバシーポリシー',

    contactTitle: 'お問い合わせ',
    contactIntro: 'このポリシーやお客様の選択に関するご質問は、{name}までお問い合わせください。',
    contactIntroNoName: 'このポリシーやお客様の選択に関するご質問は、当社までお問い合わせください。',
    contactEmail: 'メール：{email}',
    contactWeb: 'ウェブ：{url}',
    contactAddress: '住所：{address}',
    contactPrivacy: '個人情報の取り扱いについては、当社の{privacy}で説明しています。',

    footerVersion: '{site} · Cookieポリシー バージョン{version}、{date}施行',
    footerGenerated: '宣言{fingerprint}からCookieproofが生成しました。',
  },
  kinds: {
    cookie: {
      one: 'Cookie',
      many: 'Cookie',
      explain:
        'サイトがブラウザーに保存を依頼し、以降のリクエストとともに送り返させる小さなテキストで、セッションや選択を識別するために使われます。',
    },
    localStorage: {
      one: 'ローカルストレージのエントリー',
      many: 'ローカルストレージ',
      explain:
        'サイトがお客様のデバイスにデータを保存するブラウザー内の領域で、サイトまたはお客様が削除するまで残ります。',
    },
    sessionStorage: {
      one: 'セッションストレージのエントリー',
      many: 'セッションストレージ',
      explain: 'ローカルストレージと同様ですが、タブやウィンドウを閉じると消去されます。',
    },
    pixel: {
      one: 'ピクセル',
      many: 'ピクセル',
      explain:
        'ページが訪問、イベント、測定値を報告するために測定サービスへ送信するリクエスト（ビーコンとも呼ばれます）です。',
    },
    script: {
      one: 'スクリプト',
      many: 'スクリプト',
      explain:
        'ページが読み込むコードで、訪問の測定などのために、提供者の「タグ」として読み込まれることがよくあります。',
    },
    iframe: {
      one: '埋め込みフレーム',
      many: '埋め込みフレーム',
      explain: '当サイトのページ内に表示される他のサイトのページで、独自の技術を使用することがあります。',
    },
  },
  providerKinds: {
    authentication: '認証',
    analytics: 'アナリティクス',
    hosting: 'ホスティング',
    payment: '決済',
    integration: 'インテグレーション',
    advertising: '広告',
  },
  months: '1月 2月 3月 4月 5月 6月 7月 8月 9月 10月 11月 12月'.split(' '),
  date: '{year}年{month}{day}日',
  counted: {
    technology: { other: '{n}件の技術' },
    year: { other: '{n}年' },
    month: { other: '{n}か月' },
    week: { other: '{n}週間' },
    day: { other: '{n}日間' },
    hour: { other: '{n}時間' },
    minute: { other: '{n}分' },
    second: { other: '{n}秒' },
  },
};
export default pack;
