import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { atomically } from '../../db/transaction.ts';
import type { AppServices } from '../../platform/services.ts';
import { appendAudit } from '../audit/audit.ts';

/**
 * API tokens: `dinh_` and 32 random bytes (base64url), shown once; only the SHA-256 is stored
 * (src/modules/auth/access.ts looks tokens up by it). A token belongs to one site, carries the
 * role of the administrator who issued it, and works only for its scopes.
 */

export const TOKEN_SCOPES = [
  'articles:write',
  'categories:write',
  'media:write',
  'legal-documents:write',
] as const;
export type TokenScope = (typeof TOKEN_SCOPES)[number];

export function isTokenScope(value: string): value is TokenScope {
  return (TOKEN_SCOPES as readonly string[]).includes(value);
}

/** The hash a token is stored and looked up by. */
export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** A new random token. */
export function newToken(): string {
  return `dinh_${randomBytes(32).toString('base64url')}`;
}

export interface TokenView {
  id: number;
  name: string;
  scopes: string[];
  createdAt: string;
  lastUsedAt: string | null;
  expiresAt: string | null;
  revokedAt: string | null;
  state: 'active' | 'revoked' | 'expired';
}

function parseScopes(raw: string): string[] {
  try {
    const value: unknown = JSON.parse(raw);
    return Array.isArray(value) ? value.filter((entry): entry is string => typeof entry === 'string') : [];
  } catch {
    return [];
  }
}

/** The tokens of a site, newest first (never their hashes). */
export async function listTokens(db: Kysely<DB>, siteId: number, now: Date): Promise<TokenView[]> {
  const rows = await db
    .selectFrom('api_tokens')
    .select(['id', 'name', 'scopes', 'created_at', 'last_used_at', 'expires_at', 'revoked_at'])
    .where('site_id', '=', siteId)
    .orderBy('id', 'desc')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    scopes: parseScopes(row.scopes),
    createdAt: row.created_at,
    lastUsedAt: row.last_used_at,
    expiresAt: row.expires_at,
    revokedAt: row.revoked_at,
    state: row.revoked_at
      ? 'revoked'
      : row.expires_at && Date.parse(row.expires_at) <= now.getTime()
        ? 'expired'
        : 'active',
  }));
}

export interface TokenActor {
  actorId: number;
  actorLabel: string;
  ip: string;
}

/** Issues a token; returns it (the only time it exists outside the caller's hands) and its id. */
export async function issueToken(
  services: Pick<AppServices, 'db' | 'clock'>,
  input: { siteId: number; name: string; scopes: TokenScope[]; expiresAt: string | null; actor: TokenActor },
): Promise<{ id: number; token: string }> {
  const token = newToken();
  const now = services.clock();
  const scopes = TOKEN_SCOPES.filter((scope) => input.scopes.includes(scope));
  // The token and its audit entry commit together.
  const row = await atomically(services.db, async (trx) => {
    const inserted = await trx
      .insertInto('api_tokens')
      .values({
        site_id: input.siteId,
        name: input.name,
        token_hash: tokenHash(token),
        scopes: JSON.stringify(scopes),
        created_by: input.actor.actorId,
        created_at: now.toISOString(),
        last_used_at: null,
        expires_at: input.expiresAt,
        revoked_at: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await appendAudit(trx, {
      ...input.actor,
      siteId: input.siteId,
      action: 'api_token.issue',
      entityType: 'api_token',
      entityId: inserted.id,
      after: { name: input.name, scopes, expiresAt: input.expiresAt },
      at: now,
    });
    return inserted;
  });
  return { id: row.id, token };
}

/** Revokes a token of the site; false when there is no such active token. */
export async function revokeToken(
  services: Pick<AppServices, 'db' | 'clock'>,
  input: { siteId: number; id: number; actor: TokenActor },
): Promise<boolean> {
  const now = services.clock();
  // The revocation and its audit entry commit together.
  return atomically(services.db, async (trx) => {
    const row = await trx
      .updateTable('api_tokens')
      .set({ revoked_at: now.toISOString() })
      .where('id', '=', input.id)
      .where('site_id', '=', input.siteId)
      .where('revoked_at', 'is', null)
      .returning(['id', 'name', 'scopes'])
      .executeTakeFirst();
    if (!row) return false;
    await appendAudit(trx, {
      ...input.actor,
      siteId: input.siteId,
      action: 'api_token.revoke',
      entityType: 'api_token',
      entityId: row.id,
      before: { name: row.name, scopes: parseScopes(row.scopes), revoked: false },
      after: { revoked: true },
      at: now,
    });
    return true;
  });
}
