import type { PolicyPack } from '../policy-pack.ts';

// Korean, in the formal style, with the Personal Information Protection Act's terms (개인정보, 동의) and the
// banner's "수신 거부". Particles that change with the preceding sound (은/는, 이/가, 을/를, 와/과, 로/으로) never follow
// a filled-in value; only invariant ones do (의, 에, 에서), or a noun does.

const pack: PolicyPack = {
  tag: 'ko',
  messages: {
    title: '쿠키 정책',
    skip: '정책으로 건너뛰기',
    contents: '이 페이지의 내용',
    metaLine: '버전 {version} · 시행일 {date}',
    listComma: ', ',
    listAnd: ' 및 ',
    none: '없음',
    notApplicable: '해당 없음',
    notDeclared: '명시되지 않음',
    yes: '예',
    no: '아니요',
    durationSession: '브라우저를 닫을 때까지',
    durationPersistent: '삭제할 때까지',
    term: '{term}: {text}',
    languages: '언어',

    aboutTitle: '이 정책에 대하여',
    aboutIntro:
      '이 정책은 {site}에서 다음 기술을 어떻게 사용하는지 설명합니다: {kinds}. 이 정책은 사이트의 다음 부분에 적용됩니다: {surfaces}.',
    aboutSimilar: '유사한 기술',
    analyticsTags: '분석 태그',
    aboutSurface: '‘{title}’({origin})',
    aboutDetail:
      '각 기술에 대해 누가 제공하는지, 왜 사용하는지, 얼마 동안 보관하는지, 어디에서 사용되는지를 설명합니다. 필수가 아닌 기술은 사용자가 허용할 때까지 꺼져 있습니다.',

    technologiesTitle: '사용하는 기술',
    technologiesIntro: '당사가 사용하는 기술의 종류는 다음과 같습니다.',
    technologiesTable: '사이트의 각 부분에서 종류별로 사용하는 기술의 수',
    kindColumn: '종류',

    purposesTitle: '사용 목적',
    purposesIntro: '각 기술은 다음 목적 중 하나 이상에 사용됩니다.',
    purposeEssential: '필수: 사용자가 요청한 서비스에 필요하므로 동의가 필요하지 않습니다.',
    purposeOptional: '사용자의 동의가 있는 경우에만 사용합니다.',

    categoriesTitle: '카테고리',
    categoriesIntro:
      '기술을 카테고리별로 분류합니다. 각 카테고리 아래의 표에는 해당 카테고리의 모든 기술이 나와 있습니다.',
    categoryRequired:
      '항상 사용. 이 기술은 서비스 제공에 필요하므로 동의를 요청하지 않으며 쿠키 설정에서 끌 수 없습니다.',
    categoryOptional:
      '쿠키 설정에서 이 카테고리를 허용할 때까지 꺼져 있습니다. 동의는 언제든지 철회할 수 있으며, 철회는 동의만큼 쉽습니다.',
    categorySaleOrShare: '이 카테고리의 기술은 개인정보를 판매하거나 공유합니다.',
    categoryEmpty: '현재 이 카테고리에는 기술이 없습니다.',
    categoryTable: '{category}: {count}',
    colTechnology: '기술',
    colDescription: '기능',
    colProvider: '제공자',
    colPurposes: '목적',
    colDuration: '보관 기간',
    colSurfaces: '사용 위치',
    colAttributes: '쿠키 속성',
    namedPattern: '{pattern} 패턴과 일치하는 이름',
    urlPattern: '{url}에 대한 요청',
    onHost: '{host}에서',
    scriptReadable: '페이지 스크립트에서 읽기 가능',

    thirdTitle: '제3자 제공자',
    thirdIntro:
      '다음 제공자는 위에 나열된 기술의 일부를 제공합니다. 이들은 각자의 개인정보 처리방침에 따라 자체 쿠키와 저장소를 설정하거나 읽을 수 있습니다.',
    thirdNone: '당사는 제3자 제공자를 사용하지 않습니다.',
    thirdTable: '제3자 제공자 및 링크',
    colKind: '유형',
    colTechnologies: '기술',
    colPrivacy: '개인정보 처리방침',
    colOptOut: '수신 거부',
    privacyLink: '{name} 개인정보 처리방침',
    optOutLink: '{name} 수신 거부',
    noOptOut: '제공하지 않음',

    controlTitle: '쿠키 관리 방법',
    controlSiteTitle: '당사 사이트에서',
    controlSite:
      '당사 사이트의 쿠키 설정에서 각 선택 카테고리를 허용하거나 거부할 수 있으며, 이미 한 동의를 철회할 수 있습니다. 사용자의 선택은 {period} 동안 보관합니다. 그 후 또는 이 정책의 새 버전에서 다시 동의가 필요한 경우 다시 여쭙니다.',
    surfacesShared:
      '사용자의 선택은 이 사이트의 모든 부분({surfaces})에 적용됩니다. 한 번만 묻고, 한 부분에서 변경하면 모든 부분에 적용됩니다.',
    surfacesSeparate:
      '이 사이트의 각 부분({surfaces})은 서로 다른 도메인에 있습니다. 각 부분이 따로 선택을 묻고, 한 부분에서 변경해도 다른 부분에는 적용되지 않습니다.',
    controlBrowserTitle: '브라우저에서',
    controlBrowser:
      '모든 브라우저에서 쿠키와 기타 사이트 데이터를 차단하거나 삭제할 수 있습니다. 설정 위치는 브라우저와 기기에 따라 다릅니다.',
    controlBrowserEssential: '필수 기술을 차단하면 해당 기술이 필요한 다음 용도가 작동하지 않습니다.',
    controlFeatures: '여기에는 다음이 포함됩니다: {features}.',
    featureAuthentication: '{name} 계정으로 로그인',
    featurePayment: '{name}에서 결제',
    featureIntegration: '{name} 연결',
    featureHosting: '{name} 경유 사이트 접속',
    featureOther: '{name} 사용',
    controlProvidersTitle: '제공자의 도구',
    controlProviders: '일부 제공자는 자체 수신 거부 방법을 제공합니다.',
    controlProvidersNone:
      '당사 제공자 중 자체 수신 거부 도구를 제공하는 곳은 없습니다. 대신 쿠키 설정이나 브라우저를 이용하세요.',
    controlIntegrationsTitle: '연결된 통합',
    controlIntegrations:
      '워크스페이스에서 다음 통합의 연결을 해제하면 그 시점부터 해당 통합에서 데이터를 가져오지 않습니다: {names}. 연결 해제 전에 가져온 레코드는 {site}에 남아 있을 수 있으며, 연결을 해제해도 삭제되지 않습니다.',

    signalsTitle: 'Do Not Track 및 Global Privacy Control',
    signalsIntro:
      '브라우저는 Do Not Track(DNT) 및 Global Privacy Control(GPC) 신호를 보내 추적을 원하지 않거나 개인정보의 판매 또는 공유를 원하지 않는다는 뜻을 전할 수 있습니다.',
    signalsNoSaleShare: '당사는 개인정보를 판매하지 않으며, 교차 맥락 행동 광고를 위해 공유하지도 않습니다.',
    signalsSells: '당사는 개인정보를 판매합니다.',
    signalsShares: '당사는 교차 맥락 행동 광고를 위해 개인정보를 공유합니다.',
    signalsCategories: '이는 다음 카테고리를 통해 이루어집니다: {categories}.',
    signalRecordNothing:
      '브라우저가 {signal} 신호를 보내면 그 사실을 사용자의 동의 선택과 함께 기록합니다. 당사는 개인정보를 판매하거나 공유하지 않으므로 이 신호로 추가로 끌 것은 없습니다.',
    signalRecordSaleShare:
      '브라우저가 {signal} 신호를 보내면 그 사실을 사용자의 동의 선택과 함께 기록하기만 합니다. 이 신호는 위에 설명한 판매나 공유를 중단하지 않습니다. 중단하려면 쿠키 설정에서 해당 카테고리를 거부하세요.',
    signalHonorCategories:
      '브라우저가 {signal} 신호를 보내면 이를 수신 거부로 처리하고 사용자의 동의 선택과 함께 기록합니다. 이전 선택과 관계없이 다음 카테고리는 꺼진 상태로 유지됩니다: {categories}.',
    signalHonorNothing:
      '브라우저가 {signal} 신호를 보내면 이를 수신 거부로 처리하고 사용자의 동의 선택과 함께 기록합니다. 당사의 어떤 카테고리도 개인정보를 판매하거나 공유하지 않으므로, 현재 이 신호로 추가로 꺼지는 것은 없습니다.',
    signalsChange:
      '당사의 관행이 수신 거부 신호의 처리가 필요한 방식으로 변경되면, 이 정책을 업데이트하고 법적으로 요구되는 경우 법에서 요구하는 신호를 존중하겠습니다.',
    gpcName: 'Global Privacy Control',
    dntName: 'Do Not Track',

    regionsTitle: '지역별 선택',
    regionsIntro:
      '선택하기 전에 무엇이 켜져 있을 수 있는지, 그리고 어떻게 수신 거부할 수 있는지는 방문하는 지역에 따라 다릅니다. 지역은 위치 데이터베이스가 아니라 사이트를 전송하는 네트워크에서 확인합니다.',
    regionsDefault: '기타 모든 지역',
    regionsUnknown: '지역을 확인할 수 없는 경우',
    regionOptIn:
      '{regions}: 선택하기 전에는 필수가 아닌 것은 아무것도 사용하지 않습니다. 쿠키 설정에서 각 카테고리를 허용하거나 거부하며, 언제든지 동의를 철회할 수 있습니다.',
    regionOptOut:
      '{regions}: 선택 카테고리는 수신 거부할 때까지 켜져 있을 수 있습니다. 수신 거부하려면 쿠키 설정에서 ‘{optOut}’ 옵션을 사용하거나 그곳에서 카테고리를 끄세요.',
    regionOptOutSignal:
      '브라우저의 Global Privacy Control 신호는 해당 지역에서 수신 거부로 존중되며, ‘{honored}’ 메시지가 표시되고 사용자의 선택과 함께 기록됩니다. 수신 거부 대상: {categories}.',
    regionNotice:
      '{regions}: 당사가 사용하는 기술을 안내합니다. 선택 카테고리는 묻지 않고 켜져 있을 수 있으며, 쿠키 설정에서 끌 수 있습니다.',
    changeRegime: '선택 전에 적용되는 사항 변경: {regions}',

    updatesTitle: '이 정책의 변경',
    updatesCurrent: '이 문서는 버전 {version}이며, 시행일은 {date}입니다.',
    updatesSummary: '이번 버전의 새로운 내용: {summary}',
    updatesHow:
      '사용하는 기술이 바뀌면 새로운 시행일과 함께 새 버전을 이 페이지에 게시합니다. 새로운 선택 기술이나 더 긴 보관 기간처럼 변경 사항에 다시 동의가 필요한 경우, 다음 방문 시 다시 여쭙니다.',
    historyTable: '버전 기록(최신순)',
    colVersion: '버전',
    colEffective: '시행일',
    colSummary: '요약',
    colChanges: '변경 내용',
    colAskedAgain: '방문자에게 다시 동의 요청',
    historyFirst: '기록된 첫 번째 버전입니다.',
    historyNoDetails: '이 버전의 세부 정보는 공개되지 않았습니다.',
    historyNoChanges: '명시된 기술에 변경 사항이 없습니다.',
    askedAgainYes: '예',
    askedAgainNo: '아니요, 이전 선택이 계속 유효함',

    changeTechAdded: '{kind} {name} 추가({category})',
    changeTechRemoved: '{kind} {name} 삭제',
    changeTechCategory: '{name}: 카테고리가 {before}에서 {after} 카테고리로 변경',
    changeTechDuration: '{name}: 보관 기간 {after}(이전 {before})',
    changeTechPurposes: '{name}: 이제 다음 목적에 사용: {purposes}',
    changeTechProvider: '{name}: 이제 {provider}에서 제공',
    changeTechSurfaces: '{name}: 이제 다음 위치에서 사용: {surfaces}',
    changeTechDetails: '{name}의 설명 또는 세부 정보 업데이트',
    changePurposeAdded: '새 목적: {title}',
    changePurposeRemoved: '삭제된 목적: {title}',
    changePurposeEssential: '‘{title}’ 목적이 필수로 변경됨',
    changePurposeNotEssential: '‘{title}’ 목적이 더 이상 필수가 아님',
    changePurposeReworded: '‘{title}’ 목적의 문구 변경',
    changeCategoryAdded: '새 카테고리: {title}',
    changeCategoryRemoved: '삭제된 카테고리: {title}',
    changeCategoryTreatment: '‘{title}’ 카테고리의 처리 방식 변경(항상 사용 또는 판매·공유)',
    changeCategoryReworded: '‘{title}’ 카테고리의 문구 변경',
    changeProviderAdded: '새 제공자: {name}',
    changeProviderRemoved: '삭제된 제공자: {name}',
    changeProviderChanged: '제공자 {name}의 정보 업데이트',
    changeSurfaceAdded: '사이트의 새 부분: {title}',
    changeSurfaceRemoved: '삭제된 사이트 부분: {title}',
    changeSignalHonor: '{signal} 신호를 이제 수신 거부로 존중함',
    changeSignalRecord: '{signal} 신호를 이제 기록만 함',
    changeSellsOn: '이제 개인정보를 판매함',
    changeSellsOff: '더 이상 개인정보를 판매하지 않음',
    changeSharesOn: '이제 교차 맥락 행동 광고를 위해 개인정보를 공유함',
    changeSharesOff: '더 이상 교차 맥락 행동 광고를 위해 개인정보를 공유하지 않음',
    changePolicyLink: '이 정책의 주소 업데이트',
    changePrivacyLink: '개인정보 처리방침 링크 업데이트',
    changeContact: '연락처 정보 업데이트',
    changeLifetime: '이제 선택을 {period} 동안 보관함',
    changeConsentMode: '{title}에 대해 보내는 Google Consent Mode 신호 변경',

    faqTitle: '자주 묻는 질문',
    faqBlocked: '쿠키를 차단해도 {site}에서 서비스를 이용할 수 있나요?',
    faqBlockedAnswer:
      '일부 페이지는 계속 로드될 수 있지만, 필수 쿠키나 브라우저 저장소가 차단되면 다음이 작동하지 않을 수 있습니다: {features}.',
    faqBlockedSurface: '‘{surface}’의 기능',
    faqBlockedNone: '예. 필수 기술을 사용하지 않으므로 쿠키와 브라우저 저장소를 차단해도 잃는 것이 없습니다.',
    faqAnalytics: '‘{surface}’에서 분석 도구를 사용하나요?',
    faqAnalyticsYesConsent:
      '예, 다만 다음을 허용한 후에만 사용합니다: {categories}. 그 전에는 다음 중 어느 것도 로드되거나 저장되지 않습니다.',
    faqAnalyticsYesAlways: '예. 다음 분석 기술은 항상 사용됩니다.',
    faqAnalyticsNo: '아니요. ‘{surface}’에서는 분석 기술을 사용하지 않습니다.',
    faqAnalyticsItem: '{name}({kind}, {provider})',
    faqSeparate: '개인정보 처리방침과 별개인가요?',
    faqSeparateAnswer:
      '예. 이 쿠키 정책은 브라우저에 있는 기술을 자세히 설명하며, 개인정보 처리 전반을 다루는 당사의 {privacy}에 대한 보충 문서입니다.',
    privacyPolicy: '개인정보 처리방침',

    contactTitle: '문의',
    contactIntro: '이 정책이나 선택에 관해 궁금한 점이 있으면 다음으로 문의하세요: {name}',
    contactIntroNoName: '이 정책이나 선택에 관해 궁금한 점이 있으면 당사에 문의하세요.',
    contactEmail: '이메일: {email}',
    contactWeb: '웹: {url}',
    contactAddress: '주소: {address}',
    contactPrivacy: '개인정보 처리 방법은 당사의 {privacy}에서 설명합니다.',

    footerVersion: '{site} · 쿠키 정책 버전 {version}, 시행일 {date}',
    footerGenerated: 'Cookieproof에서 선언 {fingerprint}에 따라 생성했습니다.',
  },
  kinds: {
    cookie: {
      one: '쿠키',
      many: '쿠키',
      explain:
        '사이트가 브라우저에 보관을 요청하고 이후 요청과 함께 다시 보내도록 하는 작은 텍스트 조각으로, 세션이나 선택을 인식하는 데 사용됩니다.',
    },
    localStorage: {
      one: '로컬 저장소 항목',
      many: '로컬 저장소',
      explain:
        '사이트가 기기에 데이터를 보관하는 브라우저 내 저장 공간으로, 사이트나 사용자가 삭제할 때까지 유지됩니다.',
    },
    sessionStorage: {
      one: '세션 저장소 항목',
      many: '세션 저장소',
      explain: '로컬 저장소와 같지만 탭이나 창을 닫으면 비워집니다.',
    },
    pixel: {
      one: '픽셀',
      many: '픽셀',
      explain: '방문, 이벤트 또는 측정값을 보고하기 위해 페이지가 측정 서비스로 보내는 요청(비콘이라고도 함)입니다.',
    },
    script: {
      one: '스크립트',
      many: '스크립트',
      explain: '페이지가 로드하는 코드로, 방문 측정 등을 위해 제공자의 ‘태그’ 형태로 로드되는 경우가 많습니다.',
    },
    iframe: {
      one: '삽입된 프레임',
      many: '삽입된 프레임',
      explain: '당사 페이지 안에 표시되는 다른 사이트의 페이지로, 자체 기술을 사용할 수 있습니다.',
    },
  },
  providerKinds: {
    authentication: '인증',
    analytics: '분석',
    hosting: '호스팅',
    payment: '결제',
    integration: '통합',
    advertising: '광고',
  },
  months: '1월 2월 3월 4월 5월 6월 7월 8월 9월 10월 11월 12월'.split(' '),
  date: '{year}년 {month} {day}일',
  counted: {
    technology: { other: '기술 {n}개' },
    year: { other: '{n}년' },
    month: { other: '{n}개월' },
    week: { other: '{n}주' },
    day: { other: '{n}일' },
    hour: { other: '{n}시간' },
    minute: { other: '{n}분' },
    second: { other: '{n}초' },
  },
};
export default pack;
