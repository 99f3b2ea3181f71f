import { createElement } from 'react';
import { ConsentGate, CookieSettingsButton, useConsent } from '../../src/index.ts';

// The app both rendered on the server (react-dom/server) and hydrated in the browser by the Vite-built page.
function Status() {
  const consent = useConsent();
  return createElement('p', { id: 'status' }, consent ? `decided ${consent.version}` : 'undecided');
}

export function App() {
  return createElement(
    'main',
    null,
    createElement('h1', null, 'React app'),
    createElement(Status),
    createElement(
      ConsentGate,
      { category: 'marketing', fallback: createElement('p', { id: 'fallback' }, 'The video needs marketing cookies.') },
      createElement('p', { id: 'video' }, 'Video playing'),
    ),
    createElement(CookieSettingsButton, { id: 'settings' }),
  );
}
