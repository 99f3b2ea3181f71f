import { describe, expect, it } from 'vitest';
import { mapSqliteError } from './sqlite-dialect.ts';

describe('SQLite errors', () => {
  it('maps a full disk, a lock held too long and I/O errors to unavailable, and leaves the rest alone', () => {
    for (const code of ['SQLITE_FULL', 'SQLITE_BUSY', 'SQLITE_IOERR_FSYNC', 'SQLITE_READONLY']) {
      expect(mapSqliteError(Object.assign(new Error(code), { code }))).toMatchObject({ code: 'unavailable' });
    }
    const constraint = Object.assign(new Error('UNIQUE constraint failed'), { code: 'SQLITE_CONSTRAINT_UNIQUE' });
    expect(mapSqliteError(constraint)).toBe(constraint);
  });
});
