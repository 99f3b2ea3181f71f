import { describe, expect, it } from 'vitest';
import { classifyLabel, normaliseLabel } from './consent.ts';

describe('banner button labels', () => {
  it('normalises case, punctuation and spacing', () => {
    expect(normaliseLabel('  Accept   ALL! ')).toBe('accept all');
    expect(normaliseLabel('J’accepte')).toBe("j'accepte");
  });

  it.each([
    ['Accept all', 'accept'],
    ['Alle akzeptieren', 'accept'],
    ['Tout accepter', 'accept'],
    ['Aceptar todo', 'accept'],
    ['Accetta tutti', 'accept'],
    ['Alles accepteren', 'accept'],
    ['Reject all', 'reject'],
    ['Only necessary', 'reject'],
    ['Alle ablehnen', 'reject'],
    ['Nur notwendige Cookies', 'reject'],
    ['Tout refuser', 'reject'],
    ['Continuer sans accepter', 'reject'],
    ['Rechazar todo', 'reject'],
    ['Rifiuta tutti', 'reject'],
    ['Alles weigeren', 'reject'],
    ['Do Not Sell or Share My Personal Information', 'reject'],
    ['Opt out', 'reject'],
  ] as const)('%s → %s', (label, choice) => {
    expect(classifyLabel(label)).toBe(choice);
  });

  it('ignores labels that are not a consent choice', () => {
    for (const label of ['Settings', 'Read more about cookies', 'Add to cart', 'Sign in', '']) {
      expect(classifyLabel(label)).toBeUndefined();
    }
  });
});
