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
