import { describe, expect, it } from 'vitest';
import { duplicateKey, parseDocumentNumber } from '../modules/legal-documents/number.ts';
import { computeValidity, type ValidityFacts } from '../modules/legal-documents/validity.ts';
import {
  DEFAULT_DOCUMENT_TYPES,
  DEFAULT_FIELDS,
  DEFAULT_SECTIONS,
  ISSUING_LEVELS,
  RELATION_KINDS,
  VALIDITIES,
} from '../modules/legal-documents/vocabulary.ts';
import { demoLeaders, demoUnits } from './content/collections.ts';
import { type DemoLegalDocument, demoLegalDocuments } from './content/legal-documents.ts';
import { demoSites } from './content/sites.ts';

/** The day the demo's states are checked on (a seeding may happen on any day after it). */
const TODAY = '2026-12-07';

const documents = demoLegalDocuments;
const byKey = new Map(documents.map((document) => [document.key, document]));
const get = (key: string) => byKey.get(key) as DemoLegalDocument;

/** The validity facts of a document, as the module builds them from its published relations. */
function factsOf(document: DemoLegalDocument): ValidityFacts {
  return {
    effectiveOn: document.effectiveOn,
    expiresOn: document.expiresOn ?? null,
    actedOnBy: documents.flatMap((source) =>
      source.relations
        .filter((relation) => relation.target === document.key)
        .map((relation) => ({
          kind: relation.kind,
          partial: relation.partial ?? false,
          effectiveOn: source.effectiveOn,
        })),
    ),
    override: null,
  };
}

const stateOf = (key: string, today = TODAY) => computeValidity(factsOf(get(key)), today);

const isDate = (day: string) =>
  /^\d{4}-\d\d-\d\d$/.test(day) && new Date(`${day}T00:00:00Z`).toISOString().startsWith(day);

