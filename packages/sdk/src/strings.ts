// Built-in UI strings; a config's `strings[locale]` overrides any of them by key.

const en = {
  title: 'Your privacy choices',
  intro:
    'We use essential cookies to run this site. With your consent we also use optional cookies and similar technologies. You can change your choice at any time.',
  accept: 'Accept all',
  reject: 'Reject all',
  prefs: 'Preferences',
  save: 'Save choices',
  close: 'Close',
  policy: 'Cookie policy',
  prefsTitle: 'Cookie preferences',
  always: 'always on',
  techs: 'Technologies',
  gpc: 'Your browser sent an opt-out signal (GPC or DNT).',
  honored: 'Opt-out request honored: selling and sharing stay off.',
  recorded: 'It is recorded with your choice.',
  blockedTitle: 'Cookies are blocked',
  blocked:
    'Your browser blocks cookies. You can keep reading, but signing in, checkout and other features that need essential cookies will not work.',
  ok: 'OK',
  requires: 'This needs essential cookies, which your browser blocks. Allow cookies for this site to continue.',
};
export type Strings = typeof en;

const de: Strings = {
  title: 'Ihre Datenschutzauswahl',
  intro:
    'Wir verwenden notwendige Cookies für den Betrieb dieser Website. Mit Ihrer Einwilligung verwenden wir auch optionale Cookies und ähnliche Technologien. Sie können Ihre Auswahl jederzeit ändern.',
  accept: 'Alle akzeptieren',
  reject: 'Alle ablehnen',
  prefs: 'Einstellungen',
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
  requires:
    'Dies braucht notwendige Cookies, die Ihr Browser blockiert. Erlauben Sie Cookies für diese Website, um fortzufahren.',
};

export const BUILT_IN: Record<string, Strings> = { en, de };
export const RTL = ['ar', 'he', 'fa', 'ur', 'yi', 'ps', 'sd', 'ug', 'dv', 'ckb'];
