// Keeps what is typed in the current onboarding step in sessionStorage (essential, this tab only) until the
// step is submitted; the progress itself is saved on the server.
(() => {
  const KEY = 'aip_onboarding_draft';
  const form = document.querySelector('[data-onboarding-step]');
  if (!form) return;
  const step = form.dataset.onboardingStep;
  const input = form.querySelector('input[name="value"]');
  try {
    const draft = JSON.parse(sessionStorage.getItem(KEY) || 'null');
    if (draft && draft.step === step && input && !input.value) input.value = draft.value;
  } catch {}
  input?.addEventListener('input', () => {
    try {
      sessionStorage.setItem(KEY, JSON.stringify({ step, value: input.value }));
    } catch {}
  });
  form.addEventListener('submit', () => {
    try {
      sessionStorage.removeItem(KEY);
    } catch {}
  });
})();
