import { boot, type ChunkScript, type UiModule } from './core.ts';

// Entry of the classic-script build (cookieproof.js): the UI chunk is an ES module next to it, or `data-ui`.
// The per-surface file `cookieproof build` writes sets `cookieproofImport` on the script element (see ChunkScript):
// the UI chunk, and the view chunk the UI then imports, come through it with their integrity checked.
const script = document.currentScript as ChunkScript | null;
const uiUrl = script ? new URL(script.dataset.ui || 'cookieproof-ui.js', script.src).href : '';
boot(() => script?.cookieproofImport?.<UiModule>(uiUrl) ?? import(uiUrl), script);
