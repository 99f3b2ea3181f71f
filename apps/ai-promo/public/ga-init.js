// Google tag configuration. Gated: the SDK runs this file only after analytics consent, and Consent Mode
// defaults and updates are already in dataLayer (the SDK pushes them first).
(() => {
  const id = document.querySelector('meta[name="aip-ga-id"]')?.content;
  if (!id) return;
  window.dataLayer = window.dataLayer || [];
  function gtag() {
    // biome-ignore lint/complexity/noArguments: gtag.js reads Arguments objects, as in Google's snippet.
    window.dataLayer.push(arguments);
  }
  window.gtag = window.gtag || gtag;
  window.gtag('js', new Date());
  window.gtag('config', id);
})();
