// The legal documents benchmark's data (bench/legal-documents.ts): N realistic documents of a
// province's registry, deterministic (seeded), written the way the module writes them.
//
// Write path: the collection item row is inserted directly with the JSON `data` the kit's form
// stores (same columns, status published), and the side table, fields, relations and validity
// are written by the module's own functions (writeSideRow, replaceRelations, recomputeValidity
// in src/modules/legal-documents/store.ts), as its afterWrite hook does in the save transaction.
// Each document has one or two files: a `media` row (no file on disk) and a `media_texts` row
// (status done) with 2–5 KB of Vietnamese text built from bench/search-corpus.ts, which the search
// index reads with the document; one document in ten also has a short full text typed in.

import type { Insertable, Kysely } from 'kysely';
import type { DB, MediaTable } from '../src/db/schema.ts';
import {
  recomputeValidity,
  replaceRelations,
  type StoredRelation,
  writeSideRow,
} from '../src/modules/legal-documents/store.ts';
import type { RelationKind } from '../src/modules/legal-documents/vocabulary.ts';
import { createCorpus, rng } from './search-corpus.ts';

export const TODAY = '2026-11-29';
const BATCH = 250;

/** Types with their symbol prefix, section and weight (công văn and quyết định dominate). */
const TYPES = [
  { code: 'quyet-dinh', symbol: 'QĐ', section: 'quy-pham-phap-luat', weight: 30, yearInNumber: true },
  { code: 'nghi-quyet', symbol: 'NQ', section: 'quy-pham-phap-luat', weight: 6, yearInNumber: true },
  { code: 'chi-thi', symbol: 'CT', section: 'chi-dao-dieu-hanh', weight: 4, yearInNumber: true },
  { code: 'ke-hoach', symbol: 'KH', section: 'chi-dao-dieu-hanh', weight: 14, yearInNumber: false },
  { code: 'cong-van', symbol: 'CV', section: 'chi-dao-dieu-hanh', weight: 26, yearInNumber: false },
  { code: 'thong-bao', symbol: 'TB', section: 'cai-cach-hanh-chinh', weight: 10, yearInNumber: false },
  { code: 'huong-dan', symbol: 'HD', section: 'huong-dan', weight: 8, yearInNumber: false },
  { code: 'thong-tu', symbol: 'TT', section: 'quy-pham-phap-luat', weight: 1, yearInNumber: true },
  { code: 'nghi-dinh', symbol: 'NĐ', section: 'quy-pham-phap-luat', weight: 1, yearInNumber: true },
] as const;

/** Issuers with their symbol suffix and level. */
const ISSUERS = [
  { name: 'Ủy ban nhân dân tỉnh', suffix: 'UBND', level: 'province', weight: 40 },
  { name: 'Hội đồng nhân dân tỉnh', suffix: 'HĐND', level: 'province', weight: 6 },
  { name: 'Sở Nông nghiệp và Môi trường', suffix: 'SNNMT', level: 'department', weight: 6 },
  { name: 'Sở Tài chính', suffix: 'STC', level: 'department', weight: 6 },
  { name: 'Sở Xây dựng', suffix: 'SXD', level: 'department', weight: 5 },
  { name: 'Sở Y tế', suffix: 'SYT', level: 'department', weight: 5 },
  { name: 'Sở Giáo dục và Đào tạo', suffix: 'SGDĐT', level: 'department', weight: 5 },
  { name: 'Sở Nội vụ', suffix: 'SNV', level: 'department', weight: 5 },
  { name: 'Sở Khoa học và Công nghệ', suffix: 'SKHCN', level: 'department', weight: 4 },
  { name: 'Văn phòng UBND tỉnh', suffix: 'VP', level: 'province', weight: 6 },
  { name: 'Ủy ban nhân dân xã Tân Phước', suffix: 'UBND', level: 'commune', weight: 4 },
  { name: 'Ủy ban nhân dân phường Long Hòa', suffix: 'UBND', level: 'commune', weight: 4 },
  { name: 'Chính phủ', suffix: 'CP', level: 'central', weight: 2 },
  { name: 'Bộ Tài chính', suffix: 'BTC', level: 'central', weight: 2 },
] as const;

