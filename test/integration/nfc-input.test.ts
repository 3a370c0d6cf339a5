import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueToken } from '../../src/modules/api/tokens.ts';
import { type Client, createStaff, loginAs } from '../admin-session.ts';
import {
  createViaForm,
  idFromLocation,
  loadArticle,
  type Newsroom,
  openNewsroom,
  postArticle,
} from '../newsroom.ts';

/** Text as a Mac keyboard or a copy from a PDF may send it: decomposed (NFD). */
const nfd = (text: string) => text.normalize('NFD');
const isNfc = (text: string) => text === text.normalize('NFC');

let room: Newsroom;
let admin: Client;

beforeAll(async () => {
  room = await openNewsroom();
  admin = await loginAs(room.t.app, await createStaff(room.t.services, 'admin', room.siteId));
});
afterAll(async () => room?.t.close());

describe('every text is stored and served in NFC', () => {
  it('normalises the admin form, its rich-text body included, through to the public page', async () => {
    const title = 'Tiếng Việt có dấu: Đặc khu Phú Quốc';
    // "Đoạn" with the dot below escaped (survives string normalisation), the rest decomposed.
    const richBody = JSON.stringify({
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: `Đoạn ${nfd('văn có dấu.')}` }] }],
    });
    const escaped = richBody.replace('Đoạn', 'Đoa\\u0323n');
    expect(escaped).toContain('\\u0323');
    const response = await createViaForm(room.people.chief.client, {
      title: nfd(title),
      lead: nfd('Tóm tắt tiếng Việt.'),
      category_id: String(room.categoryId),
      body: escaped,
    });
    expect(response.statusCode).toBe(303);
    const id = idFromLocation(response.headers.location);
    const row = await loadArticle(room.t.services.db, id);
    expect(row.title).toBe(title);
    expect(row.lead).toBe('Tóm tắt tiếng Việt.');
    expect(isNfc(JSON.parse(row.body).content[0].content[0].text)).toBe(true);
    expect(JSON.parse(row.body).content[0].content[0].text).toBe('Đoạn văn có dấu.');

    const published = await postArticle(
      room.people.chief.client,
      id,
      {
        ...Object.fromEntries(Object.entries(row).map(([k, v]) => [k, String(v ?? '')])),
        category_id: String(row.category_id),
      },
      'publish',
    );
    expect(published.statusCode).toBe(303);
    const api = await room.t.app.inject({
      method: 'GET',
      url: `/api/v1/articles/${id}`,
      headers: { host: 'localhost' },
    });
    expect(api.json().title).toBe(title);
    const page = await room.t.app.inject({
      method: 'GET',
      url: new URL(api.json().url).pathname,
      headers: { host: 'localhost' },
    });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(`<h1`);
    expect(page.body).toContain(`${title}</h1>`);
    expect(page.body).toMatch(new RegExp(`<title>${title}`));
    expect(isNfc(page.body)).toBe(true);
  });

  it('normalises JSON bodies of the API', async () => {
    const issued = await issueToken(room.t.services, {
      siteId: room.siteId,
      name: 'Khóa NFC',
      scopes: ['articles:write'],
      expiresAt: null,
      actor: { actorId: room.people.chief.user.id, actorLabel: 'test', ip: '127.0.0.1' },
    });
    const response = await room.t.app.inject({
      method: 'POST',
      url: '/api/v1/articles',
      headers: { authorization: `Bearer ${issued.token}`, host: 'localhost' },
      payload: {
        title: nfd('Hội nghị Ủy ban'),
        categoryId: room.categoryId,
        lead: nfd('Tóm tắt.'),
        body: nfd('Đoạn một.'),
      },
    });
    expect(response.statusCode).toBe(201);
    expect(response.json().title).toBe('Hội nghị Ủy ban');
    const row = await loadArticle(room.t.services.db, response.json().id);
    expect(row.title).toBe('Hội nghị Ủy ban');
    expect(isNfc(row.body)).toBe(true);
    expect(row.body).toContain('Đoạn một.');
  });

  it('normalises query strings (the echoed filter is NFC)', async () => {
    const page = await admin.get(`/admin/audit?actor=${encodeURIComponent(nfd('Đoàn Thị'))}`);
    expect(page.body.match(/name="actor"[^>]*/)?.[0]).toContain('value="Đoàn Thị"');
  });
});
