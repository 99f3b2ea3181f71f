import type { LocalePack } from '../locale-pack.ts';

const pack: LocalePack = {
  tag: 'fr',
  name: 'Français',
  dir: 'ltr',
  strings: {
    title: 'Vos choix de confidentialité',
    intro:
      'Nous utilisons des cookies essentiels au fonctionnement de ce site. Avec votre consentement, nous utilisons aussi des cookies facultatifs et des technologies similaires. Vous pouvez modifier votre choix à tout moment.',
    accept: 'Tout accepter',
    reject: 'Tout refuser',
    save: 'Enregistrer mes choix',
    close: 'Fermer',
    policy: 'Politique relative aux cookies',
    prefsTitle: 'Préférences en matière de cookies',
    always: 'toujours actif',
    techs: 'Technologies',
    gpc: 'Votre navigateur a envoyé un signal de refus (GPC ou DNT).',
    honored: 'Demande de refus respectée : la vente et le partage restent désactivés.',
    recorded: 'Il est enregistré avec votre choix.',
    blockedTitle: 'Les cookies sont bloqués',
    blocked:
      'Votre navigateur bloque les cookies. Vous pouvez continuer à lire, mais la connexion, le paiement et les autres fonctions qui ont besoin de cookies essentiels ne fonctionneront pas.',
    ok: 'OK',
    optOut: 'Ne pas vendre ni partager mes informations personnelles',
    optOutHonored: 'Demande de refus respectée',
    notice:
      'Ce site utilise des cookies et des technologies similaires. La {policy} explique lesquels et comment les désactiver.',
    changed: 'Nous avons mis à jour notre politique relative aux cookies le {date} : {summary}',
    receipt: 'Identifiant du reçu',
    copy: 'Copier',
  },
};
export default pack;
