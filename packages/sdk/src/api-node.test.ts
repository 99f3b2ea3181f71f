import { describe, expect, it } from 'vitest';
import { testConfig } from '../test/harness.ts';

// Server rendering imports the SDK: importing it and creating the instance must not touch any browser global.
describe('the SDK module on a server (Node, no window)', () => {
  it('imports and creates an inert instance without touching a browser global', async () => {
    expect(typeof window).toBe('undefined');
    const { createCookieproof } = await import('./index.ts');
    const cp = createCookieproof(testConfig(1));
    expect(cp.getConsent()).toBeNull();
    expect(cp.getConsent()).toBe(cp.getConsent());
    expect(cp.allowed('analytics')).toBe(false);
    const unsubscribe = cp.subscribe(() => {});
    expect(typeof unsubscribe).toBe('function');
    unsubscribe();
    expect(cp.status()).toMatchObject({ ready: false, decided: false });
  });
});
