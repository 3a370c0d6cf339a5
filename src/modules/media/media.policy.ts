import type { MediaRow, Role } from '../../db/schema.ts';

/**
 * Who may do what in the media library, in one place:
 * - every staff role may browse, upload and edit the files it uploaded;
 * - editors and above may edit any file of the site and delete files that are not in use;
 * - an image may be inserted into content only once it has alternative text.
 */
export const mediaRoles = {
  view: ['admin', 'chief_editor', 'editor', 'contributor'],
  upload: ['admin', 'chief_editor', 'editor', 'contributor'],
  edit: ['admin', 'chief_editor', 'editor', 'contributor'],
  editAny: ['admin', 'chief_editor', 'editor'],
  delete: ['admin', 'chief_editor', 'editor'],
} as const satisfies Record<string, readonly Role[]>;

/** The API token scope for the media library (reads and writes). */
export const MEDIA_WRITE_SCOPE = 'media:write';

/** Route access declarations built from the rules above. */
export const mediaAccess = {
  // Reads show unused files, files of drafts and original names: the site's staff only.
  view: { roles: [...mediaRoles.view], scope: MEDIA_WRITE_SCOPE },
  upload: { roles: [...mediaRoles.upload], scope: MEDIA_WRITE_SCOPE },
  edit: { roles: [...mediaRoles.edit], scope: MEDIA_WRITE_SCOPE },
  delete: { roles: [...mediaRoles.delete], scope: MEDIA_WRITE_SCOPE },
};

const has = (list: readonly Role[], role: Role | undefined): boolean =>
  role !== undefined && list.includes(role);

export interface MediaActor {
  userId: number;
  role: Role | undefined;
}

export function canUpload(actor: MediaActor): boolean {
  return has(mediaRoles.upload, actor.role);
}

/** Editors and above edit any file; contributors only the files they uploaded. */
export function canEdit(actor: MediaActor, media: Pick<MediaRow, 'created_by'>): boolean {
  if (has(mediaRoles.editAny, actor.role)) return true;
  return has(mediaRoles.edit, actor.role) && media.created_by === actor.userId;
}

/** Deleting needs editor or above (and the file must be unused: checked by the service). */
export function canDelete(actor: MediaActor): boolean {
  return has(mediaRoles.delete, actor.role);
}

/** An image needs alternative text before it can be inserted into an article or page. */
export function canInsert(media: Pick<MediaRow, 'kind' | 'alt'>): boolean {
  return media.kind !== 'image' || media.alt.trim() !== '';
}
