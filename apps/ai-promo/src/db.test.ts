import { describe, expect, it } from 'vitest';
import { issueOAuthState, openDb, takeOAuthState } from './db.ts';

describe('OAuth states', () => {
  const count = (db: ReturnType<typeof openDb>) =>
    (db.prepare('SELECT count(*) AS n FROM oauth_states').get() as { n: number }).n;

  it('are used once, for their own purpose, within ten minutes', () => {
    const db = openDb(':memory:');
    issueOAuthState(db, 'a', { userId: 'u1', workspaceId: 'w1', purpose: 'datahub' }, 0);
    expect(takeOAuthState(db, 'a', 'datahub', 599_999)).toEqual({ userId: 'u1', workspaceId: 'w1' });
    expect(takeOAuthState(db, 'a', 'datahub', 1)).toBeUndefined();

    issueOAuthState(db, 'b', { userId: 'csrf', purpose: 'acme' }, 0);
    // Presented to the wrong callback, it is burnt: the right one cannot use it afterwards.
    expect(takeOAuthState(db, 'b', 'datahub', 1)).toBeUndefined();
    expect(takeOAuthState(db, 'b', 'acme', 1)).toBeUndefined();

    issueOAuthState(db, 'c', { userId: 'csrf', purpose: 'acme' }, 0);
    expect(takeOAuthState(db, 'c', 'acme', 600_001)).toBeUndefined();
    expect(takeOAuthState(db, 'unknown', 'acme', 1)).toBeUndefined();
    expect(count(db)).toBe(0);
  });

  it('do not pile up when sign-ins are started and abandoned', () => {
    const db = openDb(':memory:');
    for (let i = 0; i < 50; i++) issueOAuthState(db, `s${i}`, { userId: 'csrf', purpose: 'acme' }, i * 60_000);
    // Only those of the last ten minutes are kept.
    expect(count(db)).toBe(11);
    expect(takeOAuthState(db, 's49', 'acme', 49 * 60_000)).toEqual({ userId: 'csrf', workspaceId: null });
  });
});
