import type { LocalePack } from '../locale-pack.ts';

const pack: LocalePack = {
  tag: 'es',
  name: 'Español',
  dir: 'ltr',
  strings: {
    title: 'Tus opciones de privacidad',
    intro:
      'Usamos cookies esenciales para el funcionamiento de este sitio. Con tu consentimiento también usamos cookies opcionales y tecnologías similares. Puedes cambiar tu elección en cualquier momento.',
    accept: 'Aceptar todo',
    reject: 'Rechazar todo',
    save: 'Guardar selección',
    close: 'Cerrar',
    policy: 'Política de cookies',
    prefsTitle: 'Preferencias de cookies',
    always: 'siempre activas',
    techs: 'Tecnologías',
    gpc: 'Tu navegador ha enviado una señal de exclusión (GPC o DNT).',
    honored: 'Solicitud de exclusión atendida: la venta y el uso compartido siguen desactivados.',
    recorded: 'Se registra con tu elección.',
    blockedTitle: 'Las cookies están bloqueadas',
    blocked:
      'Tu navegador bloquea las cookies. Puedes seguir leyendo, pero el inicio de sesión, el pago y otras funciones que necesitan cookies esenciales no funcionarán.',
    ok: 'Aceptar',
    optOut: 'No vender ni compartir mi información personal',
    optOutHonored: 'Solicitud de exclusión atendida',
    notice: 'Este sitio usa cookies y tecnologías similares. La {policy} explica cuáles y cómo desactivarlas.',
    changed: 'Actualizamos nuestra política de cookies el {date}: {summary}',
    receipt: 'ID del comprobante',
    copy: 'Copiar',
  },
};
export default pack;