describe('demo legal documents', () => {
  it('number about forty, with unique keys, mostly on the province portal', () => {
    expect(documents.length).toBeGreaterThanOrEqual(38);
    expect(documents.length).toBeLessThanOrEqual(45);
    expect(byKey.size).toBe(documents.length);
    const onSite = (code: string) => documents.filter((document) => document.site === code).length;
    expect(onSite('lac-hong')).toBeGreaterThan(documents.length / 2);
    expect(onSite('so-khcn')).toBeGreaterThanOrEqual(4);
    expect(onSite('phuong-hong-son')).toBeGreaterThanOrEqual(2);
    const siteCodes = new Set(demoSites.map((site) => site.code));
    for (const document of documents) expect(siteCodes.has(document.site), document.key).toBe(true);
  });

  it('keeps the document the browser test searches for', () => {
    expect(get('qd-123-2025').number).toBe('123/2025/QĐ-UBND');
  });

  it('use only codes of the vocabulary, and every type, section, level and relation kind', () => {
    const types = new Set(DEFAULT_DOCUMENT_TYPES.map((entry) => entry.code));
    const sections = new Set(DEFAULT_SECTIONS.map((entry) => entry.code));
    const fields = new Set(DEFAULT_FIELDS.map((entry) => entry.code));
    for (const document of documents) {
      expect(types.has(document.type), `${document.key} type`).toBe(true);
      expect(sections.has(document.section), `${document.key} section`).toBe(true);
      expect(ISSUING_LEVELS, `${document.key} level`).toContain(document.level);
      expect(document.fields.length, document.key).toBeGreaterThan(0);
      for (const field of document.fields)
        expect(fields.has(field), `${document.key} field ${field}`).toBe(true);
    }
    expect(new Set(documents.map((document) => document.type))).toEqual(types);
    expect(new Set(documents.map((document) => document.section))).toEqual(sections);
    expect(new Set(documents.map((document) => document.level))).toEqual(new Set(ISSUING_LEVELS));
    const kinds = new Set(
      documents.flatMap((document) => document.relations.map((relation) => relation.kind)),
    );
    expect(kinds).toEqual(new Set(RELATION_KINDS));
  });

  it('have dates in order: issued, then effective, then expiry', () => {
    for (const document of documents) {
      expect(isDate(document.issuedOn), document.key).toBe(true);
      if (document.effectiveOn) {
        expect(isDate(document.effectiveOn), document.key).toBe(true);
        expect(document.effectiveOn >= document.issuedOn, `${document.key} effective before issue`).toBe(
          true,
        );
      }
      if (document.expiresOn) {
        expect(isDate(document.expiresOn), document.key).toBe(true);
        const from = document.effectiveOn ?? document.issuedOn;
        expect(document.expiresOn > from, `${document.key} expires before it takes effect`).toBe(true);
      }
      expect(document.issuedOn <= TODAY, `${document.key} issued after the demo day`).toBe(true);
    }
  });

  it('relate only to existing documents issued before them, never to themselves', () => {
    for (const document of documents) {
      for (const relation of document.relations) {
        const target = byKey.get(relation.target);
        expect(target, `${document.key} → ${relation.target}`).toBeDefined();
        expect(relation.target, document.key).not.toBe(document.key);
        expect(
          (target as DemoLegalDocument).issuedOn <= document.issuedOn,
          `${document.key} → ${relation.target}`,
        ).toBe(true);
        if (relation.partial)
          expect(relation.kind, `${document.key}: partial is for repeals`).toBe('repeals');
      }
      const targets = document.relations.map((relation) => `${relation.kind} ${relation.target}`);
      expect(new Set(targets).size, `${document.key} repeats a relation`).toBe(targets.length);
    }
  });

  it('have no cycle of replacements', () => {
    const replaces = (key: string) =>
      get(key)
        .relations.filter((relation) => relation.kind === 'replaces')
        .map((relation) => relation.target);
    for (const start of documents) {
      const seen = new Set<string>();
      const queue = replaces(start.key);
      while (queue.length) {
        const key = queue.pop() as string;
        expect(key, `replacement cycle through ${start.key}`).not.toBe(start.key);
        if (seen.has(key)) continue;
        seen.add(key);
        queue.push(...replaces(key));
      }
    }
  });

  it('have numbers that parse, with no two sharing a duplicate key', () => {
    const keys = new Map<string, string>();
    for (const document of documents) {
      const number = parseDocumentNumber(document.number);
      expect(number, document.key).not.toBeNull();
      expect(number?.serial, document.key).not.toBeNull();
      expect(number?.text, `${document.key} number is written tidily`).toBe(document.number);
      const key = duplicateKey(
        number as NonNullable<typeof number>,
        document.issuer,
        Number(document.issuedOn.slice(0, 4)),
      );
      expect(keys.get(key), `${document.key} duplicates ${keys.get(key)}`).toBeUndefined();
      keys.set(key, document.key);
      // A normative document's number carries the year it was issued in.
      if (number?.year) expect(String(number.year), document.key).toBe(document.issuedOn.slice(0, 4));
    }
  });

  it('are signed by the demo’s leaders in office on the day of signing', () => {
    const leader = (name: string) => demoLeaders.find((entry) => entry.name.vi === name);
    for (const document of documents.filter((entry) => entry.issuer === 'UBND tỉnh Lạc Hồng')) {
      if (document.signerTitle === 'Chủ tịch') {
        const chair = document.issuedOn >= '2024-11-15' ? 'Trần Thị Minh Hương' : 'Nguyễn Văn Thành';
        expect(document.signer, document.key).toBe(chair);
      } else {
        expect(document.signerTitle, document.key).toBe('Phó Chủ tịch');
        const deputy = leader(document.signer);
        expect(deputy?.position.vi, document.key).toBe('Phó Chủ tịch UBND tỉnh');
        expect((deputy?.termStart ?? '9999') <= document.issuedOn, document.key).toBe(true);
      }
    }
    for (const document of documents.filter((entry) => entry.issuer === 'HĐND tỉnh Lạc Hồng')) {
      expect(document.signer, document.key).toBe('Đỗ Mạnh Cường');
    }
    const director = demoUnits.find((unit) => unit.name.vi === 'Sở Khoa học và Công nghệ')?.head;
    expect(director).toEqual({ name: 'Nguyễn Hữu Phong' });
    for (const document of documents.filter(
      (entry) => entry.site === 'so-khcn' && entry.signerTitle === 'Giám đốc',
    )) {
      expect(document.signer, document.key).toBe('Nguyễn Hữu Phong');
    }
  });

  it('have files with 3 to 8 paragraphs, named by their kind, one of them scanned', () => {
    const files = documents.flatMap((document) => document.files.map((file) => ({ document, file })));
    expect(documents.filter((document) => document.files.length > 0).length).toBeGreaterThan(
      documents.length * 0.9,
    );
    for (const { document, file } of files) {
      expect(file.name.endsWith(`.${file.kind}`), `${document.key} ${file.name}`).toBe(true);
      expect(file.paragraphs.length, `${document.key} ${file.name}`).toBeGreaterThanOrEqual(3);
      expect(file.paragraphs.length, `${document.key} ${file.name}`).toBeLessThanOrEqual(8);
    }
    expect(files.filter(({ file }) => file.scanned).length).toBe(1);
    expect(files.filter(({ file }) => file.kind === 'docx').length).toBeGreaterThanOrEqual(3);
    expect(files.filter(({ file }) => file.kind === 'doc').length).toBeGreaterThanOrEqual(2);
    expect(files.filter(({ file }) => file.kind === 'pdf').length).toBeGreaterThan(files.length / 2);
    expect(documents.filter((document) => document.body?.length).length).toBeGreaterThanOrEqual(3);
  });

  it('are translated into English (at least 6) and Chinese (at least 3), bodies paragraph for paragraph', () => {
    expect(documents.filter((document) => document.translations?.en).length).toBeGreaterThanOrEqual(6);
    expect(documents.filter((document) => document.translations?.zh).length).toBeGreaterThanOrEqual(3);
    for (const document of documents) {
      for (const translation of Object.values(document.translations ?? {})) {
        expect(translation.summary.trim(), document.key).not.toBe('');
        if (translation.body) expect(translation.body.length, document.key).toBe(document.body?.length);
      }
    }
  });

  it('are written in NFC', () => {
    const text = JSON.stringify(documents);
    expect(text).toBe(text.normalize('NFC'));
  });

  it('show every validity state on the demo day, with changes still to come', () => {
    const states = documents.map((document) => ({ key: document.key, ...stateOf(document.key) }));
    for (const validity of VALIDITIES) {
      expect(
        states.filter((state) => state.validity === validity).length,
        `no document is ${validity}`,
      ).toBeGreaterThan(0);
    }
    const notYet = states.filter((state) => state.validity === 'not_yet');
    expect(notYet.length).toBeGreaterThanOrEqual(2);
    expect(notYet.length).toBeLessThanOrEqual(3);
    for (const state of notYet)
      expect(get(state.key).effectiveOn?.slice(0, 4), state.key).toMatch(/^202[78]$/);
    expect(states.filter((state) => state.changesOn && state.changesOn > TODAY).length).toBeGreaterThan(0);
  });

  it('let a repeal that takes effect later change a document’s status on that day', () => {
    expect(stateOf('qd-17-2023')).toEqual({ validity: 'in_force', changesOn: '2027-01-15', next: 'expired' });
    expect(stateOf('qd-17-2023', '2027-01-15').validity).toBe('expired');
    expect(stateOf('qd-41-2026')).toEqual({ validity: 'not_yet', changesOn: '2027-01-15', next: 'in_force' });
  });

  it('give each chain the state its relations mean', () => {
    expect(stateOf('qd-45-2021').validity).toBe('expired'); // replaced
    expect(stateOf('tt-14-2017').validity).toBe('expired'); // replaced
    expect(stateOf('qd-24-2019').validity).toBe('expired'); // repealed wholly
    expect(stateOf('qd-36-2021').validity).toBe('expired'); // its expiry date has passed
    expect(stateOf('nq-15-2022').validity).toBe('partly_expired'); // amended and partly repealed
    expect(stateOf('qd-08-2024').validity).toBe('partly_expired');
    expect(stateOf('ttlt-27-2015').validity).toBe('partly_expired');
    expect(stateOf('qd-28-2025').validity).toBe('in_force'); // amended and corrected only
    expect(stateOf('qd-52-2020')).toEqual({ validity: 'in_force', changesOn: '2027-03-01', next: 'expired' });
    expect(stateOf('nq-22-2025')).toEqual({ validity: 'in_force', changesOn: '2031-01-01', next: 'expired' });
    expect(stateOf('qd-123-2025').validity).toBe('in_force');
  });
});
