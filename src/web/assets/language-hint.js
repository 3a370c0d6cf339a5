// Language suggestion: when the reader's browser prefers another of the portal's three languages
// (navigator.languages) than the page's, a dismissible banner at the top offers this page in that
// language (its <link rel="alternate" hreflang> in <head>) or, without one, that language's home.
// It never redirects, and the server sends the same page to everyone, so caching is untouched.
// A dismissal is remembered per language in localStorage.

const STORAGE_KEY = 'dinh:language-hint-dismissed';

/** The banner's text, in the language it suggests. */
const texts = {
  vi: {
    region: 'Gợi ý ngôn ngữ',
    available: 'Trang này có bản tiếng Việt.',
    view: 'Xem bằng tiếng Việt',
    missing: 'Trang này chưa có bản tiếng Việt.',
    home: 'Đến trang chủ tiếng Việt',
    close: 'Đóng',
    closeLabel: 'Đóng gợi ý ngôn ngữ',
  },
  en: {
    region: 'Language suggestion',
    available: 'This page is available in English.',
    view: 'Read it in English',
    missing: 'This page is not available in English yet.',
    home: 'Go to the English home page',
    close: 'Close',
    closeLabel: 'Close the language suggestion',
  },
  zh: {
    region: '语言建议',
    available: '本页有中文版本。',
    view: '阅读中文版',
    missing: '本页暂无中文版本。',
    home: '前往中文首页',
    close: '关闭',
    closeLabel: '关闭语言建议',
  },
};
const homes = { vi: '/', en: '/en/', zh: '/zh/' };
const htmlLang = { vi: 'vi', en: 'en', zh: 'zh-Hans' };

/** One of the portal's languages for a BCP 47 tag ("en-US" → "en", "zh-Hans-CN" → "zh"), or none. */
const portalLanguage = (tag) => {
  const primary = String(tag || '')
    .toLowerCase()
    .split('-')[0];
  return primary === 'vi' || primary === 'en' || primary === 'zh' ? primary : undefined;
};

const readDismissed = () => {
  try {
    return (localStorage.getItem(STORAGE_KEY) || '').split(' ').filter(Boolean);
  } catch {
    return [];
  }
};

const rememberDismissed = (lang) => {
  try {
    const dismissed = new Set(readDismissed());
    dismissed.add(lang);
    localStorage.setItem(STORAGE_KEY, [...dismissed].join(' '));
  } catch {
    // Storage blocked: the banner comes back on the next page, nothing else breaks.
  }
};

/** The reader's first preferred language that the portal has, if any. */
const preferredLanguage = () => {
  const list =
    navigator.languages && navigator.languages.length > 0 ? navigator.languages : [navigator.language];
  for (const tag of list) {
    const lang = portalLanguage(tag);
    if (lang) return lang;
  }
  return undefined;
};

const pageLang = portalLanguage(document.documentElement.lang);
const wanted = preferredLanguage();

if (pageLang && wanted && wanted !== pageLang && !readDismissed().includes(wanted)) {
  const text = texts[wanted];
  const alternate = document.querySelector(`link[rel="alternate"][hreflang="${htmlLang[wanted]}"]`);
  const counterpart = alternate?.getAttribute('href');

  const banner = document.createElement('div');
  banner.className = 'language-hint';
  banner.setAttribute('role', 'region');
  banner.setAttribute('aria-label', text.region);
  banner.lang = htmlLang[wanted];
  banner.dataset.languageHint = wanted;

  const inner = document.createElement('div');
  inner.className = 'container language-hint-inner';
  const message = document.createElement('p');
  message.append(`${counterpart ? text.available : text.missing} `);
  const link = document.createElement('a');
  link.href = counterpart || homes[wanted];
  link.hreflang = htmlLang[wanted];
  link.textContent = counterpart ? text.view : text.home;
  message.append(link);

  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'language-hint-close';
  close.textContent = text.close;
  close.setAttribute('aria-label', text.closeLabel);

  const dismiss = () => {
    rememberDismissed(wanted);
    banner.remove();
    // Focus moves to the language switch, where the banner was offering a language.
    const current = document.querySelector('.languages a[aria-current]');
    if (current) current.focus();
  };
  close.addEventListener('click', dismiss);
  banner.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') dismiss();
  });

  inner.append(message, close);
  banner.append(inner);
  const skipLink = document.querySelector('.skip-link');
  if (skipLink) skipLink.after(banner);
  else document.body.prepend(banner);
}
