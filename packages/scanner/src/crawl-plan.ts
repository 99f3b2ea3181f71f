import { hostOf, registrableDomain } from './party.ts';

// The order pages are visited in one pass: breadth-first over same-site links from the target while the page
// budget lasts, then every page asked for with --page. Deterministic, so three passes see the same pages.

const SKIP_LINK = /\.(?:pdf|zip|gz|dmg|exe|jpe?g|png|gif|webp|svg|mp4|mp3|css|js|xml|json)$/i;
const LOGOUT_LINK = /log-?out|sign-?out|abmelden/i;

function normalise(url: string): string | undefined {
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return undefined;
    u.hash = '';
    return u.href;
  } catch {
    return undefined;
  }
}

export interface CrawlStep {
  url: string;
  depth: number;
}

export class CrawlPlan {
  private readonly queue: CrawlStep[];
  private readonly extra: string[];
  private readonly queued: Set<string>;
  private readonly visited = new Set<string>();
  private readonly site: string;
  private readonly budget: number;
  private crawled = 0;

  constructor(
    target: string,
    extraPages: string[],
    maxPages: number,
    private readonly depth: number,
  ) {
    const start = normalise(target) ?? target;
    this.site = registrableDomain(hostOf(start));
    this.queue = [{ url: start, depth: 0 }];
    this.queued = new Set([start]);
    this.extra = extraPages.map((p) => normalise(p) ?? p);
    // Pages asked for count against --max-pages; the crawl gets what is left, and at least the target.
    this.budget = Math.max(1, maxPages - this.extra.filter((p) => p !== start).length);
  }

  /** The next page to visit, or undefined when the pass is done. */
  next(): CrawlStep | undefined {
    for (;;) {
      // Links still queued once the budget is spent are not visited.
      const crawling = this.crawled < this.budget && this.queue.length > 0;
      if (!crawling && this.extra.length === 0) return undefined;
      const step = crawling ? this.queue.shift()! : { url: this.extra.shift()!, depth: this.depth };
      if (this.visited.has(step.url)) continue;
      this.visited.add(step.url);
      if (crawling) this.crawled++;
      return step;
    }
  }

  /**
   * Whether `next()` can hand out a page that no page still being visited could change: a queued link while the
   * budget lasts, or a page asked for once the crawl's budget is spent.
   */
  hasQueued(): boolean {
    if (this.crawled < this.budget) return this.queue.some((s) => !this.visited.has(s.url));
    return this.extra.length > 0;
  }

  /** Where a visit ended up after redirects; false when a redirect led to a page this pass already saw. */
  arrived(step: CrawlStep, url: string): boolean {
    const landed = normalise(url) ?? url;
    if (landed === step.url) return true;
    if (this.visited.has(landed)) return false;
    this.visited.add(landed);
    return true;
  }

  /** Whether links found on a page at this depth are worth reading. */
  wantsLinks(from: CrawlStep): boolean {
    return from.depth < this.depth && this.crawled < this.budget;
  }

  /** Queues same-site links found on a page, skipping downloads and sign-out links. */
  addLinks(hrefs: string[], from: CrawlStep): void {
    for (const href of hrefs) {
      const url = normalise(href);
      if (!url || this.queued.has(url) || SKIP_LINK.test(new URL(url).pathname) || LOGOUT_LINK.test(url)) continue;
      if (registrableDomain(hostOf(url)) !== this.site) continue;
      this.queued.add(url);
      this.queue.push({ url, depth: from.depth + 1 });
    }
  }
}
