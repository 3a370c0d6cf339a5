// Article tools: read aloud with a Vietnamese voice, print, copy link, share to Zalo, and the
// view beacon (text size and contrast are site-wide: display-prefs.js). Everything here enhances
// a page that works without it.

const root = document.documentElement;
const status = document.querySelector('.tool-status');
const say = (message) => {
  if (status) status.textContent = message;
};
const reveal = (element) => {
  if (element) element.hidden = false;
};

// Print.
const printButton = document.querySelector('[data-print]');
if (printButton) {
  reveal(printButton);
  printButton.addEventListener('click', () => window.print());
}

// Copy link.
async function copy(text) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
const copyButton = document.querySelector('[data-copy-link]');
if (copyButton && navigator.clipboard) {
  reveal(copyButton);
  copyButton.addEventListener('click', async () => {
    if (await copy(copyButton.dataset.copyLink)) say(copyButton.dataset.done);
  });
}

// Zalo: the system share sheet (which offers Zalo on phones), else copy the link.
const zalo = document.querySelector('[data-share-zalo]');
if (zalo && (navigator.share || navigator.clipboard)) {
  reveal(zalo);
  zalo.addEventListener('click', async () => {
    const url = zalo.dataset.shareZalo;
    if (navigator.share) {
      try {
        await navigator.share({ title: zalo.dataset.title, url });
        return;
      } catch (error) {
        if (error && error.name === 'AbortError') return;
      }
    }
    if (await copy(url)) say(zalo.dataset.done);
  });
}

// Read aloud with the browser's speech synthesis, only where a voice for the page's language exists.
const readButton = document.querySelector('[data-read-aloud]');
const source = document.querySelector('[data-read-aloud-source]');
if (readButton && source && 'speechSynthesis' in window) {
  const lang = (root.lang || 'vi').slice(0, 2).toLowerCase();
  const startLabel = readButton.textContent;
  let speaking = false;
  const pickVoice = () =>
    speechSynthesis.getVoices().find((voice) => voice.lang.toLowerCase().startsWith(lang));
  const setup = () => {
    if (!pickVoice()) return;
    reveal(readButton);
  };
  setup();
  speechSynthesis.addEventListener?.('voiceschanged', setup);
  readButton.addEventListener('click', () => {
    if (speaking) {
      speechSynthesis.cancel();
      return;
    }
    const voice = pickVoice();
    if (!voice) return;
    const title = document.querySelector('.article-title')?.textContent ?? '';
    // innerText (not textContent) keeps paragraph breaks as pauses and skips hidden text.
    // biome-ignore lint/performance/useDomNodeTextContent: see above.
    const utterance = new SpeechSynthesisUtterance(`${title}. ${source.innerText}`);
    utterance.voice = voice;
    utterance.lang = voice.lang;
    utterance.addEventListener('end', () => {
      speaking = false;
      readButton.textContent = startLabel;
      readButton.setAttribute('aria-pressed', 'false');
    });
    speaking = true;
    readButton.textContent = readButton.dataset.labelStop;
    readButton.setAttribute('aria-pressed', 'true');
    speechSynthesis.speak(utterance);
  });
}

// Count the view outside the page cache.
const article = document.querySelector('[data-article-id]');
if (article && /^\d+$/.test(article.dataset.articleId)) {
  const url = `/views/${article.dataset.articleId}`;
  if (!navigator.sendBeacon?.(url)) {
    fetch(url, { method: 'POST', keepalive: true }).catch(() => {});
  }
}

// Rating: sent in place, the thanks shown under the form (without JavaScript the post answers
// with a thank-you page).
const ratingForm = document.querySelector('[data-rating-form]');
if (ratingForm && window.fetch) {
  const ratingStatus = ratingForm.querySelector('.rating-status');
  ratingForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    const button = ratingForm.querySelector('button[type="submit"]');
    if (button) button.disabled = true;
    try {
      const response = await fetch(ratingForm.action, {
        method: 'POST',
        headers: { accept: 'application/json', 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams(new FormData(ratingForm)).toString(),
      });
      const data = await response.json();
      ratingStatus.textContent = data.message ?? data.error?.message ?? ratingStatus.dataset.failed;
    } catch {
      ratingStatus.textContent = ratingStatus.dataset.failed;
    } finally {
      if (button) button.disabled = false;
    }
  });
}
