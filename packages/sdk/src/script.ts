import { boot, type UiModule } from './core.ts';

// Entry of the classic-script build (cookieproof.js): the UI chunk is an ES module next to it, or `data-ui`.
// The per-surface file `cookieproof build` writes sets `cookieproofImport` on the script element: it loads the UI
// chunk, and the locale chunk the UI will import, through module scripts with their Subresource Integrity hashes,
// so that a changed chunk is refused; without it the UI chunk is imported plainly.
const script = document.currentScript as
  | (HTMLScriptElement & { cookieproofImport?: (url: string) => Promise<UiModule> })
  | null;
const uiUrl = script ? new URL(script.dataset.ui || 'cookieproof-ui.js', script.src).href : '';
boot(() => script?.cookieproofImport?.(uiUrl) ?? import(uiUrl), script);
