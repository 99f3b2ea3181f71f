import type { LocalePack } from '../locale-pack.ts';

const pack: LocalePack = {
  tag: 'de',
  name: 'Deutsch',
  dir: 'ltr',
  strings: {
    title: 'Ihre Datenschutzauswahl',
    intro:
      'Wir verwenden notwendige Cookies für den Betrieb dieser Website. Mit Ihrer Einwilligung verwenden wir auch optionale Cookies und ähnliche Technologien. Sie können Ihre Auswahl jederzeit ändern.',
    accept: 'Alle akzeptieren',
    reject: 'Alle ablehnen',
    save: 'Auswahl speichern',
    close: 'Schließen',
    policy: 'Cookie-Richtlinie',
    prefsTitle: 'Cookie-Einstellungen',
    always: 'immer aktiv',
    techs: 'Technologien',
    gpc: 'Ihr Browser hat ein Opt-out-Signal gesendet (GPC oder DNT).',
    honored: 'Opt-out-Anfrage berücksichtigt: Verkauf und Weitergabe bleiben aus.',
    recorded: 'Es wird mit Ihrer Auswahl gespeichert.',
    blockedTitle: 'Cookies sind blockiert',
    blocked:
      'Ihr Browser blockiert Cookies. Sie können weiterlesen, aber Anmeldung, Bezahlung und andere Funktionen, die notwendige Cookies brauchen, funktionieren nicht.',
    ok: 'OK',
    optOut: 'Meine personenbezogenen Daten nicht verkaufen oder teilen',
    optOutHonored: 'Opt-out-Anfrage berücksichtigt',
    notice:
      'Diese Website verwendet Cookies und ähnliche Technologien. Die {policy} erklärt, welche und wie Sie sie abschalten.',
    changed: 'Wir haben unsere Cookie-Richtlinie am {date} aktualisiert: {summary}',
    receipt: 'Beleg-ID',
    copy: 'Kopieren',
  },
};
export default pack;
