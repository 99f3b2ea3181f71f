import { randomBytes } from 'node:crypto';

// Random bytes from the CSPRNG, fetched 64 KiB at a time: one system call per ~2,000 salts instead of one each
// (Node's randomUUID caches the same way).

const POOL_SIZE = 64 * 1024;
let pool = Buffer.alloc(0);
let offset = 0;

export function randomSlice(n: number): Buffer {
  if (offset + n > pool.length) {
    pool = randomBytes(Math.max(POOL_SIZE, n));
    offset = 0;
  }
  const slice = pool.subarray(offset, offset + n);
  offset += n;
  return slice;
}

let lastMs = 0;
let counter = 0;

/**
 * A UUIDv7 (RFC 9562): 48 bits of Unix milliseconds, then random bits. Receipt ids made this way are inserted at
 * the end of their index instead of at random places in it, which keeps appends fast in a log of millions.
 * Within one millisecond a 12-bit counter keeps them increasing.
 */
export function uuidV7(now = Date.now()): string {
  if (now > lastMs) {
    lastMs = now;
    counter = 0;
  } else counter = (counter + 1) & 0xfff;
  const b = Buffer.from(randomSlice(16));
  b.writeUIntBE(lastMs, 0, 6);
  b[6] = 0x70 | (counter >> 8);
  b[7] = counter & 0xff;
  b[8] = 0x80 | (b[8]! & 0x3f);
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/**
 * A new subject's id, issued by the server when the browser has none: a UUIDv7, so new subjects, the bulk of
 * appends, also go to one end of the subject index. It tells when the subject first decided, which the consent
 * cookie holding it states anyway.
 */
export function newSubjectId(): string {
  return uuidV7();
}
