import { parseCookies, randomToken, serializeCookie } from './security.ts';

// What our hosting provider's edge (Nimbus Edge) adds to every response on the site's hosts: a routing cookie
// for the browser session and a 30-minute bot-management cookie, both essential, both as declared.

const BOT_CHECK_SECONDS = 30 * 60;

export async function withEdgeCookies(req: Request, response: Response | Promise<Response>): Promise<Response> {
  const res = await response;
  const cookies = parseCookies(req.headers.get('cookie'));
  const add: string[] = [];
  if (!cookies.nimbus_route)
    add.push(serializeCookie('nimbus_route', `n1.${randomToken(6)}`, { httpOnly: true, secure: true }));
  if (!cookies.__nimbus_bm)
    add.push(
      serializeCookie('__nimbus_bm', randomToken(18), { httpOnly: true, secure: true, maxAge: BOT_CHECK_SECONDS }),
    );
  if (add.length === 0) return res;
  const headers = new Headers(res.headers);
  for (const v of add) headers.append('set-cookie', v);
  return new Response(res.body, { status: res.status, statusText: res.statusText, headers });
}
