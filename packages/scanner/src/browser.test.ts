import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchScanBrowser } from './browser.ts';
import { resolveBrowser } from './options.ts';

// The scan browser behaves like Chrome where a scan's findings depend on it.

let server: Server;
let port: number;
beforeAll(async () => {
  // /top embeds a cross-site frame that writes localStorage; /read is that frame's site opened top-level.
  server = createServer((req, res) => {
    res.setHeader('content-type', 'text/html');
    if (req.url === '/top') res.end(`<iframe src="http://frame.localhost:${port}/write"></iframe>`);
    else if (req.url === '/write')
      res.end(`<script>localStorage.setItem('k', 'v'); document.title = 'written'</script>`);
    else res.end(`<script>document.title = String(localStorage.getItem('k'))</script>`);
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((done) => server.close(() => done())));

describe('scan browser', () => {
  it.each(['allow', 'block'] as const)(
    'partitions third-party storage by top-level site, as Chrome does (third-party cookies: %s)',
    async (mode) => {
      const browser = await launchScanBrowser(resolveBrowser(undefined), mode);
      try {
        const context = await browser.newPassContext();
        const top = await context.newPage();
        await top.goto(`http://site.localhost:${port}/top`);
        await expect.poll(() => top.frames()[1]?.title()).toBe('written');
        const own = await context.newPage();
        await own.goto(`http://frame.localhost:${port}/read`);
        // Written under site.localhost, so invisible to frame.localhost's own, first-party storage.
        expect(await own.title()).toBe('null');
      } finally {
        await browser.close();
      }
    },
  );
});
