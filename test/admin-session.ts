import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { generateSync } from 'otplib';
import type { Role } from '../src/db/schema.ts';
import { createUser } from '../src/modules/users/users.service.ts';
import type { AppServices } from '../src/platform/services.ts';

/** A browser-like client for app.inject(): keeps cookies and finds CSRF tokens in forms. */
export class Client {
  readonly cookies = new Map<string, string>();
  constructor(
    readonly app: FastifyInstance,
    readonly host = 'localhost',
  ) {}

  private remember(response: LightMyRequestResponse) {
    for (const cookie of response.cookies) {
      if (cookie.value === '' || (cookie.maxAge !== undefined && cookie.maxAge <= 0))
        this.cookies.delete(cookie.name);
      else this.cookies.set(cookie.name, cookie.value);
    }
  }

  /** Sends a request with the stored cookies. */
  async request(options: InjectOptions & { url: string }): Promise<LightMyRequestResponse> {
    const cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    const response = await this.app.inject({
      ...options,
      headers: { host: this.host, ...(cookie ? { cookie } : {}), ...(options.headers ?? {}) },
    });
    this.remember(response);
    return response;
  }

  get(url: string) {
    return this.request({ method: 'GET', url });
  }

  /** Loads `formUrl`, takes the CSRF token from its first form, and posts the fields to `action`. */
  async submit(
    formUrl: string,
    action: string,
    fields: Record<string, string>,
  ): Promise<LightMyRequestResponse> {
    const page = await this.get(formUrl);
    const csrf = csrfToken(page.body);
    return this.post(action, { _csrf: csrf, ...fields });
  }

  /** Posts url-encoded fields (include _csrf yourself). */
  post(url: string, fields: Record<string, string>) {
    return this.request({
      method: 'POST',
      url,
      payload: new URLSearchParams(fields).toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
  }
}

/** The CSRF token of the first form in an HTML page. */
export function csrfToken(html: string): string {
  const match = /name="_csrf" value="([^"]+)"/.exec(html);
  if (!match?.[1]) throw new Error('No CSRF token in the page');
  return match[1];
}

export const TEST_PASSWORD = 'Lạc-Hồng-mật-khẩu-2026';

export interface StaffUser {
  id: number;
  email: string;
  totpSecret?: string;
}

/** Creates a staff account with a role on a site. */
export async function createStaff(
  services: AppServices,
  role: Role,
  siteId: number,
  email?: string,
): Promise<StaffUser> {
  const address = email ?? `${role}.${Math.random().toString(36).slice(2, 8)}@lachong.gov.vn`;
  const created = await createUser(services.db, {
    email: address,
    name: `Người dùng ${role}`,
    password: TEST_PASSWORD,
    role,
    siteId,
    actorLabel: 'test',
    now: services.clock(),
  });
  const secret = created.otpauthUri
    ? (new URL(created.otpauthUri).searchParams.get('secret') ?? undefined)
    : undefined;
  return { id: created.id, email: address, ...(secret ? { totpSecret: secret } : {}) };
}

/** Logs a staff member in (with the second factor when their role has one) and returns the client. */
export async function loginAs(
  app: FastifyInstance,
  user: StaffUser,
  host = 'localhost',
  now?: Date,
): Promise<Client> {
  const client = new Client(app, host);
  const response = await client.submit('/admin/login', '/admin/login', {
    email: user.email,
    password: TEST_PASSWORD,
  });
  if (response.statusCode !== 303) throw new Error(`Login failed with ${response.statusCode}`);
  if (user.totpSecret) {
    // The code for the app's clock, which a test may have fixed.
    const code = generateSync({
      secret: user.totpSecret,
      ...(now ? { epoch: Math.floor(now.getTime() / 1000) } : {}),
    });
    const verified = await client.submit('/admin/login/2fa', '/admin/login/2fa', { code });
    if (verified.statusCode !== 303) throw new Error(`Second factor failed with ${verified.statusCode}`);
  }
  return client;
}
