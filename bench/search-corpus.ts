// Realistic Vietnamese provincial news for the search benchmark: deterministic (seeded), built
// from the phrases, names, numbers and document references a provincial portal publishes.
//
//   npx tsx bench/search-corpus.ts            prints three sample articles and corpus figures
//   npx tsx bench/search-corpus.ts --count N  figures for N articles (default 100000)

import { TOPICS, type Topic } from './search-topics.ts';
import {
  ADJECTIVES,
  GIVEN_NAMES,
  MIDDLE_NAMES,
  NOUNS,
  PLACE_KINDS,
  PLACE_NAMES,
  SENTENCES,
  SURNAMES,
  VERBS,
} from './search-vocabulary.ts';

export { TOPICS };

export interface CorpusArticle {
  title: string;
  lead: string;
  paragraphs: string[];
  /** Index into TOPICS (the benchmark makes one category per topic). */
  topic: number;
  lang: 'vi' | 'en' | 'zh';
  /** Days before the benchmark's "now". */
  daysAgo: number;
}

/** A small, fast, seeded PRNG (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ROLES = [
  'Chủ tịch UBND tỉnh',
  'Phó Chủ tịch UBND tỉnh',
  'Bí thư Tỉnh ủy',
  'Chủ tịch HĐND tỉnh',
  'Giám đốc Sở',
  'Chủ tịch UBND huyện',
  'Bí thư Huyện ủy',
];
const FESTIVALS = [
  'Đền Hùng',
  'Nghinh Ông',
  'Katê',
  'Ok Om Bok',
  'Chùa Bà',
  'Cầu Ngư',
  'hoa ban',
  'Lồng Tồng',
];
const ROADS = [
  'ĐT.741',
  'ĐT.830',
  'vành đai 3',
  'ven biển',
  'Bắc - Nam phía Đông',
  'nối Lạc Hồng với cảng Cái Mép',
];
const BRIDGES = ['Rạch Miễu 2', 'Bến Lức', 'Phú Thuận', 'Long Hòa', 'Cổ Chiên'];
const HOLIDAYS = ['Tết Nguyên đán', 'lễ 30/4 và 1/5', 'Quốc khánh 2/9', 'Tết Dương lịch'];
const SEASONS = ['đông xuân', 'hè thu', 'thu đông'];
const PERIODS = ['6 tháng đầu năm', 'quý I', 'năm qua', 'giai đoạn 2021 - 2025', '9 tháng', 'tháng 10'];
const DOC_KINDS = [
  'Quyết định số {n}/QĐ-UBND',
  'Kế hoạch số {n}/KH-UBND',
  'Nghị quyết số {n}/NQ-HĐND',
  'Chỉ thị số {n}/CT-UBND',
  'Công văn số {n}/UBND-KT',
];

const EN_TITLES = [
  'Provincial leaders review {topic} results',
  'New investment projects approved in {place}',
  'Farmers in {place} adopt new rice varieties',
  'Lac Hong expands online public services',
  'Flood prevention plans tested ahead of the rainy season',
];
const EN_SENTENCES = [
  'The provincial People’s Committee approved the plan on {date}.',
  'Officials said the programme would be rolled out in every district by {year}.',
  'More than {count} households benefited from the investment.',
  'Local businesses welcomed the simplified administrative procedures.',
  'The province attracted {money} billion dong of new investment in {period}.',
];
const ZH_TITLES = [
  '雒鸿省推进新农村建设',
  '雒鸿省举办传统文化节',
  '雒鸿省加快数字化转型',
  '雒鸿省吸引外商投资',
  '雒鸿省做好防灾减灾工作',
];
const ZH_SENTENCES = [
  '省人民委员会批准了相关计划。',
  '该项目总投资约{money}亿越南盾。',
  '全省各地积极落实各项任务。',
  '当地居民对项目成效表示满意。',
  '预计到{year}年完成全部建设任务。',
];

/**
 * A generator of `count` articles, oldest first (as a portal publishes them), spread over six
 * years; `article(i)` gives the i-th.
 */
