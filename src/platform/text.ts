/** Text helpers used across features: NFC normalisation and slugs. */

/** Normalises user input to Unicode NFC, as stored everywhere in Đình. */
export function nfc(value: string): string {
  return value.normalize('NFC');
}

/** Strips Vietnamese diacritics (đ→d) and other combining marks. */
export function stripDiacritics(value: string): string {
  return value.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').normalize('NFC');
}

/** A URL slug from a (Vietnamese) title: "Tổng kết công tác quốc phòng" → "tong-ket-cong-tac-quoc-phong". */
export function slugify(value: string, maxLength = 120): string {
  const slug = stripDiacritics(value)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength);
  // Cut at a word boundary when one is near.
  const lastDash = cut.lastIndexOf('-');
  return (lastDash > maxLength * 0.6 ? cut.slice(0, lastDash) : cut).replace(/-+$/g, '');
}
