// Media library upload: drag-and-drop onto the file field and a progress bar, announced in a
// live region. The form works without this script (a plain multipart POST to /admin/media);
// with it, the files go to the API (/api/v1/media) with the CSRF token in a header.

const form = document.querySelector('form[data-media-upload]');

const text = (template, values = {}) =>
  (template || '').replace(/\{(\w+)\}/g, (_, key) => String(values[key] ?? ''));

function enhance(form) {
  const input = form.querySelector('input[type="file"]');
  const zone = form.querySelector('[data-drop-zone]');
  const dropText = form.querySelector('[data-drop-text]');
  const progress = form.querySelector('[data-upload-progress]');
  const status = form.querySelector('[data-upload-status]');
  const submit = form.querySelector('button[type="submit"]');
  if (!input || !zone || !progress || !status || !submit) return;
  const messages = form.dataset;
  const say = (message) => {
    status.className = 'media-upload-status';
    status.textContent = message;
  };

  if (dropText) dropText.hidden = false;
  for (const type of ['dragenter', 'dragover']) {
    zone.addEventListener(type, (event) => {
      event.preventDefault();
      zone.classList.add('is-dragging');
    });
  }
  for (const type of ['dragleave', 'drop']) {
    zone.addEventListener(type, (event) => {
      event.preventDefault();
      zone.classList.remove('is-dragging');
    });
  }
  zone.addEventListener('drop', (event) => {
    const files = event.dataTransfer?.files;
    if (!files || files.length === 0) return;
    input.files = files;
    say(text(messages.msgSelected, { count: files.length }));
  });
  input.addEventListener('change', () => {
    if (input.files?.length) say(text(messages.msgSelected, { count: input.files.length }));
  });

  // Refusals and links to the stored files, built as text (names come from the uploader).
  function report(body) {
    status.textContent = '';
    status.className = 'media-upload-status notice notice-error';
    const error = body?.error;
    const refused = body?.refused ?? error?.files ?? [];
    const items = body?.items ?? [];
    const heading = document.createElement('p');
    heading.textContent = error?.message ?? '';
    if (heading.textContent) status.append(heading);
    const list = document.createElement('ul');
    for (const refusal of refused) {
      const item = document.createElement('li');
      item.textContent = refusal.name ? `${refusal.name}: ${refusal.message}` : refusal.message;
      list.append(item);
    }
    for (const stored of items) {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = `/admin/media/${stored.id}`;
      link.textContent = `${stored.name} — ${messages.msgEdit}`;
      item.append(link);
      list.append(item);
    }
    if (list.childElementCount > 0) status.append(list);
    if (!status.textContent) status.textContent = messages.msgFailed;
  }

  form.addEventListener('submit', (event) => {
    if (!input.files || input.files.length === 0) return;
    event.preventDefault();
    const request = new XMLHttpRequest();
    request.open('POST', form.dataset.endpoint);
    request.setRequestHeader('x-csrf-token', form.dataset.csrf);
    request.setRequestHeader('accept', 'application/json');
    request.setRequestHeader('accept-language', document.documentElement.lang || 'vi');
    request.responseType = 'json';
    let announced = -1;
    progress.hidden = false;
    progress.value = 0;
    submit.disabled = true;
    request.upload.addEventListener('progress', (progressEvent) => {
      if (!progressEvent.lengthComputable) return;
      const percent = Math.round((progressEvent.loaded / progressEvent.total) * 100);
      progress.value = percent;
      // Announce every quarter, not every event, so screen readers are not flooded.
      const step = Math.floor(percent / 25);
      if (step !== announced) {
        announced = step;
        say(text(messages.msgUploading, { percent }));
      }
    });
    request.upload.addEventListener('load', () => {
      progress.value = 100;
      say(messages.msgProcessing);
    });
    request.addEventListener('load', () => {
      submit.disabled = false;
      progress.hidden = true;
      const body = request.response;
      if (request.status === 201 && body && body.refused.length === 0) {
        const ids = body.items.map((item) => item.id).join(',');
        window.location.assign(`/admin/media?uploaded=${ids}`);
        return;
      }
      report(body);
    });
    request.addEventListener('error', () => {
      submit.disabled = false;
      progress.hidden = true;
      say(messages.msgFailed);
    });
    request.send(new FormData(form));
  });
}

if (form && 'XMLHttpRequest' in window && 'FormData' in window) enhance(form);
