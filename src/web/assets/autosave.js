// Draft autosave: every 20 seconds, when someone changed the article form, post it (with its
// CSRF token) to the form's data-autosave endpoint and show "Đã lưu lúc HH:MM". The form works the same without this script; saving by the
// button is never replaced.
//
// Only real changes are saved: a form nobody typed in is never posted, even when a script (the
// editor filling in its empty document) changed a field's value. Only real problems are
// announced: a form not complete enough to save yet (a new article without its title) waits
// quietly, and a refusal is announced once, not every interval.

const form = document.querySelector('form[data-autosave]');
if (form) {
  const status = form.querySelector('[data-autosave-status]');
  const say = (text) => {
    // The same sentence again is not news for a screen reader: say it once.
    if (status && status.textContent !== text) status.textContent = text;
  };
  const INTERVAL = 20_000;
  const snapshot = () => new URLSearchParams(new FormData(form)).toString();
  // What the person wrote, without the version the server hands back after each save.
  const contentOf = (body) => {
    const params = new URLSearchParams(body);
    params.delete('version');
    return params.toString();
  };
  // What the server has (or what it refused): nothing to post while the form still says that.
  let saved;
  // Set by a person's edits: inputs and the editor (its updates fire "input" on the textarea),
  // choices and the cover picker ("change").
  let changed = false;
  let busy = false;
  let stopped = false;
  const markChanged = () => {
    changed = true;
  };
  form.addEventListener('input', markChanged);
  form.addEventListener('change', markChanged);

  /** Whether the required fields are filled: a draft without them cannot be saved yet. */
  const complete = () =>
    [...form.elements].every(
      (field) => !field.required || !field.willValidate || !field.validity.valueMissing,
    );

  const save = async () => {
    if (busy || stopped || !changed) return;
    const body = snapshot();
    if (contentOf(body) === saved || !complete()) return;
    busy = true;
    changed = false;
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
        saved = contentOf(body);
        // Edits typed while the request ran are still to save.
        if (contentOf(snapshot()) !== saved) changed = true;
        say(form.dataset.savedTemplate.replace('{time}', result.savedAt));
      } else if (response.status === 409) {
        stopped = true;
        say(form.dataset.conflict);
      } else {
        // Refused (a field the server will not take): not posted again until the form changes.
        if (response.status === 422) saved = contentOf(body);
        else changed = true;
        say(form.dataset.failed);
      }
    } catch {
      changed = true;
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
