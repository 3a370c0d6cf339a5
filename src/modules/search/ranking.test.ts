import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from './analyzer.ts';
import { encodeHead, headTermCounts, rankCandidates } from './ranking.ts';

/** What the index format 1 kept: every term analyze() gives title and lead, counted per field. */
function analyzedCounts(title: string, lead: string): Map<string, [number, number]> {
  const counts = new Map<string, [number, number]>();
  for (const [field, text] of [title, lead].entries()) {
    for (const term of analyze(text).positions.flat()) {
      const entry = counts.get(term) ?? [0, 0];
      entry[field === 0 ? 0 : 1] += 1;
      counts.set(term, entry);
    }
  }
  return counts;
}

function expectSameTerms(title: string, lead: string): void {
  const expected = analyzedCounts(title, lead);
  const head = encodeHead(title, lead);
  expect(new Map([...headTermCounts(head, [...expected.keys()])].sort())).toEqual(
    new Map([...expected].sort()),
  );
  const [titleLength, leadLength] = head.split('\t');
  expect(Number(titleLength ?? -1)).toBe(analyze(title).positions.length);
  expect(Number(leadLength)).toBe(analyze(lead).positions.length);
}

describe('stored heads', () => {
  it('give the terms analyze() gives: exact forms, plain forms, pairs within a clause, Han', () => {
    expectSameTerms(
      'Quốc phòng toàn dân: xây dựng khu vực phòng thủ vững chắc',
      'Tỉnh và các huyện đã triển khai 1.000,5 tỷ đồng; don\'t roads "NĐ-CP" of the city\'s hopping',
    );
    expectSameTerms('建设新农村：数字化转型', 'Ｆｕｌｌ width ＡＢＣ, 新农村 và nông thôn mới');
    expectSameTerms('', 'Chỉ có phần tóm tắt.');
  });

  it('count a wanted term in title and lead, and only as a whole word', () => {
    const head = encodeHead('Phòng khám đa khoa', 'Khám bệnh miễn phí; khám sức khỏe');
    const counts = headTermCounts(head, ['p:kham', 'a:khám', 'b:phong_kham', 'b:kham_suc', 'p:kh', 'z:学']);
    expect(counts.get('p:kham')).toEqual([1, 2]);
    expect(counts.get('a:khám')).toEqual([1, 2]);
    expect(counts.get('b:phong_kham')).toEqual([1, 0]);
    expect(counts.get('b:kham_suc')).toEqual([0, 1]);
    expect(counts.has('p:kh')).toBe(false);
    expect(counts.has('z:学')).toBe(false);
  });

  it('agree with analyze() on random text', () => {
    const piece = fc.constantFrom(
      'Quốc',
      'phòng',
      'QUỐC',
      'và',
      'của',
      'the',
      'roads',
      'hopping',
      "don't",
      '1.000,5',
      '2023',
      '新农村',
      '学',
      'Ｈｏ',
      ',',
      '.',
      ';',
      '"',
      '|',
      '~',
      '  ',
      '\n',
      '-',
      'đ',
      'ĐẮK',
      'Ơ',
      '\u0301',
    );
    const text = fc.array(piece, { maxLength: 30 }).map((parts) => parts.join(' '));
    const glued = fc.array(piece, { maxLength: 30 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.oneof(text, glued), fc.oneof(text, glued), (title, lead) => {
        expectSameTerms(title, lead);
      }),
      { numRuns: 300 },
    );
  });

  it('rank an exact title above a lead match, and ties newest first', () => {
    const candidates = [
      { id: 1, head: encodeHead('Tin khác', 'Bàn về quốc phòng') },
      { id: 2, head: encodeHead('Quốc phòng toàn dân', 'Tóm tắt') },
      { id: 3, head: encodeHead('Tin khác', 'Không liên quan') },
      { id: 4, head: encodeHead('Tin khác nữa', 'Không liên quan') },
    ];
    expect(rankCandidates(['p:quoc', 'p:phong', 'a:quốc', 'a:phòng', 'b:quoc_phong'], candidates)).toEqual([
      2, 1, 4, 3,
    ]);
  });

  it('counts a word typed with diacritics found with other marks as less than found as typed', () => {
    const candidates = [
      { id: 3, head: encodeHead('Thông báo lịch tiếp công dân', 'Lịch trong tháng') },
      { id: 2, head: encodeHead('Cơn bão số 9 đổ bộ', 'Mưa lớn diện rộng') },
      { id: 1, head: encodeHead('Bảo hiểm y tế học sinh', 'Tin ngắn') },
    ];
    expect(rankCandidates(['p:bao', 'a:bão'], candidates)).toEqual([2, 3, 1]);
    // Without diacritics in the query, the newest title match leads.
    expect(rankCandidates(['p:bao', 'a:bao'], candidates)[0]).toBe(3);
  });

  it('reads exact words and pairs in the bodies that come with the candidates', () => {
    const candidates = [
      { id: 3, head: encodeHead('Thông báo lịch trực', 'Tin ngắn'), body: 'lịch trực của các phòng ban.' },
      {
        id: 2,
        head: encodeHead('Ngư dân ra khơi', 'Tin ngắn'),
        body: 'cơn bão số 5 tiến gần; bão mạnh cấp 12.',
      },
      { id: 1, head: encodeHead('Tin địa phương', 'Tin ngắn'), body: 'bàn về quốc phòng toàn dân.' },
    ];
    const terms = ['p:bao', 'a:bão'];
    expect(rankCandidates(terms, candidates)[0]).toBe(3);
    expect(rankCandidates(terms, candidates, new Map([['a:bão', 'bão']]))[0]).toBe(2);
    // An unaccented word stands for its accented forms in the body; pairs must be adjacent.
    const pair = ['p:quoc', 'p:phong', 'a:quoc', 'a:phong', 'b:quoc_phong'];
    const evidence = new Map([
      ['a:quoc', 'quoc'],
      ['a:phong', 'phong'],
      ['b:quoc_phong', 'quoc phong'],
    ]);
    expect(rankCandidates(pair, candidates, evidence)[0]).toBe(1);
  });

  it('counts a pair in a body only where its words are adjacent, besides the words alone', () => {
    const candidates = [
      { id: 1, head: encodeHead('Tin địa phương', 'Tin ngắn'), body: 'hội nghị về quốc phòng toàn dân.' },
      { id: 2, head: encodeHead('Tin địa phương', 'Tin ngắn'), body: 'phòng họp của quốc hội mới.' },
    ];
    const terms = ['p:quoc', 'p:phong', 'a:quốc', 'a:phòng', 'b:quoc_phong'];
    const evidence = new Map([
      ['a:quốc', 'quốc'],
      ['a:phòng', 'phòng'],
      ['b:quoc_phong', 'quốc phòng'],
    ]);
    // Without the pair the two tie and the newer (2) leads.
    expect(rankCandidates(terms, candidates, new Map([...evidence].slice(0, 2)))).toEqual([2, 1]);
    expect(rankCandidates(terms, candidates, evidence)).toEqual([1, 2]);
  });
});
