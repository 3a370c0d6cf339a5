import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Routes are thin (docs/adr/0012-commands-and-outbox.md): parse → authorise → command →
 * present. Queries live in repositories, writes in commands (services); a route file that builds
 * a Kysely query, writes raw SQL, opens a transaction or appends to the audit log by itself
 * fails here.
 */

const modulesDir = path.dirname(new URL(import.meta.url).pathname);

/** Route files: `*.routes.ts(x)` and the API's `*.api.ts(x)`. */
function routeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    return /\.(routes|api)\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

const forbidden: [RegExp, string][] = [
  [/\.(selectFrom|selectNoFrom|updateTable|insertInto|replaceInto|deleteFrom|mergeInto)\(/, 'a Kysely query'],
  [/\.transaction\(\)/, 'a transaction'],
  [/\bsql(\.raw\(|\.ref\(|\.lit\(|`)/, 'raw SQL'],
  [/from 'kysely'/, 'an import of Kysely'],
  [/\bappendAudit\(/, 'an audit entry written by the route'],
];

/** What a route file does that belongs in a repository or a command, line by line. */
function sqlIn(source: string): string[] {
  return source
    .split('\n')
    .flatMap((line, index) =>
      forbidden.filter(([pattern]) => pattern.test(line)).map(([, what]) => `line ${index + 1}: ${what}`),
    );
}

describe('thin routes', () => {
  it('finds queries, raw SQL and transactions in a route file', () => {
    expect(sqlIn("const row = await services.db\n  .selectFrom('users')")).toEqual([
      'line 2: a Kysely query',
    ]);
    expect(sqlIn('await sql`select 1`.execute(db);')).toEqual(['line 1: raw SQL']);
    expect(sqlIn('await db.transaction().execute(async (trx) => {')).toEqual(['line 1: a transaction']);
    expect(sqlIn("import { sql } from 'kysely';")).toEqual(['line 1: an import of Kysely']);
    expect(sqlIn('const rows = await listArticles(services.db, siteId, filters);')).toEqual([]);
  });

  const files = routeFiles(modulesDir);

  it('covers every route file of the modules', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it.each(files.map((file) => [path.relative(modulesDir, file), file]))(
    '%s has no SQL: it calls repositories and commands',
    (_name, file) => {
      expect(sqlIn(readFileSync(file, 'utf8'))).toEqual([]);
    },
  );
});
