import type { PolicyPack } from '../policy-pack.ts';

const pack: PolicyPack = {
  tag: 'es',
  messages: {
    title: 'Política de cookies',
    skip: 'Ir a la política',
    contents: 'En esta página',
    metaLine: 'Versión {version} · vigente desde el {date}',
    listComma: ', ',
    listAnd: ' y ',
    none: 'Ninguna',
    notApplicable: 'No aplicable',
    notDeclared: 'No indicado',
    yes: 'Sí',
    no: 'No',
    durationSession: 'Hasta que cierre el navegador',
    durationPersistent: 'Hasta que la borre',
    term: '{term}: {text}',
    languages: 'Idiomas',

    aboutTitle: 'Acerca de esta política',
    aboutIntro: 'Esta política explica cómo {site} utiliza las siguientes tecnologías en {surfaces}: {kinds}.',
    aboutSimilar: 'tecnologías similares',
    analyticsTags: 'etiquetas de analítica',
    aboutSurface: 'el espacio «{title}» ({origin})',
    aboutDetail:
      'Para cada tecnología indica quién la proporciona, para qué se utiliza, cuánto tiempo se conserva y dónde aparece. Las tecnologías que no son esenciales permanecen desactivadas hasta que usted las permita.',

    technologiesTitle: 'Tecnologías que utilizamos',
    technologiesIntro: 'Estos son los tipos de tecnología que utilizamos:',
    technologiesTable: 'Cuántas tecnologías de cada tipo utiliza cada parte del sitio',
    kindColumn: 'Tipo',

    purposesTitle: 'Para qué las utilizamos',
    purposesIntro: 'Cada tecnología sirve a una o varias de estas finalidades:',
    purposeEssential:
      'Esencial: necesaria para un servicio que usted ha solicitado, por lo que no requiere consentimiento.',
    purposeOptional: 'Solo con su consentimiento.',

    categoriesTitle: 'Categorías',
    categoriesIntro:
      'Agrupamos las tecnologías en categorías. La tabla de cada categoría enumera todas las tecnologías que contiene.',
    categoryRequired:
      'Siempre activas. Estas tecnologías son necesarias para prestar el servicio, por lo que no solicitan consentimiento y no pueden desactivarse en la configuración de cookies.',
    categoryOptional:
      'Desactivadas hasta que usted permita esta categoría en la configuración de cookies. Puede retirar su consentimiento en cualquier momento, y hacerlo es tan fácil como darlo.',
    categorySaleOrShare: 'Las tecnologías de esta categoría venden o comparten información personal.',
    categoryEmpty: 'Esta categoría no contiene actualmente ninguna tecnología.',
    categoryTable: '{category}: {count}',
    colTechnology: 'Tecnología',
    colDescription: 'Qué hace',
    colProvider: 'Proveedor',
    colPurposes: 'Finalidades',
    colDuration: 'Duración',
    colSurfaces: 'Dónde',
    colAttributes: 'Atributos de la cookie',
    namedPattern: 'nombres que coinciden con {pattern}',
    urlPattern: 'solicitudes a {url}',
    onHost: 'en {host}',
    scriptReadable: 'legible por los scripts de la página',

    thirdTitle: 'Proveedores externos',
    thirdIntro:
      'Estos proveedores suministran algunas de las tecnologías enumeradas arriba. Pueden establecer o leer sus propias cookies y datos de almacenamiento, conforme a sus propias políticas de privacidad.',
    thirdNone: 'No utilizamos ningún proveedor externo.',
    thirdTable: 'Proveedores externos y sus enlaces',
    colKind: 'Tipo',
    colTechnologies: 'Tecnologías',
    colPrivacy: 'Política de privacidad',
    colOptOut: 'Exclusión',
    privacyLink: 'Política de privacidad de {name}',
    optOutLink: 'Exclusión en {name}',
    noOptOut: 'No se ofrece',

    controlTitle: 'Cómo controlar las cookies',
    controlSiteTitle: 'En nuestro sitio',
    controlSite:
      'En la configuración de cookies de nuestro sitio puede permitir o rechazar cada categoría opcional y retirar el consentimiento que haya dado. Conservamos su elección durante {period}; después de ese plazo, o cuando una nueva versión de esta política requiera de nuevo su consentimiento, se lo volvemos a preguntar.',
    surfacesShared:
      'Su elección se aplica en todas las partes de este sitio ({surfaces}): se le pregunta una sola vez, y un cambio en una parte se aplica a todas.',
    surfacesSeparate:
      'Las partes de este sitio ({surfaces}) están en dominios distintos: cada una le pide su elección por separado, y un cambio en una no se aplica a las demás.',
    controlBrowserTitle: 'En su navegador',
    controlBrowser:
      'Todos los navegadores permiten bloquear o eliminar las cookies y otros datos de sitios. Dónde se encuentran estos ajustes depende de su navegador y de su dispositivo.',
    controlBrowserEssential:
      'Si bloquea las tecnologías esenciales, deja de funcionar aquello para lo que son necesarias:',
    controlFeatures: 'Esto incluye {features}.',
    featureAuthentication: 'iniciar sesión con {name}',
    featurePayment: 'pagar a través de {name}',
    featureIntegration: 'conectar {name}',
    featureHosting: 'acceder al sitio a través de {name}',
    featureOther: 'usar {name}',
    controlProvidersTitle: 'Herramientas de los proveedores',
    controlProviders: 'Algunos proveedores ofrecen su propia forma de exclusión:',
    controlProvidersNone:
      'Ninguno de nuestros proveedores ofrece una herramienta de exclusión propia; utilice en su lugar la configuración de cookies o su navegador.',
    controlIntegrationsTitle: 'Integraciones conectadas',
    controlIntegrations:
      'Si desconecta {names} de su espacio de trabajo, dejamos de obtener datos de esa integración a partir de ese momento. Los registros importados antes de la desconexión pueden permanecer en {site}; desconectar no los elimina.',

    signalsTitle: 'Do Not Track y Global Privacy Control',
    signalsIntro:
      'Do Not Track (DNT) y Global Privacy Control (GPC) son señales que su navegador puede enviar para indicar que no desea que se le rastree ni que su información personal se venda o se comparta.',
    signalsNoSaleShare:
      'No vendemos información personal ni la compartimos para publicidad comportamental entre contextos.',
    signalsSells: 'Vendemos información personal.',
    signalsShares: 'Compartimos información personal para publicidad comportamental entre contextos.',
    signalsCategories: 'Esto ocurre a través de estas categorías: {categories}.',
    signalRecordNothing:
      'Cuando su navegador envía {signal}, registramos que lo hizo junto con su elección de consentimiento. Como no vendemos ni compartimos información personal, la señal no tiene nada más que desactivar.',
    signalRecordSaleShare:
      'Cuando su navegador envía {signal}, solo registramos que lo hizo junto con su elección de consentimiento. Esto no detiene la venta ni el intercambio descritos arriba; para detenerlos, rechace esas categorías en la configuración de cookies.',
    signalHonorCategories:
      'Cuando su navegador envía {signal}, lo tratamos como una exclusión: lo que pertenece a «{categories}» permanece desactivado para usted, sea cual sea la elección anterior, y registramos la señal junto con su elección de consentimiento.',
    signalHonorNothing:
      'Cuando su navegador envía {signal}, lo tratamos como una exclusión y lo registramos junto con su elección de consentimiento. Ninguna de nuestras categorías vende ni comparte información personal, así que hoy la señal no desactiva nada más.',
    signalsChange:
      'Si nuestras prácticas cambian de un modo que exija atender señales de exclusión, actualizaremos esta política y respetaremos las señales exigidas por la ley allí donde la ley lo exija.',
    gpcName: 'Global Privacy Control',
    dntName: 'Do Not Track',

    regionsTitle: 'Sus opciones según dónde se encuentre',
    regionsIntro:
      'Lo que puede estar activo antes de que usted elija, y cómo puede excluirse, depende de la región desde la que visite el sitio. Conocemos la región por la red que entrega el sitio, no por una base de datos de ubicación.',
    regionsDefault: 'Todas las demás regiones',
    regionsUnknown: 'Cuando no podemos determinar su región',
    regionOptIn:
      '{regions}: no se utiliza nada que no sea esencial antes de que usted elija. Usted permite o rechaza cada categoría en la configuración de cookies y puede retirar su consentimiento en cualquier momento.',
    regionOptOut:
      '{regions}: las categorías opcionales pueden estar activas hasta que usted se excluya. Para excluirse, utilice «{optOut}» en la configuración de cookies o desactive allí una categoría.',
    regionOptOutSignal:
      'Allí, una señal Global Privacy Control de su navegador se respeta como exclusión respecto de «{categories}», se muestra como «{honored}» y se registra con su elección.',
    regionNotice:
      '{regions}: le informamos de las tecnologías que utilizamos; las categorías opcionales pueden estar activas sin preguntarle. Puede desactivarlas en la configuración de cookies.',
    changeRegime: 'Cambió lo que se aplica antes de una elección en: {regions}',

    updatesTitle: 'Cambios en esta política',
    updatesCurrent: 'Esta es la versión {version}, vigente desde el {date}.',
    updatesSummary: 'Novedades de esta versión: {summary}',
    updatesHow:
      'Cuando cambian las tecnologías que utilizamos, publicamos en esta página una nueva versión con una nueva fecha de entrada en vigor. Cuando un cambio requiere de nuevo su consentimiento, por ejemplo una nueva tecnología opcional o una duración más larga, se lo volvemos a preguntar en su próxima visita.',
    historyTable: 'Historial de versiones, de la más reciente a la más antigua',
    colVersion: 'Versión',
    colEffective: 'Vigente desde',
    colSummary: 'Resumen',
    colChanges: 'Qué cambió',
    colAskedAgain: 'Consentimiento pedido de nuevo',
    historyFirst: 'Primera versión registrada.',
    historyNoDetails: 'Los detalles de esta versión no están publicados.',
    historyNoChanges: 'Ningún cambio en las tecnologías declaradas.',
    askedAgainYes: 'Sí',
    askedAgainNo: 'No, las elecciones anteriores siguieron siendo válidas',

    changeTechAdded: 'Añadido: {kind} {name} ({category})',
    changeTechRemoved: 'Eliminado: {kind} {name}',
    changeTechCategory: '{name} pasó de {before} a {after}',
    changeTechDuration: 'Duración de {name}: ahora {after} (antes {before})',
    changeTechPurposes: '{name} se utiliza ahora para: {purposes}',
    changeTechProvider: '{name} lo proporciona ahora {provider}',
    changeTechSurfaces: '{name} se utiliza ahora en: {surfaces}',
    changeTechDetails: 'Descripción o detalles de {name} actualizados',
    changePurposeAdded: 'Nueva finalidad: {title}',
    changePurposeRemoved: 'Finalidad eliminada: {title}',
    changePurposeEssential: 'La finalidad «{title}» es ahora esencial',
    changePurposeNotEssential: 'La finalidad «{title}» ya no es esencial',
    changePurposeReworded: 'La finalidad «{title}» se ha redactado de nuevo',
    changeCategoryAdded: 'Nueva categoría: {title}',
    changeCategoryRemoved: 'Categoría eliminada: {title}',
    changeCategoryTreatment:
      'La categoría «{title}» se trata ahora de otra manera (siempre activa, o con venta o intercambio)',
    changeCategoryReworded: 'La categoría «{title}» se ha redactado de nuevo',
    changeProviderAdded: 'Nuevo proveedor: {name}',
    changeProviderRemoved: 'Proveedor eliminado: {name}',
    changeProviderChanged: 'Datos del proveedor {name} actualizados',
    changeSurfaceAdded: 'Nueva parte del sitio: {title}',
    changeSurfaceRemoved: 'Parte del sitio eliminada: {title}',
    changeSignalHonor: '{signal} se respeta ahora como exclusión',
    changeSignalRecord: '{signal} ahora solo se registra',
    changeSellsOn: 'Ahora vendemos información personal',
    changeSellsOff: 'Ya no vendemos información personal',
    changeSharesOn: 'Ahora compartimos información personal para publicidad comportamental entre contextos',
    changeSharesOff: 'Ya no compartimos información personal para publicidad comportamental entre contextos',
    changePolicyLink: 'Dirección de esta política actualizada',
    changePrivacyLink: 'Enlace a la política de privacidad actualizado',
    changeContact: 'Datos de contacto actualizados',
    changeLifetime: 'Las elecciones se conservan ahora durante {period}',
    changeConsentMode: 'Cambiaron las señales de Google Consent Mode enviadas para {title}',

    faqTitle: 'Preguntas y respuestas',
    faqBlocked: '¿Puedo usar {site} con las cookies bloqueadas?',
    faqBlockedAnswer:
      'Algunas páginas pueden seguir cargándose, pero lo siguiente puede no funcionar si las cookies esenciales o el almacenamiento del navegador están bloqueados: {features}.',
    faqBlockedSurface: 'las funciones del espacio «{surface}»',
    faqBlockedNone:
      'Sí. No utilizamos tecnologías esenciales, así que bloquear las cookies y el almacenamiento del navegador no le quita nada.',
    faqAnalytics: '¿Usa analítica el espacio «{surface}»?',
    faqAnalyticsYesConsent:
      'Sí, pero solo después de que usted permita «{categories}». Hasta entonces no se carga ni se almacena nada de lo siguiente:',
    faqAnalyticsYesAlways: 'Sí. Estas tecnologías de analítica están siempre activas:',
    faqAnalyticsNo: 'No. No utilizamos ninguna tecnología de analítica en el espacio «{surface}».',
    faqAnalyticsItem: '{name} ({kind}, {provider})',
    faqSeparate: '¿Es algo distinto de la política de privacidad?',
    faqSeparateAnswer:
      'Sí. Esta política de cookies explica en detalle las tecnologías presentes en su navegador. Complementa nuestra {privacy}, que describe en general cómo tratamos la información personal.',
    privacyPolicy: 'política de privacidad',

    contactTitle: 'Contacto',
    contactIntro: 'Si tiene preguntas sobre esta política o sobre sus elecciones, póngase en contacto con {name}:',
    contactIntroNoName:
      'Si tiene preguntas sobre esta política o sobre sus elecciones, póngase en contacto con nosotros:',
    contactEmail: 'Correo electrónico: {email}',
    contactWeb: 'Web: {url}',
    contactAddress: 'Dirección: {address}',
    contactPrivacy: 'Nuestra {privacy} explica cómo tratamos la información personal.',

    footerVersion: '{site} · Política de cookies, versión {version}, vigente desde el {date}',
    footerGenerated: 'Generada por Cookieproof a partir de la declaración {fingerprint}.',
  },
  kinds: {
    cookie: {
      one: 'cookie',
      many: 'cookies',
      explain:
        'pequeños fragmentos de texto que un sitio pide a su navegador que guarde y le devuelva en solicitudes posteriores, para reconocer una sesión o una elección.',
    },
    localStorage: {
      one: 'entrada del almacenamiento local',
      many: 'almacenamiento local',
      explain:
        'un almacén de su navegador en el que un sitio guarda datos en su dispositivo hasta que el sitio o usted los eliminan.',
    },
    sessionStorage: {
      one: 'entrada del almacenamiento de sesión',
      many: 'almacenamiento de sesión',
      explain: 'como el almacenamiento local, pero se vacía al cerrar la pestaña o la ventana.',
    },
    pixel: {
      one: 'píxel',
      many: 'píxeles',
      explain:
        'solicitudes (también llamadas balizas o «beacons») que una página envía a un servicio de medición para informar de una visita, un evento o una medición.',
    },
    script: {
      one: 'script',
      many: 'scripts',
      explain:
        'código que carga una página, a menudo de un proveedor como «etiqueta» (tag), por ejemplo para medir las visitas.',
    },
    iframe: {
      one: 'marco incrustado',
      many: 'marcos incrustados',
      explain: 'la página de otro sitio mostrada dentro de la nuestra, que puede usar sus propias tecnologías.',
    },
  },
  providerKinds: {
    authentication: 'Autenticación',
    analytics: 'Analítica',
    hosting: 'Alojamiento',
    payment: 'Pago',
    integration: 'Integración',
    advertising: 'Publicidad',
  },
  months: 'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre'.split(' '),
  date: '{day} de {month} de {year}',
  counted: {
    technology: { one: '{n} tecnología', other: '{n} tecnologías' },
    year: { one: '{n} año', other: '{n} años' },
    month: { one: '{n} mes', other: '{n} meses' },
    week: { one: '{n} semana', other: '{n} semanas' },
    day: { one: '{n} día', other: '{n} días' },
    hour: { one: '{n} hora', other: '{n} horas' },
    minute: { one: '{n} minuto', other: '{n} minutos' },
    second: { one: '{n} segundo', other: '{n} segundos' },
  },
};
export default pack;