const FIELDS = [
  'noi-vu',
  'tai-chinh',
  'ke-hoach-dau-tu',
  'dat-dai',
  'tai-nguyen-moi-truong',
  'xay-dung',
  'giao-thong',
  'nong-nghiep',
  'cong-thuong',
  'giao-duc',
  'y-te',
  'van-hoa',
  'lao-dong',
  'khoa-hoc-cong-nghe',
  'chuyen-doi-so',
  'tu-phap',
  'cai-cach-hanh-chinh',
  'quoc-phong-an-ninh',
];
const SIGNERS = [
  'Trần Văn An',
  'Nguyễn Thị Bình',
  'Lê Hoàng Cường',
  'Phạm Minh Đức',
  'Võ Thị Hạnh',
  'Đặng Quốc Huy',
];
const SIGNER_TITLES = ['Chủ tịch', 'Phó Chủ tịch', 'Giám đốc', 'Phó Giám đốc', 'Chánh Văn phòng'];
const SUBJECTS = [
  'Quy định bảng giá đất trên địa bàn tỉnh',
  'Ban hành Kế hoạch chuyển đổi số năm',
  'Về việc tăng cường công tác phòng, chống dịch bệnh trên cây lúa vụ đông xuân',
  'Phê duyệt danh mục dự án đầu tư công trung hạn',
  'Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở',
  'Về việc công bố danh mục thủ tục hành chính được chuẩn hóa',
  'Triển khai thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới',
  'Hướng dẫn thực hiện chế độ hỗ trợ người có công với cách mạng',
  'Về việc giải phóng mặt bằng dự án đường tỉnh 865',
  'Quy định mức thu phí, lệ phí trên địa bàn tỉnh',
  'Về việc bảo đảm an toàn giao thông dịp Tết Nguyên đán',
  'Phê duyệt quy hoạch chi tiết xây dựng khu công nghiệp',
  'Về việc tổ chức kỳ thi tốt nghiệp trung học phổ thông',
  'Ban hành Quy chế phối hợp quản lý nhà nước về an toàn thực phẩm',
];

export interface GeneratedSet {
  /** Item ids by site (document i of the run is ids[i]). */
  ids: number[];
  slugs: string[];
  relations: number;
  files: number;
  textBytes: number;
}

