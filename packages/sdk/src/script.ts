import { boot } from './core.ts';

// Entry of the classic-script build (cookieproof.js): the UI chunk is an ES module next to it, or `data-ui`.
const script = document.currentScript as HTMLScriptElement | null;
const uiUrl = script ? new URL(script.dataset.ui || 'cookieproof-ui.js', script.src).href : '';
boot(() => import(uiUrl), script);
