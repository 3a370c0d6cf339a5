// Draft autosave: every 20 seconds, when the article form changed, post it (with its CSRF
// token) to the form's data-autosave endpoint and show "Đã lưu lúc HH:MM". The form works
// the same without this script; saving by the button is never replaced.

const form = document.querySelector('form[data-autosave]');
if (form) {
  const status = form.querySelector('[data-autosave-status]');
  const say = (text) => {
    if (status) status.textContent = text;
  };
  const INTERVAL = 20_000;
  const snapshot = () => new URLSearchParams(new FormData(form)).toString();
  let saved = snapshot();
  let busy = false;
  let stopped = false;

  const save = async () => {
    if (busy || stopped) return;
    const body = snapshot();
    if (body === saved) return;
    busy = true;
    try {
      const response = await fetch(form.dataset.autosave, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
        body,
        credentials: 'same-origin',
      });
      const result = response.headers.get('content-type')?.includes('json') ? await response.json() : {};
      if (response.ok && result.ok) {
        const version = form.querySelector('input[name="version"]');
        if (version) version.value = String(result.version);
        if (result.id) {
          // A new article now exists: later saves update it.
          form.action = result.action;
          form.dataset.autosave = result.autosave;
          history.replaceState(null, '', result.editUrl);
        }
        saved = snapshot();
        say(form.dataset.savedTemplate.replace('{time}', result.savedAt));
      } else if (response.status === 409) {
        stopped = true;
        say(form.dataset.conflict);
      } else {
        say(form.dataset.failed);
      }
    } catch {
      say(form.dataset.failed);
    } finally {
      busy = false;
    }
  };

  setInterval(save, INTERVAL);
  // A real submit takes over: no autosave racing it.
  form.addEventListener('submit', () => {
    stopped = true;
  });
}
