// Dashboard interface state. The server renders its defaults (workspace from the account, every notice and
// hint shown); this file remembers choices in localStorage only while preferences consent is given. Without
// it a choice applies to the current page and the next visit starts from the server's defaults again.
(() => {
  const cp = window.cookieproof;
  const allowed = () => cp?.allowed?.('preferences') === true;
  const read = (key, fallback) => {
    if (!allowed()) return fallback;
    try {
      const v = localStorage.getItem(key);
      return v === null ? fallback : JSON.parse(v);
    } catch {
      return fallback;
    }
  };
  const write = (key, value) => {
    if (!allowed()) return false;
    try {
      localStorage.setItem(key, JSON.stringify(value));
      return true;
    } catch {
      return false;
    }
  };
  const body = document.body;

  // Workspace: an explicit choice (in the URL) is remembered; without one, the remembered workspace wins over
  // the account default.
  const ws = body.dataset.workspace;
  const available = (body.dataset.workspaces || '').split(' ').filter(Boolean);
  if (ws && body.dataset.workspaceExplicit === '1') write('aip_workspace', ws);
  else if (ws) {
    const remembered = read('aip_workspace', null);
    if (remembered && remembered !== ws && available.includes(remembered)) {
      const url = new URL(location.href);
      url.searchParams.set('ws', remembered);
      location.replace(url);
      return;
    }
  }

  // Dismissed notices and seen onboarding hints.
  const dismissible = (selector, attr, key, button) => {
    const done = new Set(read(key, []));
    for (const el of document.querySelectorAll(selector)) {
      if (done.has(el.getAttribute(attr))) el.hidden = true;
      el.querySelector(button)?.addEventListener('click', () => {
        el.hidden = true;
        done.add(el.getAttribute(attr));
        write(key, [...done]);
      });
    }
  };
  dismissible('[data-notice]', 'data-notice', 'aip_dismissed_notices', '[data-dismiss]');
  dismissible('[data-hint]', 'data-hint', 'aip_onboarding_hints', '[data-hint-done]');

  // Interface settings.
  const settings = read('aip_settings', { compactTables: false });
  body.classList.toggle('compact', settings.compactTables === true);
  for (const input of document.querySelectorAll('[data-setting]')) {
    input.checked = settings[input.dataset.setting] === true;
    input.addEventListener('change', () => {
      settings[input.dataset.setting] = input.checked;
      body.classList.toggle('compact', settings.compactTables === true);
      write('aip_settings', settings);
    });
  }
  for (const note of document.querySelectorAll('[data-pref-note]')) note.hidden = allowed();

  // Granting preferences later keeps what is on screen now; refusing them is handled by the SDK, which
  // deletes these keys.
  cp?.on?.('change', () => {
    for (const note of document.querySelectorAll('[data-pref-note]')) note.hidden = allowed();
    if (!allowed()) return;
    if (ws) write('aip_workspace', ws);
    write('aip_settings', settings);
  });
  body.dataset.prefsApplied = '1';
})();
