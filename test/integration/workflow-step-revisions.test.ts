import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createStaff, loginAs } from '../admin-session.ts';
import { articleFields, loadArticle, type Newsroom, openNewsroom, postArticle } from '../newsroom.ts';

// Issue 13: a workflow button saves the form first; the history must show a save ("Lưu") only
// when the content changed, and the step itself always. On SQLite and on PostgreSQL.

let room: Newsroom;

beforeAll(async () => {
  room = await openNewsroom();
});
afterAll(async () => room?.t.close());

async function notesOf(type: 'article' | 'collection_item', id: number): Promise<string[]> {
  const rows = await room.t.services.db
    .selectFrom('revisions')
    .select('note')
    .where('entity_type', '=', type)
    .where('entity_id', '=', id)
    .orderBy('id')
    .execute();
  return rows.map((row) => row.note);
}

describe('articles: a workflow step saves a revision only for changed content', () => {
  it('a step with the form as stored records the step and no save, through every button', async () => {
    const { people, t } = room;
    const id = await room.writeDraft(people.writer.client, 'Hội nghị tổng kết công tác năm của tỉnh');
    const steps: [Client, string, Record<string, string>][] = [
      [people.writer.client, 'submit', {}],
      [people.editor.client, 'return', { reason: 'Bổ sung số liệu.' }],
      [people.writer.client, 'submit', {}],
      [people.editor.client, 'send_for_approval', {}],
      [people.chief.client, 'publish', {}],
      [people.chief.client, 'take_down', { reason: 'Thông tin cần kiểm tra lại.' }],
      [people.chief.client, 'archive', {}],
    ];
    for (const [client, intent, extra] of steps) {
      const row = await loadArticle(t.services.db, id);
      const response = await postArticle(client, id, articleFields(row, extra), intent);
      expect(response.statusCode, intent).toBe(303);
    }
    expect(await notesOf('article', id)).toEqual([
      'create',
      'submit',
      'return',
      'submit',
      'send_for_approval',
      'publish',
      'take_down',
      'archive',
    ]);
    // Nothing was saved: the content is still the first version.
    expect((await loadArticle(t.services.db, id)).version).toBe(1);
    const history = (await people.writer.client.get(`/admin/articles/${id}/revisions`)).body;
    expect(history).toContain('Gửi biên tập');
    expect(history).toContain('Trả lại');
    expect(history).not.toMatch(/<td>Lưu<\/td>/);
  });

  it('a step with a changed field records exactly one save, then the step', async () => {
    const { people, t } = room;
    const id = await room.writeDraft(people.writer.client, 'Khánh thành trường học mới ở xã Hồng Sơn');
    const row = await loadArticle(t.services.db, id);
    const response = await postArticle(
      people.writer.client,
      id,
      articleFields(row, { lead: 'Ngôi trường có 24 phòng học, đón 900 học sinh.' }),
      'submit',
    );
    expect(response.statusCode).toBe(303);
    expect(await notesOf('article', id)).toEqual(['create', 'save', 'submit']);
    expect(await loadArticle(t.services.db, id)).toMatchObject({ version: 2, status: 'pending_edit' });
  });
});

describe('collection items: saving an unchanged form records nothing', () => {
  it('"Lưu" with nothing changed adds no revision; a change adds one; a step adds only itself', async () => {
    const { t, siteId } = room;
    const editor = await loginAs(t.app, await createStaff(t.services, 'editor', siteId));
    const fields = {
      'd.full_name': 'Trần Thị Minh Hương',
      'd.position': 'Chủ tịch UBND tỉnh',
      'd.biography': 'Sinh năm 1975.',
      'd.duties': 'Lãnh đạo chung.',
      'd.display_order': '1',
      'd.term_start': '2024-11-15',
      'd.term_end': '',
      'd.photo': '',
    };
    const created = await editor.submit('/admin/leaders/new', '/admin/leaders', fields);
    expect(created.statusCode).toBe(303);
    const id = Number(/\/admin\/leaders\/(\d+)/.exec(String(created.headers.location))?.[1]);
    const save = (changes: Record<string, string> = {}) =>
      editor.submit(`/admin/leaders/${id}`, `/admin/leaders/${id}`, { ...fields, ...changes });
    expect((await save()).statusCode).toBe(303);
    expect(await notesOf('collection_item', id)).toEqual(['create']);
    expect((await save({ 'd.duties': 'Lãnh đạo, điều hành chung.' })).statusCode).toBe(303);
    expect(await notesOf('collection_item', id)).toEqual(['create', 'save']);
    const step = await editor.submit(`/admin/leaders/${id}`, `/admin/leaders/${id}/transition`, {
      action: 'submit',
    });
    expect(step.statusCode).toBe(303);
    expect(await notesOf('collection_item', id)).toEqual(['create', 'save', 'submit']);
  });
});
