import { createInterface } from 'node:readline';
import type { Kysely } from 'kysely';
import type { DB } from './db/schema.ts';
import { verifyAudit } from './modules/audit/audit.ts';
import { CreateUserError, createUser } from './modules/users/users.service.ts';
import { isRole } from './platform/roles.ts';

/** Reads the whole of standard input (a password piped in by a script). */
async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

/** Asks for a password on the terminal without echoing it. */
async function promptHidden(question: string): Promise<string> {
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  const output = rl as unknown as { _writeToOutput: (text: string) => void };
  output._writeToOutput = (text: string) => {
    if (text.includes(question)) process.stdout.write(text);
  };
  const answer = await new Promise<string>((resolve) => rl.question(question, resolve));
  rl.close();
  process.stdout.write('\n');
  return answer;
}

export const USER_ADD_HELP = `Usage: dinh user add --email EMAIL --name NAME --role ROLE [--site CODE]

Creates an account. ROLE is admin, chief_editor, editor or contributor. --site is the site's
code (default: the default site). The password is read from standard input when it is not a
terminal (echo "$PASSWORD" | dinh user add …), otherwise asked for without echo. For roles that
publish or administer, the otpauth:// URI for the authenticator app is printed once.
`;

/** `dinh user add`: returns the exit code. */
export async function userAdd(
  db: Kysely<DB>,
  values: Record<string, string | boolean | undefined>,
): Promise<number> {
  const email = typeof values.email === 'string' ? values.email : '';
  const name = typeof values.name === 'string' ? values.name : '';
  const role = typeof values.role === 'string' ? values.role : '';
  if (!email || !name || !isRole(role)) {
    process.stderr.write(
      `dinh: --email, --name and --role (admin, chief_editor, editor, contributor) are required\n\n${USER_ADD_HELP}`,
    );
    return 2;
  }
  const siteCode = typeof values.site === 'string' ? values.site : undefined;
  const site = siteCode
    ? await db.selectFrom('sites').select('id').where('code', '=', siteCode).executeTakeFirst()
    : await db
        .selectFrom('sites')
        .select('id')
        .orderBy('is_default', 'desc')
        .orderBy('id')
        .executeTakeFirst();
  if (!site) {
    process.stderr.write(`dinh: no site with code "${siteCode ?? '(default)'}"\n`);
    return 2;
  }
  const password = process.stdin.isTTY ? await promptHidden('Mật khẩu / Password: ') : await readStdin();
  try {
    const created = await createUser(db, {
      email,
      name,
      password,
      role,
      siteId: site.id,
      actorLabel: 'cli',
      now: new Date(),
    });
    console.log(`Created user ${created.id} <${email.toLowerCase()}> as ${role}.`);
    if (created.otpauthUri) {
      console.log('Two-factor authentication is required for this role. Add it to an authenticator app:');
      console.log(created.otpauthUri);
    }
    return 0;
  } catch (error) {
    if (error instanceof CreateUserError) {
      process.stderr.write(`dinh: cannot create the account: ${error.problems.join(', ')}\n`);
      return 2;
    }
    throw error;
  }
}

/** `dinh audit verify`: returns the exit code. */
export async function auditVerify(db: Kysely<DB>): Promise<number> {
  const result = await verifyAudit(db);
  if (result.ok) {
    console.log(`Audit log intact: ${result.checked} entries verified.`);
    return 0;
  }
  process.stderr.write(
    `dinh: audit log broken at entry ${result.brokenAt}: ${result.reason} (${result.checked} entries before it are intact)\n`,
  );
  return 1;
}
