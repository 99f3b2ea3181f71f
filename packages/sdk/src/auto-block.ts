// Auto-blocking from the declaration: page script that loads a declared non-essential URL (a script, iframe or image
// it creates, HTML it writes, a request it sends) is held before the browser fetches anything. Installed by the core
// before any tag runs; parser-inserted elements are held by the core's MutationObserver.

/** The category that holds this URL now, or undefined when it may load. */
export type HeldBy = (url: string) => string | undefined;
/**
 * Turns an element whose URL is held into gated markup (`data-cookieproof-category`, inert src) that the core
 * activates later; says whether it did.
 */
export type Hold = (el: Element, url: string) => boolean;

/** The elements that load a URL of their own: gated markup and auto-blocking concern these only. */
const TAGS = /^(SCRIPT|IFRAME|IMG)$/;

export function installAutoBlock(heldBy: HeldBy, hold: Hold): void {
  const setAttribute = Element.prototype.setAttribute;

  // Setting src on a script, iframe or image, as a property or an attribute: nothing is fetched before that.
  Element.prototype.setAttribute = function (this: Element, name: string, value: string) {
    if (!(/^src$/i.test(name) && TAGS.test(this.tagName) && hold(this, String(value))))
      setAttribute.call(this, name, value);
  };
  for (const proto of [HTMLScriptElement.prototype, HTMLIFrameElement.prototype, HTMLImageElement.prototype]) {
    const desc = Object.getOwnPropertyDescriptor(proto, 'src')!;
    Object.defineProperty(proto, 'src', {
      ...desc,
      set(this: Element, v: string) {
        if (!hold(this, String(v))) desc.set!.call(this, v);
      },
    });
  }

  // HTML strings are parsed in an inert template first (nothing in it loads), held elements rewritten, and the
  // result handed on. Scripts inserted as innerHTML never run, so they are left as they are; written ones do.
  const innerHTML = Object.getOwnPropertyDescriptor(Element.prototype, 'innerHTML')!;
  const rewrite = (html: string, scripts: boolean): string => {
    if (!/<(script|iframe|img)/i.test(html)) return html;
    const t = document.createElement('template');
    innerHTML.set!.call(t, html);
    let changed = false;
    for (const el of t.content.querySelectorAll(
      scripts ? 'script[src],iframe[src],img[src]' : 'iframe[src],img[src]',
    )) {
      if (hold(el, el.getAttribute('src')!)) changed = true;
    }
    return changed ? (innerHTML.get!.call(t) as string) : html;
  };
  Object.defineProperty(Element.prototype, 'innerHTML', {
    ...innerHTML,
    set(this: Element, v: string) {
      innerHTML.set!.call(this, rewrite(String(v), false));
    },
  });
  const write = Document.prototype.write;
  Document.prototype.write = function (this: Document, ...html: string[]) {
    write.call(this, rewrite(html.join(''), true));
  };

  // Requests to declared pixel and collection endpoints are dropped: as a network error (fetch), never sent
  // (XMLHttpRequest), or not queued (sendBeacon returns false).
  const fetch = window.fetch;
  window.fetch = function (this: unknown, input: RequestInfo | URL, init?: RequestInit) {
    // A Request has its url; a string or URL object stands for itself.
    return heldBy((input as Request).url ?? String(input))
      ? Promise.reject(TypeError())
      : fetch.call(this, input, init);
  } as typeof fetch;
  type Xhr = XMLHttpRequest & { cookieproofUrl?: string };
  const open = XMLHttpRequest.prototype.open;
  XMLHttpRequest.prototype.open = function (this: Xhr, ...a: unknown[]) {
    this.cookieproofUrl = String(a[1]);
    return (open as (...x: unknown[]) => void).apply(this, a);
  } as typeof open;
  const send = XMLHttpRequest.prototype.send;
  XMLHttpRequest.prototype.send = function (this: Xhr, body?: Document | XMLHttpRequestBodyInit | null) {
    if (!heldBy(this.cookieproofUrl as string)) send.call(this, body);
  };
  const nav = navigator;
  const beacon = nav.sendBeacon;
  nav.sendBeacon = (url: string | URL, data?: BodyInit | null) => !heldBy(String(url)) && beacon.call(nav, url, data);
}
