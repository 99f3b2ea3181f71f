export type { PolicyRenderOptions } from './build-document.ts';
export { policyCss } from './policy-css.ts';
export { policyPageHash, renderPolicyHtml } from './render-html.ts';
export { renderPolicyMarkdown } from './render-markdown.ts';
