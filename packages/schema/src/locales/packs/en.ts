import type { LocalePack } from '../locale-pack.ts';

const pack: LocalePack = {
  tag: 'en',
  name: 'English',
  dir: 'ltr',
  strings: {
    title: 'Your privacy choices',
    intro:
      'We use essential cookies to run this site. With your consent we also use optional cookies and similar technologies. You can change your choice at any time.',
    accept: 'Accept all',
    reject: 'Reject all',
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
    optOut: 'Do not sell or share my personal information',
    optOutHonored: 'Opt-out request honored',
    notice:
      'This site uses cookies and similar technologies. The {policy} explains which ones and how to switch them off.',
    changed: 'We updated our cookie policy on {date}: {summary}',
    receipt: 'Receipt ID',
    copy: 'Copy',
  },
};
export default pack;
