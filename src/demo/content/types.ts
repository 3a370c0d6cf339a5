/**
 * The compact form demo content is written in. The seeder turns these blocks into the
 * TipTap/ProseMirror JSON that editors' content is stored as.
 *
 * Inline text in `p`, `li`, `quote` and table cells may use **bold**, *italic* and
 * [link text](https://example.gov.vn) markers.
 */
export type DemoBlock =
  | { p: string }
  | { h2: string }
  | { h3: string }
  | { ul: string[] }
  | { ol: string[] }
  | { quote: string }
  /** First row is the header row. */
  | { table: string[][] }
  | { figure: DemoFigure };

export interface DemoFigure {
  /** A key of DEMO_IMAGE_KEYS (src/demo/images.ts). */
  image: DemoImageKey;
  caption: string;
  alt: string;
  credit?: string;
}

/** Keys of the generated demo illustrations. */
export type DemoImageKey =
  | 'meeting-hall'
  | 'rice-field'
  | 'river-bridge'
  | 'industrial-park'
  | 'school'
  | 'hospital'
  | 'festival'
  | 'mountain-village'
  | 'coastline'
  | 'city-street'
  | 'tea-hill'
  | 'harbour'
  | 'ceremony'
  | 'farmers'
  | 'highway'
  | 'forest'
  | 'market'
  | 'solar-farm'
  | 'flood'
  | 'soldiers';

export interface DemoTranslation {
  title: string;
  lead: string;
  body: DemoBlock[];
  coverCaption?: string;
  coverAlt?: string;
  seoDescription?: string;
}

export interface DemoArticle {
  /** Stable key (slug-like); unique across the demo. */
  key: string;
  /** Key of a category in src/demo/content/categories.ts. */
  category: string;
  /** Published this many days before the seeding day (spread over several months). */
  daysAgo: number;
  /** Hour of day (Viet Nam time) it was published, 6–22. */
  hour: number;
  title: string;
  /** The "sapo": one or two sentences. */
  lead: string;
  body: DemoBlock[];
  cover?: DemoFigure;
  /** Author byline, e.g. "Minh Anh" or "Phòng Thông tin - Truyền thông". */
  byline: string;
  /** "Nguồn:" line, e.g. "Sở Nông nghiệp và Môi trường". Empty when the portal wrote it. */
  source?: string;
  featured?: boolean;
  seoDescription?: string;
  en?: DemoTranslation;
  zh?: DemoTranslation;
}

export interface DemoPage {
  key: string;
  /** Key of the parent page, or undefined for a top-level page. */
  parent?: string;
  title: string;
  lead?: string;
  body: DemoBlock[];
  showInMenu?: boolean;
  position: number;
  en?: DemoTranslation;
  zh?: DemoTranslation;
}
