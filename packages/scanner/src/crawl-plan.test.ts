import { describe, expect, it } from 'vitest';
import { CrawlPlan, type CrawlStep } from './crawl-plan.ts';

// Pages and their links, as a site map the plan is walked over.
function walk(plan: CrawlPlan, links: Record<string, string[]>, limit = 100): string[] {
  const seen: string[] = [];
  for (let step: CrawlStep | undefined = plan.next(); step; step = plan.next()) {
    seen.push(step.url);
    if (seen.length > limit) throw new Error(`no end after ${limit} steps: ${seen.join(' ')}`);
    if (plan.wantsLinks(step)) plan.addLinks(links[step.url] ?? [], step);
  }
  return seen;
}

const site = 'http://a.localhost/';
const many = Array.from({ length: 20 }, (_, i) => `${site}p${i}`);

describe('crawl plan', () => {
  it('ends when the budget is spent with links still queued and pages asked for (the AI Promo hang)', () => {
    const plan = new CrawlPlan(site, [`${site}settings`, `${site}dash`], 5, 2);
    expect(walk(plan, { [site]: many })).toEqual([site, `${site}p0`, `${site}p1`, `${site}settings`, `${site}dash`]);
  });

  it('goes breadth first, same site only, skipping downloads, sign-out links and fragments', () => {
    const plan = new CrawlPlan(site, [], 10, 2);
    const links = {
      [site]: [
        `${site}a`,
        `${site}b#top`,
        'http://other.localhost/x',
        `${site}file.pdf`,
        `${site}logout`,
        'mailto:x@y',
      ],
      [`${site}a`]: [`${site}a/deep`, `${site}b`],
      [`${site}b`]: [`${site}b/deep`],
      [`${site}a/deep`]: [`${site}a/deeper`],
    };
    expect(walk(plan, links)).toEqual([site, `${site}a`, `${site}b`, `${site}a/deep`, `${site}b/deep`]);
  });

  it('visits the pages asked for even when the crawl ends early, once each, the target not counted twice', () => {
    const plan = new CrawlPlan(site, [site, `${site}x#frag`, `${site}x`], 3, 2);
    expect(walk(plan, {})).toEqual([site, `${site}x`]);
  });

  it('does not visit again a page a redirect already landed on', () => {
    const plan = new CrawlPlan(site, [`${site}home`], 10, 1);
    const first = plan.next()!;
    expect(plan.arrived(first, `${site}home`)).toBe(true);
    plan.addLinks([`${site}home`], first);
    expect(plan.next()).toBeUndefined();
    const again = new CrawlPlan(site, [`${site}login`], 10, 1);
    const start = again.next()!;
    expect(again.arrived(start, site)).toBe(true);
    // The sign-in page sends a signed-in visitor back to a page already seen.
    expect(again.arrived(again.next()!, site)).toBe(false);
  });
});

describe('handing out pages to several tabs', () => {
  it('has a page to hand out only when no page still being visited could change which comes next', () => {
    const plan = new CrawlPlan('https://s.example/', ['https://s.example/extra'], 3, 1);
    expect(plan.hasQueued()).toBe(true);
    const start = plan.next()!;
    // The start page's links are not in yet: handing out the extra page now would change the crawl.
    expect(plan.hasQueued()).toBe(false);
    plan.addLinks(['https://s.example/a'], start);
    expect(plan.hasQueued()).toBe(true);
    expect(plan.next()?.url).toBe('https://s.example/a');
    // The crawl's budget (3 pages less the one asked for) is spent: the extra page may go at once.
    expect(plan.hasQueued()).toBe(true);
    expect(plan.next()?.url).toBe('https://s.example/extra');
  });
});
