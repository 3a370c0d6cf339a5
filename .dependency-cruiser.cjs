// The import boundaries of src/, checked by `npm run check:boundaries` (scripts/check-boundaries.mjs,
// which also forbids cycles between whole modules). Why: docs/adr/0011-module-boundaries.md.
//
// Layers point one way: db ← platform ← web ← modules; i18n sits beside platform (it may import
// db types only; platform may import i18n). src/app.ts, src/bootstrap.ts, src/main.ts, src/cli*.ts
// and src/demo/ are the composition root: they may import anything and nothing imports them.

/**
 * The feature modules from the bottom up: a module imports only modules listed before it. A module
 * not listed here (a new one) may import the listed ones, but none of them may import it; add it
 * to this list at the place its imports put it.
 */
const MODULE_ORDER = [
  'audit',
  'dashboard',
  'notifications',
  'revisions',
  'content',
  'search',
  'api',
  'media',
  'translations',
  'categories',
  'users',
  'auth',
  'pages',
  'navigation',
  'articles',
  'ratings',
  'translation-desk',
  'search-ui',
  'feeds',
  'home',
  'sites',
  'health',
  'collections',
  'leaders',
  'units',
  'spokespeople',
  'legal-documents',
];

const MODULE = '^src/modules/';
const ROOT = '^src/(app|bootstrap|main|cli[^/]*)\\.tsx?$|^src/demo/';

/** One rule per module: it may import only the modules below it in MODULE_ORDER. */
const orderRules = MODULE_ORDER.map((name, index) => ({
  name: 'module-order',
  severity: 'error',
  comment:
    `'${name}' may import only the modules below it (${MODULE_ORDER.slice(0, index).join(', ') || 'none'}). ` +
    'A lower module that must reach a higher one offers a registry or hook that the higher module ' +
    'fills at start (see the dashboard sections, search sources, content renderers, api routes).',
  from: { path: `${MODULE}${name}/` },
  to: {
    path: MODULE,
    pathNot: `${MODULE}(${[name, ...MODULE_ORDER.slice(0, index)].join('|')})/`,
  },
}));

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'db-imports-nothing-above',
      severity: 'error',
      comment:
        'src/db imports nothing else of src/: put the code that needs platform, web or a module in that layer, ' +
        'and pass it what it needs from db.',
      from: { path: '^src/db/' },
      to: { path: '^src/', pathNot: '^src/db/' },
    },
    {
      name: 'i18n-beside-platform',
      severity: 'error',
      comment:
        'src/i18n may import only types from src/db (import type …). Move shared logic into i18n or down into db.',
      from: { path: '^src/i18n/' },
      to: { path: '^src/', pathNot: '^src/(i18n|db)/' },
    },
    {
      name: 'i18n-imports-db-types-only',
      severity: 'error',
      comment: 'src/i18n may import only types from src/db: write `import type { … }`.',
      from: { path: '^src/i18n/' },
      to: { path: '^src/db/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'platform-imports-down-only',
      severity: 'error',
      comment:
        'src/platform imports only db, i18n and itself. Web (pages, shells) and modules reach platform, not the ' +
        'other way round: take the function as a parameter or install it at start (e.g. useErrorPages).',
      from: { path: '^src/platform/' },
      to: { path: '^src/', pathNot: '^src/(platform|db|i18n)/' },
    },
    {
      name: 'web-imports-no-module',
      severity: 'error',
      comment:
        'src/web is the shell every feature uses and imports no module. Move the type or helper down into web ' +
        'or platform (as Site did to src/platform/sites), or let the module fill a registry at start ' +
        '(as navigation fills the menu with useMenuSource).',
      from: { path: '^src/web/' },
      to: { path: '^src/', pathNot: '^src/(web|platform|db|i18n)/' },
    },
    {
      name: 'no-import-of-composition-root',
      severity: 'error',
      comment:
        'app.ts, bootstrap.ts, main.ts, cli*.ts and src/demo assemble the application; nothing else imports ' +
        'them. Move what you need into the layer where it belongs.',
      from: { path: '^src/(db|platform|web|i18n|modules)/' },
      to: { path: ROOT },
    },
    {
      name: 'module-private-admin',
      severity: 'error',
      comment:
        "Another module's admin/ folder is private to it. Import its repository, service or types, or move what " +
        'both need into its public surface (or src/web/admin when it is a shared admin helper).',
      from: { path: `${MODULE}([^/]+)/` },
      to: { path: `${MODULE}[^/]+/admin/`, pathNot: `${MODULE}$1/` },
    },
    {
      name: 'module-private-routes-and-pages',
      severity: 'error',
      comment:
        "Another module's routes (*.routes.ts[x], *.api.ts) and pages (*-page.tsx) are private to it. A module " +
        'that dispatches to others (content, api) offers a registry the others fill at start.',
      from: { path: `${MODULE}([^/]+)/` },
      to: { path: '(\\.routes\\.tsx?|\\.api\\.ts|-page\\.tsx)$', pathNot: `${MODULE}$1/|^src/(?!modules/)` },
    },
    ...orderRules,
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Files that import each other: move what both need into a third file that both import.',
      from: { path: '^src/' },
      // A cycle made only of `import type` has no load order; it is still caught between modules.
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Tests may reach into what they test; the boundaries are for the application code.
    exclude: { path: '\\.test\\.tsx?$' },
    // Type-only imports count: a type pulled upward couples layers as much as a value does.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.mjs', '.js'] },
  },
};
