import type { Role } from '../../db/schema.ts';

const roles: Role[] = ['admin', 'chief_editor'];
/** Who works on categories (and on their names in other languages, src/modules/translation-desk). */
export const categoriesAccess = { config: { access: { roles } } };
