/**
 * Why a server could not listen, for the errors a user fixes by choosing another port (the port is taken, or
 * not allowed); undefined for any other error. Shared by `cookieproof serve` and the reference site's `npm start`,
 * which each say how to choose another port.
 */
export function portProblem(err: unknown): { port: number; reason: string } | undefined {
  const e = err as (NodeJS.ErrnoException & { port?: number }) | undefined;
  if ((e?.code !== 'EADDRINUSE' && e?.code !== 'EACCES') || typeof e.port !== 'number') return undefined;
  return {
    port: e.port,
    reason: e.code === 'EADDRINUSE' ? 'already in use by another program' : 'not allowed for this user',
  };
}
