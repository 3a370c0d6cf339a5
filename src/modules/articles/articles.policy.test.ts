import { describe, expect, it } from 'vitest';
import type { ContentStatus, Role } from '../../db/schema.ts';
import type { Actor } from '../../platform/roles.ts';
import { type ArticleAction, type ArticleRef, can, canCreate, listScope } from './articles.policy.ts';

const SITE = 1;
const actor = (role: Role, userId = 10, categoryIds: number[] = []): Actor => ({
  userId,
  role: { siteId: SITE, role, categoryIds },
});
const article = (status: ContentStatus, createdBy = 10, categoryId = 5): ArticleRef => ({
  status,
  category_id: categoryId,
  created_by: createdBy,
  author_id: createdBy,
});

describe('article policy', () => {
  it('lets a contributor write, edit and submit only their own drafts and returned articles', () => {
    const me = actor('contributor');
    expect(canCreate(me, 5)).toBe(true);
    expect(can(me, 'edit', article('draft'))).toBe(true);
    expect(can(me, 'edit', article('returned'))).toBe(true);
    expect(can(me, 'submit', article('draft'))).toBe(true);
    expect(can(me, 'edit', article('pending_edit'))).toBe(false);
    expect(can(me, 'edit', article('draft', 99))).toBe(false);
    expect(can(me, 'view', article('published', 99))).toBe(false);
    expect(can(me, 'submit', article('draft', 99))).toBe(false);
  });

  it('never lets a contributor review, publish, schedule or take down', () => {
    const me = actor('contributor');
    const forbidden: ArticleAction[] = [
      'send_for_approval',
      'return',
      'publish',
      'schedule',
      'take_down',
      'unarchive',
    ];
    for (const action of forbidden) expect(can(me, action, article('pending_edit')), action).toBe(false);
  });

  it('lets an editor edit and send anything in scope for approval, but not publish', () => {
    const editor = actor('editor', 20);
    expect(can(editor, 'edit', article('pending_edit'))).toBe(true);
    expect(can(editor, 'send_for_approval', article('pending_edit'))).toBe(true);
    expect(can(editor, 'return', article('pending_edit'))).toBe(true);
    expect(can(editor, 'return', article('pending_approval'))).toBe(false);
    expect(can(editor, 'publish', article('pending_approval'))).toBe(false);
    expect(can(editor, 'schedule', article('pending_approval'))).toBe(false);
    expect(can(editor, 'take_down', article('published'))).toBe(false);
    // Public articles are the chief editor's: changing them is publishing.
    expect(can(editor, 'edit', article('published'))).toBe(false);
    expect(can(editor, 'archive', article('published'))).toBe(false);
    expect(can(editor, 'archive', article('draft'))).toBe(true);
  });

  it('lets chief editors and administrators approve, publish, schedule, take down and return at any step', () => {
    for (const role of ['chief_editor', 'admin'] as const) {
      const chief = actor(role, 30);
      for (const action of ['publish', 'schedule', 'return'] as const)
        expect(can(chief, action, article('pending_approval')), `${role} ${action}`).toBe(true);
      expect(can(chief, 'take_down', article('published'))).toBe(true);
      expect(can(chief, 'edit', article('published'))).toBe(true);
      expect(can(chief, 'edit', article('archived'))).toBe(false);
    }
  });

  it('confines a role limited to categories to those categories', () => {
    const limited = actor('editor', 20, [7]);
    expect(can(limited, 'edit', article('pending_edit', 10, 7))).toBe(true);
    expect(can(limited, 'edit', article('pending_edit', 10, 5))).toBe(false);
    expect(can(limited, 'view', article('pending_edit', 10, 5))).toBe(false);
    expect(canCreate(limited, 5)).toBe(false);
    expect(listScope(limited)).toEqual({ categoryIds: [7] });
    expect(listScope(actor('contributor', 11))).toEqual({ ownerId: 11 });
  });

  it('refuses people without a role on the site', () => {
    const nobody: Actor = { userId: 10, role: undefined };
    expect(can(nobody, 'view', article('draft'))).toBe(false);
    expect(can(nobody, 'edit', article('draft'))).toBe(false);
    expect(canCreate(nobody, 5)).toBe(false);
  });
});
