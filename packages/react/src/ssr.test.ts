import { createCookieproof } from '@cookieproof/sdk';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { CONFIG } from '../test/fixtures.ts';
import { App } from '../test/page/app.ts';

// Server rendering with react-dom/server in Node: no window, the SDK imported and created like on the client.
describe('server rendering', () => {
  it('renders every gate as its fallback, without errors', () => {
    expect(typeof window).toBe('undefined');
    createCookieproof(CONFIG);
    const html = renderToString(createElement(App));
    expect(html).toContain('The video needs marketing cookies.');
    expect(html).not.toContain('Video playing');
    expect(html).toContain('undecided');
    expect(html).toContain('data-cookieproof-action="preferences"');
  });
});
