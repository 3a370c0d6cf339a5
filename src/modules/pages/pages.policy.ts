import type { Role } from '../../db/schema.ts';

const roles: Role[] = ['admin', 'chief_editor', 'editor'];
/** Who works on static pages (and on their translations, src/modules/translation-desk). */
export const pagesAccess = { config: { access: { roles } } };
