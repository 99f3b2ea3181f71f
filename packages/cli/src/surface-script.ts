// The per-surface file `cookieproof build` writes (sdk/cookieproof.<surface>.<hash>.js), loaded by the one tag of
// snippet.<surface>.html. A classic script that runs synchronously where the tag stands, so the Consent Mode
// default and the gating are in place before any later tag runs, as with the config pasted into the page:
// 1. it puts the surface's config into the page as the JSON data block the core reads (never executed, so no CSP
//    allowance), and tells the core and the UI where the content-named UI and locale chunks are;
// 2. it gives the core `cookieproofImport`, which loads the UI chunk, and the locale chunk the UI will import,
//    through module scripts carrying their Subresource Integrity hashes (this file's own integrity is in the tag,
//    so the hashes cannot be changed either). A chunk is imported only once its checked module script has loaded;
//    a chunk that fails its check is never imported, so no banner shows and nothing gated runs (fail closed);
// 3. the SDK core follows, unchanged.

export interface SurfaceChunks {
  /** The UI chunk's file name, beside this file. */
  ui: string;
  /** Each locale chunk's file name by tag, beside this file. */
  locales: Record<string, string>;
  /** Subresource Integrity of each chunk, by file name. */
  integrity: Record<string, string>;
}

export function surfaceScript(surface: string, configJson: string, chunks: SurfaceChunks, core: Buffer): string {
  const boot = `/* Cookieproof for the "${surface.replaceAll('*/', '')}" surface, written by cookieproof build: the config and the SDK's chunks with their integrity, then the SDK core. */
(() => {
  const s = document.currentScript;
  if (!s) return;
  const config = ${configJson};
  const chunks = ${JSON.stringify(chunks)};
  const data = document.createElement('script');
  data.type = 'application/json';
  data.id = 'cookieproof-config';
  data.textContent = JSON.stringify(config);
  s.before(data);
  s.dataset.ui = chunks.ui;
  s.dataset.locales = JSON.stringify(chunks.locales);
  const checked = (url) =>
    new Promise((resolve, reject) => {
      const integrity = chunks.integrity[url.slice(url.lastIndexOf('/') + 1)];
      if (!integrity) return reject(new Error('cookieproof: no integrity for ' + url));
      const e = document.createElement('script');
      e.type = 'module';
      e.src = url;
      e.integrity = integrity;
      e.crossOrigin = 'anonymous';
      e.nonce = s.nonce;
      e.onload = () => resolve(import(url));
      e.onerror = () => reject(new Error('cookieproof: refused ' + url));
      document.head.append(e);
    });
  const locale = (url) => checked(new URL(url, s.src).href);
  s.cookieproofImport = async (url) => {
    const ui = await checked(url);
    // The UI says which locale it will show, and falls back to the default; if it cannot say, every locale is
    // loaded, so that none is ever imported unchecked.
    let tags = [];
    try {
      tags = [ui.locale({ config }), config.defaultLocale];
    } catch {}
    if (!chunks.locales[tags[0]]) tags = Object.keys(chunks.locales);
    await Promise.all([...new Set(tags)].filter((t) => chunks.locales[t]).map((t) => locale(chunks.locales[t])));
    return ui;
  };
})();
`;
  return `${boot}${core.toString('utf8')}`;
}