/** Inserts `count` documents (nine in ten on the first of `siteIds`), in transactions of 250. */
export async function generateDocuments(
  db: Kysely<DB>,
  siteIds: number[],
  count: number,
  onProgress: (done: number) => void,
): Promise<GeneratedSet> {
  const random = rng(14_000_014);
  const corpus = createCorpus(count * 2, 14_014);
  let corpusIndex = 0;
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const weighted = <T extends { weight: number }>(list: readonly T[]): T => {
    const total = list.reduce((sum, entry) => sum + entry.weight, 0);
    let roll = random() * total;
    for (const entry of list) {
      roll -= entry.weight;
      if (roll < 0) return entry;
    }
    return list[0]!;
  };
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const pad = (n: number) => String(n).padStart(2, '0');
  /** 2–5 KB of Vietnamese text (the extracted file text). */
  const fileText = () => {
    const target = int(2000, 5000);
    const parts: string[] = [];
    let length = 0;
    while (length < target) {
      const a = corpus(corpusIndex++);
      if (a.lang !== 'vi') continue;
      for (const paragraph of [a.title, a.lead, ...a.paragraphs]) {
        parts.push(paragraph);
        length += paragraph.length + 1;
        if (length >= target) break;
      }
    }
    return parts.join('\n');
  };
  const serials = new Map<string, number>();
  const set: GeneratedSet = { ids: [], slugs: [], relations: 0, files: 0, textBytes: 0 };
  const bySite = new Map<number, number[]>();
  const stamp = `${TODAY}T03:00:00.000Z`;
  for (let start = 0; start < count; start += BATCH) {
    await db.transaction().execute(async (trx) => {
      for (let i = start; i < Math.min(count, start + BATCH); i++) {
        // Nine in ten on the first site (its list is the one timed), the rest on the others.
        const siteId = (
          i % 10 < 9 || siteIds.length === 1 ? siteIds[0] : siteIds[1 + (i % (siteIds.length - 1))]
        )!;
        // Document 0 is the one the number box must find: 123/2025/QĐ-UBND.
        const type = i === 0 ? TYPES[0] : weighted(TYPES);
        const issuer = i === 0 ? ISSUERS[0] : weighted(ISSUERS);
        // Older years hold fewer documents on the portal (2005–2026, growing).
        const year = i === 0 ? 2025 : 2005 + Math.floor(22 * Math.sqrt(random()));
        const month = year === 2026 ? int(1, 11) : int(1, 12);
        const issuedOn = `${year}-${pad(month)}-${pad(int(1, 28))}`;
        const key = `${siteId}:${issuer.name}:${year}:${type.symbol}`;
        const serial = i === 0 ? 123 : (serials.get(key) ?? int(1, 40)) + int(1, 6);
        serials.set(key, serial);
        const symbol = `${type.symbol}-${issuer.suffix}`;
        const number = type.yearInNumber ? `${serial}/${year}/${symbol}` : `${serial}/${symbol}`;
        const effective = type.section === 'quy-pham-phap-luat' || random() < 0.3;
        const effectiveOn = effective ? addDays(issuedOn, int(0, 20)) : '';
        const expiresOn = type.code === 'ke-hoach' && random() < 0.3 ? `${year + int(1, 5)}-12-31` : '';
        const fields = [...new Set(Array.from({ length: int(1, 3) }, () => pick(FIELDS)))];
        const title =
          i === 0
            ? 'Quy định bảng giá đất trên địa bàn tỉnh giai đoạn 2025 – 2029'
            : `${pick(SUBJECTS)} ${year}`;
        const files: number[] = [];
        const texts: string[] = [];
        const fileCount = random() < 0.25 ? 2 : 1;
        for (let f = 0; f < fileCount; f++) {
          const name = `${number.replace(/\//g, '-')}${f ? `-phu-luc-${f}` : ''}.pdf`;
          const row: Insertable<MediaTable> = {
            site_id: siteId,
            kind: 'document',
            original_name: name,
            storage_key: `documents/bench-${i}-${f}.pdf`,
            mime: 'application/pdf',
            bytes: int(80_000, 2_500_000),
            width: null,
            height: null,
            alt: '',
            caption: '',
            credit: '',
            variants: '[]',
            created_by: null,
            created_at: stamp,
          };
          const { id } = await trx.insertInto('media').values(row).returning('id').executeTakeFirstOrThrow();
          const text = fileText();
          await trx
            .insertInto('media_texts')
            .values({
              media_id: id,
              status: 'done',
              reason: null,
              text,
              pages: int(1, 12),
              extracted_at: stamp,
            })
            .execute();
          files.push(id);
          texts.push(text);
          set.files++;
          set.textBytes += Buffer.byteLength(text);
        }
        const override = random() < 0.01;
        const data = {
          doc_type: type.code,
          number,
          section: type.section,
          issuer: issuer.name,
          level: issuer.level,
          signer: pick(SIGNERS),
          signer_title: pick(SIGNER_TITLES),
          issued_on: issuedOn,
          effective_on: effectiveOn || null,
          expires_on: expiresOn || null,
          fields,
          title,
          // One in ten has a full text typed in (its file's opening); the rest are searched by
          // their files' text, which the index reads from media_texts.
          full_text:
            i % 10 === 0
              ? JSON.stringify({
                  type: 'doc',
                  content: texts[0]!
                    .split('\n')
                    .slice(0, 3)
                    .map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
                })
              : '',
          files,
          validity_override: override ? 'expired' : null,
          validity_reason: override ? 'Đã được thay thế bởi văn bản của cơ quan cấp trên.' : '',
        };
        const slug = `van-ban-${i}`;
        const { id } = await trx
          .insertInto('collection_items')
          .values({
            site_id: siteId,
            type: 'legal_document',
            lang: 'vi',
            source_id: null,
            source_version: null,
            stale_since: null,
            title,
            slug,
            status: 'published',
            data: JSON.stringify(data),
            published_at: `${issuedOn}T03:00:00.000Z`,
            created_at: stamp,
            updated_at: `${issuedOn}T03:00:00.000Z`,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        await writeSideRow(trx, { itemId: id, siteId, data, published: true, at: stamp });
        // About one in six documents acts on an earlier one of its site.
        const earlier = bySite.get(siteId) ?? [];
        const relations: StoredRelation[] = [];
        if (earlier.length > 10 && random() < 0.16) {
          const kind = pick<RelationKind>([
            'amends',
            'replaces',
            'repeals',
            'guides',
            'based_on',
            'amends',
            'based_on',
          ]);
          relations.push({
            kind,
            targetId: earlier[Math.floor(earlier.length * random())]!,
            partial: kind === 'repeals' && random() < 0.5,
            note: '',
          });
        }
        const targets = relations.length > 0 ? await replaceRelations(trx, id, relations) : [];
        set.relations += relations.length;
        await recomputeValidity(trx, [id, ...targets], TODAY);
        earlier.push(id);
        bySite.set(siteId, earlier);
        set.ids.push(id);
        set.slugs.push(slug);
      }
    });
    onProgress(Math.min(count, start + BATCH));
  }
  return set;
}

function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
