import { createCookieproof } from '@cookieproof/sdk';
import { createElement } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { App } from './app.ts';

const page = window as unknown as { hydrationErrors: string[]; hydrated: boolean };
// The UI's view chunks are served at /sdk/ (a bundler does not see them).
createCookieproof(JSON.parse(document.getElementById('cookieproof-config')!.textContent!), { chunks: '/sdk/' });
page.hydrationErrors = [];
hydrateRoot(document.getElementById('root')!, createElement(App), {
  onRecoverableError: (e) => page.hydrationErrors.push(String(e)),
});
page.hydrated = true;
