import type { PolicyPack } from '../policy-pack.ts';

// Brazilian Portuguese, addressing the visitor as "você" like the banner pack "pt-BR".

const pack: PolicyPack = {
  tag: 'pt-BR',
  messages: {
    title: 'Política de cookies',
    skip: 'Ir para a política',
    contents: 'Nesta página',
    metaLine: 'Versão {version} · em vigor desde {date}',
    listComma: ', ',
    listAnd: ' e ',
    none: 'Nenhuma',
    notApplicable: 'Não se aplica',
    notDeclared: 'Não informado',
    yes: 'Sim',
    no: 'Não',
    durationSession: 'Até você fechar o navegador',
    durationPersistent: 'Até você apagá-lo',
    term: '{term}: {text}',
    languages: 'Idiomas',

    aboutTitle: 'Sobre esta política',
    aboutIntro: 'Esta política explica como {site} usa as seguintes tecnologias em {surfaces}: {kinds}.',
    aboutSimilar: 'tecnologias semelhantes',
    analyticsTags: 'tags de análise',
    aboutSurface: 'a área “{title}” ({origin})',
    aboutDetail:
      'Para cada tecnologia, ela informa quem a fornece, para que é usada, por quanto tempo é mantida e onde aparece. As tecnologias que não são essenciais ficam desativadas até que você as permita.',

    technologiesTitle: 'Tecnologias que usamos',
    technologiesIntro: 'Estes são os tipos de tecnologia que usamos:',
    technologiesTable: 'Quantas tecnologias de cada tipo cada parte do site usa',
    kindColumn: 'Tipo',

    purposesTitle: 'Para que as usamos',
    purposesIntro: 'Cada tecnologia serve a uma ou mais destas finalidades:',
    purposeEssential:
      'Essencial: necessária para um serviço que você solicitou, por isso não precisa de consentimento.',
    purposeOptional: 'Usada somente com o seu consentimento.',

    categoriesTitle: 'Categorias',
    categoriesIntro:
      'Agrupamos as tecnologias em categorias. A tabela de cada categoria lista todas as tecnologias que ela contém.',
    categoryRequired:
      'Sempre ativas. Essas tecnologias são necessárias para prestar o serviço, por isso não pedem consentimento e não podem ser desativadas nas configurações de cookies.',
    categoryOptional:
      'Desativadas até que você permita esta categoria nas configurações de cookies. Você pode retirar o seu consentimento a qualquer momento, com a mesma facilidade com que o deu.',
    categorySaleOrShare: 'As tecnologias desta categoria vendem ou compartilham informações pessoais.',
    categoryEmpty: 'No momento, esta categoria não contém nenhuma tecnologia.',
    categoryTable: '{category}: {count}',
    colTechnology: 'Tecnologia',
    colDescription: 'O que faz',
    colProvider: 'Fornecedor',
    colPurposes: 'Finalidades',
    colDuration: 'Duração',
    colSurfaces: 'Onde',
    colAttributes: 'Atributos do cookie',
    namedPattern: 'nomes que correspondem a {pattern}',
    urlPattern: 'solicitações para {url}',
    onHost: 'em {host}',
    scriptReadable: 'legível pelos scripts da página',

    thirdTitle: 'Fornecedores terceiros',
    thirdIntro:
      'Esses fornecedores fornecem algumas das tecnologias listadas acima. Eles podem definir ou ler os próprios cookies e dados armazenados, de acordo com as próprias políticas de privacidade.',
    thirdNone: 'Não usamos nenhum fornecedor terceiro.',
    thirdTable: 'Fornecedores terceiros e seus links',
    colKind: 'Tipo',
    colTechnologies: 'Tecnologias',
    colPrivacy: 'Política de privacidade',
    colOptOut: 'Recusa',
    privacyLink: 'Política de privacidade de {name}',
    optOutLink: 'Recusa junto a {name}',
    noOptOut: 'Não oferecida',

    controlTitle: 'Como controlar os cookies',
    controlSiteTitle: 'No nosso site',
    controlSite:
      'Nas configurações de cookies do nosso site, você pode permitir ou recusar cada categoria opcional e retirar o consentimento que deu. Guardamos a sua escolha por {period}; depois disso, ou quando uma nova versão desta política precisar de novo do seu consentimento, perguntamos novamente.',
    surfacesShared:
      'A sua escolha vale para todas as partes deste site ({surfaces}): perguntamos uma única vez, e uma mudança em uma parte vale para todas.',
    surfacesSeparate:
      'As partes deste site ({surfaces}) ficam em domínios diferentes: cada uma pede a sua escolha separadamente, e uma mudança em uma não vale para as outras.',
    controlBrowserTitle: 'No seu navegador',
    controlBrowser:
      'Todo navegador permite bloquear ou excluir cookies e outros dados de sites. O local dessas configurações depende do seu navegador e do seu dispositivo.',
    controlBrowserEssential:
      'Se você bloquear as tecnologias essenciais, deixa de funcionar aquilo para que elas são necessárias:',
    controlFeatures: 'Isso inclui {features}.',
    featureAuthentication: 'entrar com {name}',
    featurePayment: 'pagar por meio de {name}',
    featureIntegration: 'conectar {name}',
    featureHosting: 'acessar o site por meio de {name}',
    featureOther: 'usar {name}',
    controlProvidersTitle: 'Ferramentas dos fornecedores',
    controlProviders: 'Alguns fornecedores oferecem a própria forma de recusa:',
    controlProvidersNone:
      'Nenhum dos nossos fornecedores oferece uma ferramenta de recusa própria; use as configurações de cookies ou o seu navegador.',
    controlIntegrationsTitle: 'Integrações conectadas',
    controlIntegrations:
      'Se você desconectar {names} do seu espaço de trabalho, deixamos de buscar dados dessa integração a partir desse momento. Os registros importados antes da desconexão podem permanecer em {site}; desconectar não os exclui.',

    signalsTitle: 'Do Not Track e Global Privacy Control',
    signalsIntro:
      'Do Not Track (DNT) e Global Privacy Control (GPC) são sinais que o seu navegador pode enviar para indicar que você não quer ser rastreado nem que as suas informações pessoais sejam vendidas ou compartilhadas.',
    signalsNoSaleShare:
      'Não vendemos informações pessoais nem as compartilhamos para publicidade comportamental entre contextos.',
    signalsSells: 'Vendemos informações pessoais.',
    signalsShares: 'Compartilhamos informações pessoais para publicidade comportamental entre contextos.',
    signalsCategories: 'Isso acontece por meio destas categorias: {categories}.',
    signalRecordNothing:
      'Quando o seu navegador envia {signal}, registramos esse envio junto com a sua escolha de consentimento. Como não vendemos nem compartilhamos informações pessoais, não há mais nada para o sinal desativar.',
    signalRecordSaleShare:
      'Quando o seu navegador envia {signal}, apenas registramos esse envio junto com a sua escolha de consentimento. Isso não interrompe a venda nem o compartilhamento descritos acima; para interrompê-los, recuse essas categorias nas configurações de cookies.',
    signalHonorCategories:
      'Quando o seu navegador envia {signal}, tratamos o sinal como uma recusa: o que pertence a “{categories}” continua desativado para você, seja qual for a escolha anterior, e registramos o sinal junto com a sua escolha de consentimento.',
    signalHonorNothing:
      'Quando o seu navegador envia {signal}, tratamos o sinal como uma recusa e o registramos junto com a sua escolha de consentimento. Nenhuma das nossas categorias vende nem compartilha informações pessoais, então hoje o sinal não desativa mais nada.',
    signalsChange:
      'Se as nossas práticas mudarem de uma forma que exija tratar sinais de recusa, atualizaremos esta política e respeitaremos os sinais exigidos por lei onde a lei exigir.',
    gpcName: 'Global Privacy Control',
    dntName: 'Do Not Track',

    regionsTitle: 'Suas escolhas conforme onde você está',
    regionsIntro:
      'O que pode estar ativo antes da sua escolha, e como recusar, depende da região de onde você visita o site. Sabemos a região pela rede que entrega o site, não por um banco de dados de localização.',
    regionsDefault: 'Todas as outras regiões',
    regionsUnknown: 'Quando não conseguimos identificar a sua região',
    regionOptIn:
      '{regions}: nada que não seja essencial é usado antes da sua escolha. Você permite ou recusa cada categoria nas configurações de cookies e pode retirar o consentimento a qualquer momento.',
    regionOptOut:
      '{regions}: as categorias opcionais podem estar ativas até você recusar. Para recusar, use “{optOut}” nas configurações de cookies ou desative lá uma categoria.',
    regionOptOutSignal:
      'Ali, um sinal Global Privacy Control do seu navegador é respeitado como recusa de “{categories}”, exibido como “{honored}” e registrado com a sua escolha.',
    regionNotice:
      '{regions}: informamos você sobre as tecnologias que usamos; as categorias opcionais podem estar ativas sem que perguntemos. Você pode desativá-las nas configurações de cookies.',
    changeRegime: 'Mudou o que vale antes de uma escolha em: {regions}',

    updatesTitle: 'Alterações desta política',
    updatesCurrent: 'Esta é a versão {version}, em vigor desde {date}.',
    updatesSummary: 'Novidades desta versão: {summary}',
    updatesHow:
      'Quando as tecnologias que usamos mudam, publicamos nesta página uma nova versão com uma nova data de vigência. Quando uma alteração precisa de novo do seu consentimento, por exemplo uma nova tecnologia opcional ou uma duração maior, perguntamos novamente na sua próxima visita.',
    historyTable: 'Histórico de versões, da mais recente para a mais antiga',
    colVersion: 'Versão',
    colEffective: 'Em vigor desde',
    colSummary: 'Resumo',
    colChanges: 'O que mudou',
    colAskedAgain: 'Consentimento pedido de novo',
    historyFirst: 'Primeira versão registrada.',
    historyNoDetails: 'Os detalhes desta versão não foram publicados.',
    historyNoChanges: 'Nenhuma alteração nas tecnologias declaradas.',
    askedAgainYes: 'Sim',
    askedAgainNo: 'Não, as escolhas anteriores continuaram válidas',

    changeTechAdded: 'Adicionado: {kind} {name} ({category})',
    changeTechRemoved: 'Removido: {kind} {name}',
    changeTechCategory: '{name} passou de {before} para {after}',
    changeTechDuration: 'Duração de {name}: agora {after} (antes {before})',
    changeTechPurposes: '{name} agora é usado para: {purposes}',
    changeTechProvider: '{name} agora é fornecido por {provider}',
    changeTechSurfaces: '{name} agora é usado em: {surfaces}',
    changeTechDetails: 'Descrição ou detalhes de {name} atualizados',
    changePurposeAdded: 'Nova finalidade: {title}',
    changePurposeRemoved: 'Finalidade removida: {title}',
    changePurposeEssential: 'A finalidade “{title}” agora é essencial',
    changePurposeNotEssential: 'A finalidade “{title}” deixou de ser essencial',
    changePurposeReworded: 'A finalidade “{title}” foi reformulada',
    changeCategoryAdded: 'Nova categoria: {title}',
    changeCategoryRemoved: 'Categoria removida: {title}',
    changeCategoryTreatment:
      'A categoria “{title}” agora é tratada de outra forma (sempre ativa, ou com venda ou compartilhamento)',
    changeCategoryReworded: 'A categoria “{title}” foi reformulada',
    changeProviderAdded: 'Novo fornecedor: {name}',
    changeProviderRemoved: 'Fornecedor removido: {name}',
    changeProviderChanged: 'Dados do fornecedor {name} atualizados',
    changeSurfaceAdded: 'Nova parte do site: {title}',
    changeSurfaceRemoved: 'Parte do site removida: {title}',
    changeSignalHonor: '{signal} agora é respeitado como recusa',
    changeSignalRecord: '{signal} agora é apenas registrado',
    changeSellsOn: 'Agora vendemos informações pessoais',
    changeSellsOff: 'Não vendemos mais informações pessoais',
    changeSharesOn: 'Agora compartilhamos informações pessoais para publicidade comportamental entre contextos',
    changeSharesOff: 'Não compartilhamos mais informações pessoais para publicidade comportamental entre contextos',
    changePolicyLink: 'Endereço desta política atualizado',
    changePrivacyLink: 'Link da política de privacidade atualizado',
    changeContact: 'Dados de contato atualizados',
    changeLifetime: 'As escolhas agora são guardadas por {period}',
    changeConsentMode: 'Mudaram os sinais do Google Consent Mode enviados para “{title}”',

    faqTitle: 'Perguntas e respostas',
    faqBlocked: 'Posso usar {site} com os cookies bloqueados?',
    faqBlockedAnswer:
      'Algumas páginas podem continuar carregando, mas o seguinte pode não funcionar se os cookies essenciais ou o armazenamento do navegador estiverem bloqueados: {features}.',
    faqBlockedSurface: 'os recursos da área “{surface}”',
    faqBlockedNone:
      'Sim. Não usamos tecnologias essenciais, então bloquear os cookies e o armazenamento do navegador não tira nada.',
    faqAnalytics: 'A área “{surface}” usa análise?',
    faqAnalyticsYesConsent:
      'Sim, mas só depois que você permitir “{categories}”. Até lá, nada do que segue é carregado ou armazenado:',
    faqAnalyticsYesAlways: 'Sim. Estas tecnologias de análise estão sempre ativas:',
    faqAnalyticsNo: 'Não. Não usamos nenhuma tecnologia de análise na área “{surface}”.',
    faqAnalyticsItem: '{name} ({kind}, {provider})',
    faqSeparate: 'Isto é separado da política de privacidade?',
    faqSeparateAnswer:
      'Sim. Esta política de cookies explica em detalhes as tecnologias no seu navegador. Ela complementa a nossa {privacy}, que trata de forma geral de como lidamos com informações pessoais.',
    privacyPolicy: 'política de privacidade',

    contactTitle: 'Contato',
    contactIntro: 'Para perguntas sobre esta política ou as suas escolhas, entre em contato com {name}:',
    contactIntroNoName: 'Para perguntas sobre esta política ou as suas escolhas, entre em contato conosco:',
    contactEmail: 'E-mail: {email}',
    contactWeb: 'Web: {url}',
    contactAddress: 'Endereço: {address}',
    contactPrivacy: 'A nossa {privacy} explica como lidamos com informações pessoais.',

    footerVersion: '{site} · Política de cookies, versão {version}, em vigor desde {date}',
    footerGenerated: 'Gerada pelo Cookieproof a partir da declaração {fingerprint}.',
  },
  kinds: {
    cookie: {
      one: 'cookie',
      many: 'cookies',
      explain:
        'pequenos trechos de texto que um site pede ao seu navegador para guardar e enviar de volta em solicitações posteriores, para reconhecer uma sessão ou uma escolha.',
    },
    localStorage: {
      one: 'item do armazenamento local',
      many: 'armazenamento local',
      explain:
        'um espaço no seu navegador em que um site guarda dados no seu dispositivo até que o site ou você os exclua.',
    },
    sessionStorage: {
      one: 'item do armazenamento de sessão',
      many: 'armazenamento de sessão',
      explain: 'como o armazenamento local, mas esvaziado quando você fecha a aba ou a janela.',
    },
    pixel: {
      one: 'pixel',
      many: 'pixels',
      explain:
        'solicitações (também chamadas de beacons) que uma página envia a um serviço de medição para informar uma visita, um evento ou uma medição.',
    },
    script: {
      one: 'script',
      many: 'scripts',
      explain:
        'código que uma página carrega, muitas vezes de um fornecedor como “tag”, por exemplo para medir visitas.',
    },
    iframe: {
      one: 'frame incorporado',
      many: 'frames incorporados',
      explain: 'a página de outro site exibida dentro da nossa, que pode usar as próprias tecnologias.',
    },
  },
  providerKinds: {
    authentication: 'Autenticação',
    analytics: 'Análise',
    hosting: 'Hospedagem',
    payment: 'Pagamento',
    integration: 'Integração',
    advertising: 'Publicidade',
  },
  months: 'janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro'.split(' '),
  date: '{day} de {month} de {year}',
  firstDay: '1º',
  counted: {
    technology: { one: '{n} tecnologia', other: '{n} tecnologias' },
    year: { one: '{n} ano', other: '{n} anos' },
    month: { one: '{n} mês', other: '{n} meses' },
    week: { one: '{n} semana', other: '{n} semanas' },
    day: { one: '{n} dia', other: '{n} dias' },
    hour: { one: '{n} hora', other: '{n} horas' },
    minute: { one: '{n} minuto', other: '{n} minutos' },
    second: { one: '{n} segundo', other: '{n} segundos' },
  },
};
export default pack;
