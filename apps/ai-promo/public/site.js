// Shared by the public site and the dashboard. When the browser blocks cookies or storage, say next to every
// form that needs essential cookies what will not work, instead of letting it fail silently.
(() => {
  const cp = window.cookieproof;
  const status = cp?.status?.();
  if (!status?.cookiesBlocked && !status?.storageBlocked) return;
  document.documentElement.classList.add('cookies-blocked');
  for (const form of document.querySelectorAll('[data-cookieproof-requires="essential"]')) {
    const note = document.createElement('p');
    note.className = 'blocked-note';
    note.setAttribute('role', 'note');
    note.dataset.testid = 'essential-cookies-note';
    note.textContent =
      'Your browser blocks cookies for this site. Sign-in, checkout and onboarding need essential cookies, so this will not work until you allow them. Public pages work without cookies.';
    form.before(note);
  }
})();
