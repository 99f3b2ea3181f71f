// The per-surface file `cookieproof build` writes (sdk/cookieproof.<surface>.<hash>.js), loaded by the one tag of
// snippet.<surface>.html. A classic script that runs synchronously where the tag stands, so the Consent Mode
// default and the gating are in place before any later tag runs, as with the config pasted into the page:
// 1. it puts the surface's config into the page as the JSON data block the core reads (never executed, so no CSP
//    allowance), and tells the core where the content-named UI chunk is (data-ui) and the UI where each view chunk
//    is (data-chunks, by the name the SDK build gives it);
// 2. it gives the script element `cookieproofImport` (the SDK's ChunkScript), through which the core imports the UI
//    chunk and the UI its one view chunk: each through a module script carrying the chunk's Subresource Integrity
//    hash (this file's own integrity is in the tag, so the hashes cannot be changed either), imported only once that
//    checked script has loaded. A chunk that fails its check is never imported, so no banner shows and nothing
//    gated runs (fail closed);
// 3. the SDK core follows, unchanged.

export interface SurfaceChunks {
  /** The UI chunk's file name, beside this file. */
  ui: string;
  /** Each view chunk's file name beside this file, by the SDK build's name for it (cookieproof-<view>-<tag>.js). */
  chunks: Record<string, string>;
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
  s.dataset.chunks = JSON.stringify(chunks.chunks);
  s.cookieproofImport = (url) =>
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
})();
`;
  return `${boot}${core.toString('utf8')}`;
}