export function createCorpus(count = 100_000, seed = 20_260_101) {
  const random = rng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  // Zipf-like: the first words of a bank are common, the last ones rare.
  const zipf = <T>(list: readonly T[]): T => list[Math.floor(list.length ** random()) - 1]!;
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const fill = (template: string, topic: Topic): string =>
    template.replace(/\{(\w+)\}/g, (_, key: string) => {
      switch (key) {
        case 'place':
          return `${pick(PLACE_KINDS)} ${zipf(PLACE_NAMES)}`;
        case 'noun':
          return zipf(NOUNS);
        case 'adj':
          return zipf(ADJECTIVES);
        case 'month':
          return `${int(1, 12)}`;
        case 'org':
          return pick(topic.orgs);
        case 'phrase':
          return pick(topic.phrases);
        case 'person':
          return `${pick(SURNAMES)} ${pick(MIDDLE_NAMES)} ${pick(GIVEN_NAMES)}`;
        case 'role':
          return pick(ROLES);
        case 'verb':
          return zipf(VERBS);
        case 'period':
          return pick(PERIODS);
        case 'festival':
          return pick(FESTIVALS);
        case 'road':
          return pick(ROADS);
        case 'bridge':
          return pick(BRIDGES);
        case 'holiday':
          return pick(HOLIDAYS);
        case 'season':
          return pick(SEASONS);
        case 'quarter':
          return `quý ${pick(['I', 'II', 'III', 'IV'])}`;
        case 'topic':
          return topic.name;
        case 'doc':
          return pick(DOC_KINDS).replace('{n}', `${int(1, 3500)}`);
        case 'year':
          return `${int(2019, 2026)}`;
        case 'pct':
          return `${int(40, 120)}`;
        case 'money':
          return `${int(5, 9000).toLocaleString('vi-VN')}`;
        case 'count':
          return `${int(3, 900)}`;
        case 'small':
          return `${int(1, 30)}`;
        case 'date':
          return `${int(1, 28)}/${int(1, 12)}/${int(2019, 2026)}`;
        default:
          return key;
      }
    });

  return function article(index: number): CorpusArticle {
    const topicIndex = int(0, TOPICS.length - 1);
    const topic = TOPICS[topicIndex]!;
    const daysAgo = Math.max(0, Math.round(((count - index) / count) * 365 * 6) - int(0, 2));
    const roll = random();
    if (roll < 0.03) {
      const sentences = Array.from({ length: int(8, 20) }, () => fill(pick(EN_SENTENCES), topic));
      return {
        title: fill(pick(EN_TITLES), topic),
        lead: sentences[0]!,
        paragraphs: chunk(sentences.slice(1), 3),
        topic: topicIndex,
        lang: 'en',
        daysAgo,
      };
    }
    if (roll < 0.045) {
      const sentences = Array.from({ length: int(6, 14) }, () => fill(pick(ZH_SENTENCES), topic));
      return {
        title: pick(ZH_TITLES),
        lead: sentences[0]!,
        paragraphs: chunk(sentences.slice(1), 3),
        topic: topicIndex,
        lang: 'zh',
        daysAgo,
      };
    }
    const title = fill(pick(topic.titles), topic);
    const lead = `(${index % 7 === 0 ? 'LHO' : 'Cổng TTĐT'}) - ${fill(pick(SENTENCES), topic)}`;
    const paragraphs = Array.from({ length: int(5, 12) }, () =>
      Array.from({ length: int(2, 4) }, () => fill(pick(SENTENCES), topic)).join(' '),
    );
    return { title, lead, paragraphs, topic: topicIndex, lang: 'vi', daysAgo };
  };
}

function chunk<T>(list: T[], size: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size).join(' '));
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const countFlag = process.argv.indexOf('--count');
  const count = countFlag > 0 ? Number(process.argv[countFlag + 1]) : 100_000;
  const article = createCorpus(count);
  let syllables = 0;
  let chars = 0;
  for (let i = 0; i < count; i++) {
    const a = article(i);
    if (i < 3) console.log(`# ${a.title}\n${a.lead}\n\n${a.paragraphs.join('\n\n')}\n`);
    const text = [a.title, a.lead, ...a.paragraphs].join(' ');
    chars += text.length;
    syllables += text.split(/\s+/).length;
  }
  console.log(
    `${count} articles, ${Math.round(syllables / count)} words and ${Math.round(chars / count)} characters each on average`,
  );
}
