import type { articlesCoverVi } from './cover-vi.ts';

/** English text of the article's cover-image picker and its library chooser. */
export const articlesCoverEn: typeof articlesCoverVi = {
  legend: 'Cover image',
  none: 'This article has no cover image.',
  current: (id, alt) => (alt ? `Image ${id}: ${alt}` : `Image ${id} (no description yet)`),
  isCurrent: 'Current cover',
  choose: 'Choose image',
  change: 'Change image',
  remove: 'Remove cover image',
  chooseHint: 'The article is saved before the image library opens, so nothing you changed is lost.',
  chooserTitle: (title) => `Choose a cover image for: ${title}`,
  chooserIntro:
    'Choose an image from the portal’s library. If the article has no cover description yet, the image’s description becomes its alternative text.',
  search: 'Find images by name or description',
  searchButton: 'Search',
  use: 'Use this image',
  useLabel: (id, alt) => `Use image ${id}${alt ? `: ${alt}` : ''} as the cover`,
  noAlt: 'No description yet',
  empty: 'No matching images in the library.',
  back: 'Back to the article',
  upload: 'Upload a new image to the library',
  previous: 'Previous page',
  next: 'Next page',
  page: (page, pages) => `Page ${page} of ${pages}`,
  close: 'Close',
  loading: 'Loading the image library…',
  loadFailed: 'The image library could not be loaded. Try again, or press “Save” and then choose the image.',
  notImage: 'The cover must be an image from this portal’s library. Choose an image from the list.',
  chosen: (id) => `Image ${id} chosen as the cover. Press “Save” to save the article.`,
  removed: 'Cover image removed. Press “Save” to save the article.',
};
