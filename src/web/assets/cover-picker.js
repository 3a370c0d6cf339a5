// Cover-image picker: "Chọn ảnh" opens a dialog of the site's images (from /api/v1/media) and
// fills the form's hidden cover field in place; "Bỏ ảnh bìa" clears it. Without this script both
// buttons submit the form: the article is saved and the library chooser page opens instead.

const field = document.querySelector('[data-cover-picker]');
if (field) {
  const input = field.querySelector('[data-cover-id]');
  const preview = field.querySelector('[data-cover-preview]');
  const choose = field.querySelector('[data-cover-choose]');
  const remove = field.querySelector('[data-cover-remove]');
  const status = field.querySelector('[data-cover-status]');
  const altInput = document.getElementById('article-cover-alt');
  const msg = (name) => field.dataset[name] ?? '';
  const describe = (item) =>
    (item.alt ? msg('msgCurrent').replace('{alt}', item.alt) : msg('msgCurrentNoAlt')).replace(
      '{id}',
      String(item.id),
    );
  const element = (tag, props = {}, children = []) => {
    const node = document.createElement(tag);
    Object.assign(node, props);
    node.append(...children);
    return node;
  };

  const show = (item) => {
    if (!item) {
      preview.replaceChildren(element('p', { className: 'cover-text', textContent: msg('msgNone') }));
      return;
    }
    const image = element('img', { src: item.url, alt: '', className: 'cover-thumb' });
    if (item.width) image.width = item.width;
    if (item.height) image.height = item.height;
    preview.replaceChildren(image, element('p', { className: 'cover-text', textContent: describe(item) }));
  };

  const setCover = (item) => {
    input.value = item ? String(item.id) : '';
    show(item);
    if (item && altInput && !altInput.value.trim()) altInput.value = item.alt ?? '';
    // A change the person made: the draft autosave (autosave.js) listens for it.
    input.dispatchEvent(new Event('change', { bubbles: true }));
    if (remove) remove.hidden = !item;
    if (status)
      status.textContent = item ? msg('msgChosen').replace('{id}', String(item.id)) : msg('msgRemoved');
  };

  const openDialog = async () => {
    const titleId = 'cover-dialog-title';
    const note = element('p', { className: 'field-hint', textContent: msg('msgLoading') });
    note.setAttribute('role', 'status');
    const list = element('ul', { className: 'cover-choices' });
    const close = element('button', { type: 'button', className: 'button', textContent: msg('msgClose') });
    const dialog = element('dialog', { className: 'cover-dialog' }, [
      element('h2', { id: titleId, textContent: msg('msgTitle') }),
      note,
      list,
      element('p', {}, [close]),
    ]);
    dialog.setAttribute('aria-labelledby', titleId);
    const done = () => dialog.close();
    close.addEventListener('click', done);
    dialog.addEventListener('close', () => {
      dialog.remove();
      choose.focus();
    });
    document.body.append(dialog);
    dialog.showModal();
    try {
      const response = await fetch('/api/v1/media?kind=image&perPage=100', {
        headers: { accept: 'application/json' },
        credentials: 'same-origin',
      });
      if (!response.ok) throw new Error(String(response.status));
      const items = ((await response.json()).items ?? []).filter((item) => Number.isSafeInteger(item.id));
      note.textContent = items.length === 0 ? msg('msgEmpty') : '';
      for (const item of items) {
        const use = element('button', {
          type: 'button',
          className: 'button button-primary',
          textContent: msg('msgUse'),
        });
        use.setAttribute('aria-label', `${msg('msgUse')}: ${describe(item)}`);
        use.addEventListener('click', () => {
          setCover(item);
          done();
        });
        const thumb = element('img', { src: item.url, alt: '', className: 'cover-thumb', loading: 'lazy' });
        list.append(
          element('li', { className: 'cover-choice' }, [
            thumb,
            element('p', { className: 'cover-text', textContent: describe(item) }),
            use,
          ]),
        );
      }
      list.querySelector('button')?.focus();
    } catch {
      note.textContent = msg('msgFailed');
    }
  };

  choose?.addEventListener('click', (event) => {
    event.preventDefault();
    openDialog();
  });
  remove?.addEventListener('click', (event) => {
    event.preventDefault();
    setCover(null);
    choose.focus();
  });
}
