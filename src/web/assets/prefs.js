// Applies the reader's remembered display choices (text size, high contrast) before the page
// paints, so there is no flash of the default look. display-prefs.js wires the buttons and writes
// them to a cookie on the shared parent domain the server offers and the browser allows (lachong.gov.vn for
// skhcn.lachong.gov.vn: shared by the province's sites) and to this host's localStorage, which is
// the fallback when the cookie is missing (older visits, IP addresses, blocked cookies).
try {
  const root = document.documentElement;
  const cookie = (name) => {
    const found = document.cookie.split('; ').find((pair) => pair.startsWith(`${name}=`));
    return found ? found.slice(name.length + 1) : null;
  };
  const read = (name) => cookie(`dinh-${name}`) ?? localStorage.getItem(`dinh:${name}`);
  const size = read('font-size');
  if (size === 'small' || size === 'large') root.dataset.fontSize = size;
  if (read('contrast') === 'high') root.dataset.contrast = 'high';
} catch {
  // Storage may be blocked; the default look applies.
}
