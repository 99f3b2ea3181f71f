import type { PolicyPack } from '../policy-pack.ts';

// European Portuguese, in the polite third person like the banner pack "pt" (Brazil has its own, pt-br.ts).

const pack: PolicyPack = {
  tag: 'pt',
  messages: {
    title: 'Política de cookies',
    skip: 'Ir para a política',
    contents: 'Nesta página',
    metaLine: 'Versão {version} · em vigor desde {date}',
    listComma: ', ',
    listAnd: ' e ',
    none: 'Nenhuma',
    notApplicable: 'Não aplicável',
    notDeclared: 'Não indicado',
    yes: 'Sim',
    no: 'Não',
    durationSession: 'Até fechar o navegador',
    durationPersistent: 'Até o apagar',
    term: '{term}: {text}',
    languages: 'Idiomas',

    aboutTitle: 'Sobre esta política',
    aboutIntro: 'Esta política explica como {site} utiliza as seguintes tecnologias em {surfaces}: {kinds}.',
    aboutSimilar: 'tecnologias semelhantes',
    analyticsTags: 'etiquetas de análise',
    aboutSurface: 'a área «{title}» ({origin})',
    aboutDetail:
      'Para cada tecnologia, indica quem a fornece, para que é utilizada, durante quanto tempo é conservada e onde aparece. As tecnologias que não são essenciais ficam desativadas até que as permita.',

    technologiesTitle: 'Tecnologias que utilizamos',
    technologiesIntro: 'Estes são os tipos de tecnologia que utilizamos:',
    technologiesTable: 'Quantas tecnologias de cada tipo cada parte do site utiliza',
    kindColumn: 'Tipo',

    purposesTitle: 'Para que as utilizamos',
    purposesIntro: 'Cada tecnologia serve uma ou mais destas finalidades:',
    purposeEssential: 'Essencial: necessária para um serviço que pediu, pelo que não precisa de consentimento.',
    purposeOptional: 'Utilizada apenas com o seu consentimento.',

    categoriesTitle: 'Categorias',
    categoriesIntro:
      'Agrupamos as tecnologias em categorias. A tabela de cada categoria enumera todas as tecnologias que contém.',
    categoryRequired:
      'Sempre ativas. Estas tecnologias são necessárias para prestar o serviço, pelo que não pedem consentimento e não podem ser desativadas nas definições de cookies.',
    categoryOptional:
      'Desativadas até que permita esta categoria nas definições de cookies. Pode retirar o seu consentimento a qualquer momento, com a mesma facilidade com que o deu.',
    categorySaleOrShare: 'As tecnologias desta categoria vendem ou partilham informações pessoais.',
    categoryEmpty: 'De momento, esta categoria não contém nenhuma tecnologia.',
    categoryTable: '{category}: {count}',
    colTechnology: 'Tecnologia',
    colDescription: 'O que faz',
    colProvider: 'Fornecedor',
    colPurposes: 'Finalidades',
    colDuration: 'Duração',
    colSurfaces: 'Onde',
    colAttributes: 'Atributos do cookie',
    namedPattern: 'nomes que correspondem a {pattern}',
    urlPattern: 'pedidos para {url}',
    onHost: 'em {host}',
    scriptReadable: 'legível pelos scripts da página',

    thirdTitle: 'Fornecedores terceiros',
    thirdIntro:
      'Estes fornecedores fornecem algumas das tecnologias enumeradas acima. Podem definir ou ler os seus próprios cookies e dados armazenados, ao abrigo das suas próprias políticas de privacidade.',
    thirdNone: 'Não recorremos a nenhum fornecedor terceiro.',
    thirdTable: 'Fornecedores terceiros e respetivas ligações',
    colKind: 'Tipo',
    colTechnologies: 'Tecnologias',
    colPrivacy: 'Política de privacidade',
    colOptOut: 'Oposição',
    privacyLink: 'Política de privacidade de {name}',
    optOutLink: 'Oposição junto de {name}',
    noOptOut: 'Não disponibilizada',

    controlTitle: 'Como controlar os cookies',
    controlSiteTitle: 'No nosso site',
    controlSite:
      'Nas definições de cookies do nosso site, pode permitir ou recusar cada categoria opcional e retirar o consentimento que deu. Guardamos a sua escolha durante {period}; depois disso, ou quando uma nova versão desta política precisar novamente do seu consentimento, voltamos a perguntar-lhe.',
    surfacesShared:
      'A sua escolha aplica-se a todas as partes deste site ({surfaces}): perguntamos uma única vez, e uma alteração numa parte aplica-se a todas.',
    surfacesSeparate:
      'As partes deste site ({surfaces}) estão em domínios diferentes: cada uma pede a sua escolha separadamente, e uma alteração numa não se aplica às outras.',
    controlBrowserTitle: 'No seu navegador',
    controlBrowser:
      'Todos os navegadores permitem bloquear ou eliminar cookies e outros dados de sites. A localização destas definições depende do seu navegador e do seu dispositivo.',
    controlBrowserEssential:
      'Se bloquear as tecnologias essenciais, deixa de funcionar aquilo para que são necessárias:',
    controlFeatures: 'Isto inclui {features}.',
    featureAuthentication: 'iniciar sessão com {name}',
    featurePayment: 'pagar através de {name}',
    featureIntegration: 'ligar {name}',
    featureHosting: 'aceder ao site através de {name}',
    featureOther: 'utilizar {name}',
    controlProvidersTitle: 'Ferramentas dos fornecedores',
    controlProviders: 'Alguns fornecedores disponibilizam a sua própria forma de oposição:',
    controlProvidersNone:
      'Nenhum dos nossos fornecedores disponibiliza uma ferramenta de oposição própria; utilize antes as definições de cookies ou o seu navegador.',
    controlIntegrationsTitle: 'Integrações ligadas',
    controlIntegrations:
      'Se desligar {names} do seu espaço de trabalho, deixamos de obter dados dessa integração a partir desse momento. Os registos importados antes de desligar podem permanecer em {site}; desligar não os elimina.',

    signalsTitle: 'Do Not Track e Global Privacy Control',
    signalsIntro:
      'Do Not Track (DNT) e Global Privacy Control (GPC) são sinais que o seu navegador pode enviar para indicar que não quer ser seguido nem que as suas informações pessoais sejam vendidas ou partilhadas.',
    signalsNoSaleShare:
      'Não vendemos informações pessoais nem as partilhamos para publicidade comportamental entre contextos.',
    signalsSells: 'Vendemos informações pessoais.',
    signalsShares: 'Partilhamos informações pessoais para publicidade comportamental entre contextos.',
    signalsCategories: 'Isto acontece através destas categorias: {categories}.',
    signalRecordNothing:
      'Quando o seu navegador envia {signal}, registamos esse envio juntamente com a sua escolha de consentimento. Como não vendemos nem partilhamos informações pessoais, não há mais nada que o sinal deva desativar.',
    signalRecordSaleShare:
      'Quando o seu navegador envia {signal}, limitamo-nos a registar esse envio juntamente com a sua escolha de consentimento. Isso não interrompe a venda nem a partilha descritas acima; para as interromper, recuse essas categorias nas definições de cookies.',
    signalHonorCategories:
      'Quando o seu navegador envia {signal}, tratamo-lo como uma oposição: o que pertence a «{categories}» continua desativado para si, qualquer que tenha sido a escolha anterior, e registamos o sinal juntamente com a sua escolha de consentimento.',
    signalHonorNothing:
      'Quando o seu navegador envia {signal}, tratamo-lo como uma oposição e registamo-lo juntamente com a sua escolha de consentimento. Nenhuma das nossas categorias vende nem partilha informações pessoais, pelo que hoje o sinal não desativa mais nada.',
    signalsChange:
      'Se as nossas práticas mudarem de forma que exija tratar sinais de oposição, atualizaremos esta política e respeitaremos os sinais exigidos por lei onde a lei o exigir.',
    gpcName: 'Global Privacy Control',
    dntName: 'Do Not Track',

    regionsTitle: 'As suas escolhas consoante o local onde se encontra',
    regionsIntro:
      'O que pode estar ativo antes da sua escolha, e como se pode opor, depende da região a partir da qual visita o site. Conhecemos a região pela rede que entrega o site, não por uma base de dados de localização.',
    regionsDefault: 'Todas as outras regiões',
    regionsUnknown: 'Quando não conseguimos determinar a sua região',
    regionOptIn:
      '{regions}: nada que não seja essencial é utilizado antes da sua escolha. Permite ou recusa cada categoria nas definições de cookies e pode retirar o consentimento a qualquer momento.',
    regionOptOut:
      '{regions}: as categorias opcionais podem estar ativas até que se oponha. Para se opor, utilize «{optOut}» nas definições de cookies ou desative aí uma categoria.',
    regionOptOutSignal:
      'Aí, um sinal Global Privacy Control do seu navegador é respeitado como oposição quanto a «{categories}», apresentado como «{honored}» e registado com a sua escolha.',
    regionNotice:
      '{regions}: informamo-lo sobre as tecnologias que utilizamos; as categorias opcionais podem estar ativas sem lhe perguntarmos. Pode desativá-las nas definições de cookies.',
    changeRegime: 'Alterado o que se aplica antes de uma escolha em: {regions}',

    updatesTitle: 'Alterações a esta política',
    updatesCurrent: 'Esta é a versão {version}, em vigor desde {date}.',
    updatesSummary: 'Novidades desta versão: {summary}',
    updatesHow:
      'Quando as tecnologias que utilizamos mudam, publicamos nesta página uma nova versão com uma nova data de entrada em vigor. Quando uma alteração precisa novamente do seu consentimento, por exemplo uma nova tecnologia opcional ou uma duração mais longa, voltamos a perguntar-lhe na sua próxima visita.',
    historyTable: 'Histórico de versões, da mais recente para a mais antiga',
    colVersion: 'Versão',
    colEffective: 'Em vigor desde',
    colSummary: 'Resumo',
    colChanges: 'O que mudou',
    colAskedAgain: 'Consentimento pedido novamente',
    historyFirst: 'Primeira versão registada.',
    historyNoDetails: 'Os detalhes desta versão não estão publicados.',
    historyNoChanges: 'Nenhuma alteração às tecnologias declaradas.',
    askedAgainYes: 'Sim',
    askedAgainNo: 'Não, as escolhas anteriores continuaram válidas',

    changeTechAdded: 'Adicionado: {kind} {name} ({category})',
    changeTechRemoved: 'Removido: {kind} {name}',
    changeTechCategory: '{name} passou de {before} para {after}',
    changeTechDuration: 'Duração de {name}: agora {after} (antes {before})',
    changeTechPurposes: '{name} é agora utilizado para: {purposes}',
    changeTechProvider: '{name} é agora fornecido por {provider}',
    changeTechSurfaces: '{name} é agora utilizado em: {surfaces}',
    changeTechDetails: 'Descrição ou detalhes de {name} atualizados',
    changePurposeAdded: 'Nova finalidade: {title}',
    changePurposeRemoved: 'Finalidade removida: {title}',
    changePurposeEssential: 'A finalidade «{title}» é agora essencial',
    changePurposeNotEssential: 'A finalidade «{title}» deixou de ser essencial',
    changePurposeReworded: 'A finalidade «{title}» foi reformulada',
    changeCategoryAdded: 'Nova categoria: {title}',
    changeCategoryRemoved: 'Categoria removida: {title}',
    changeCategoryTreatment:
      'A categoria «{title}» é agora tratada de outra forma (sempre ativa, ou com venda ou partilha)',
    changeCategoryReworded: 'A categoria «{title}» foi reformulada',
    changeProviderAdded: 'Novo fornecedor: {name}',
    changeProviderRemoved: 'Fornecedor removido: {name}',
    changeProviderChanged: 'Dados do fornecedor {name} atualizados',
    changeSurfaceAdded: 'Nova parte do site: {title}',
    changeSurfaceRemoved: 'Parte do site removida: {title}',
    changeSignalHonor: '{signal} é agora respeitado como oposição',
    changeSignalRecord: '{signal} é agora apenas registado',
    changeSellsOn: 'Passámos a vender informações pessoais',
    changeSellsOff: 'Deixámos de vender informações pessoais',
    changeSharesOn: 'Passámos a partilhar informações pessoais para publicidade comportamental entre contextos',
    changeSharesOff: 'Deixámos de partilhar informações pessoais para publicidade comportamental entre contextos',
    changePolicyLink: 'Endereço desta política atualizado',
    changePrivacyLink: 'Ligação para a política de privacidade atualizada',
    changeContact: 'Dados de contacto atualizados',
    changeLifetime: 'As escolhas são agora guardadas durante {period}',
    changeConsentMode: 'Alterados os sinais do Google Consent Mode enviados para «{title}»',

    faqTitle: 'Perguntas e respostas',
    faqBlocked: 'Posso utilizar {site} com os cookies bloqueados?',
    faqBlockedAnswer:
      'Algumas páginas podem continuar a carregar, mas o seguinte pode não funcionar se os cookies essenciais ou o armazenamento do navegador estiverem bloqueados: {features}.',
    faqBlockedSurface: 'as funcionalidades da área «{surface}»',
    faqBlockedNone:
      'Sim. Não utilizamos tecnologias essenciais, pelo que bloquear os cookies e o armazenamento do navegador não lhe retira nada.',
    faqAnalytics: 'A área «{surface}» utiliza análise?',
    faqAnalyticsYesConsent:
      'Sim, mas só depois de permitir «{categories}». Até lá, nada do que se segue é carregado nem armazenado:',
    faqAnalyticsYesAlways: 'Sim. Estas tecnologias de análise estão sempre ativas:',
    faqAnalyticsNo: 'Não. Não utilizamos nenhuma tecnologia de análise na área «{surface}».',
    faqAnalyticsItem: '{name} ({kind}, {provider})',
    faqSeparate: 'Isto é separado da política de privacidade?',
    faqSeparateAnswer:
      'Sim. Esta política de cookies explica em pormenor as tecnologias no seu navegador. Complementa a nossa {privacy}, que descreve de forma geral a forma como tratamos as informações pessoais.',
    privacyPolicy: 'política de privacidade',

    contactTitle: 'Contacto',
    contactIntro: 'Para questões sobre esta política ou as suas escolhas, contacte {name}:',
    contactIntroNoName: 'Para questões sobre esta política ou as suas escolhas, contacte-nos:',
    contactEmail: 'E-mail: {email}',
    contactWeb: 'Web: {url}',
    contactAddress: 'Morada: {address}',
    contactPrivacy: 'A nossa {privacy} explica como tratamos as informações pessoais.',

    footerVersion: '{site} · Política de cookies, versão {version}, em vigor desde {date}',
    footerGenerated: 'Gerada pelo Cookieproof a partir da declaração {fingerprint}.',
  },
  kinds: {
    cookie: {
      one: 'cookie',
      many: 'cookies',
      explain:
        'pequenos fragmentos de texto que um site pede ao seu navegador para guardar e devolver em pedidos posteriores, para reconhecer uma sessão ou uma escolha.',
    },
    localStorage: {
      one: 'entrada do armazenamento local',
      many: 'armazenamento local',
      explain:
        'um espaço do seu navegador onde um site guarda dados no seu dispositivo até que o site ou o utilizador os elimine.',
    },
    sessionStorage: {
      one: 'entrada do armazenamento de sessão',
      many: 'armazenamento de sessão',
      explain: 'como o armazenamento local, mas esvaziado quando fecha o separador ou a janela.',
    },
    pixel: {
      one: 'pixel',
      many: 'píxeis',
      explain:
        'pedidos (também chamados beacons) que uma página envia a um serviço de medição para comunicar uma visita, um evento ou uma medição.',
    },
    script: {
      one: 'script',
      many: 'scripts',
      explain:
        'código que uma página carrega, muitas vezes de um fornecedor sob a forma de «etiqueta» (tag), por exemplo para medir visitas.',
    },
    iframe: {
      one: 'moldura incorporada',
      many: 'molduras incorporadas',
      explain: 'a página de outro site apresentada dentro da nossa, que pode utilizar as suas próprias tecnologias.',
    },
  },
  providerKinds: {
    authentication: 'Autenticação',
    analytics: 'Análise',
    hosting: 'Alojamento',
    payment: 'Pagamento',
    integration: 'Integração',
    advertising: 'Publicidade',
  },
  months: 'janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro'.split(' '),
  date: '{day} de {month} de {year}',
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
