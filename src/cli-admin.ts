import type { Kysely } from 'kysely';
import { askHidden, readStdin } from './cli-input.ts';
import { CliError, siteByCode } from './cli-operators.ts';
import type { DB, LanguageCode } from './db/schema.ts';
import { cliMessages } from './i18n/cli.ts';
import { messages } from './i18n/index.ts';
import { usersRepository } from './modules/users/users.repository.ts';
import {
  type AccountStateChange,
  CreateUserError,
  type CreateUserProblem,
  changeAccountState,
  createUser,
  setPassword,
} from './modules/users/users.service.ts';
import { isRole } from './platform/roles.ts';

export const USER_ADD_HELP = `Usage: dinh user add --email EMAIL --name NAME --role ROLE [--site CODE]

Creates an account. ROLE is admin, chief_editor, editor or contributor. --site is the site's
code (default: the default site). The password is read from standard input when it is not a
terminal (echo "$PASSWORD" | dinh user add …), otherwise asked for without echo. For roles that
publish or administer, the otpauth:// URI for the authenticator app is printed once.
`;

export const USER_PASSWORD_HELP = `Usage: dinh user password --email EMAIL

Sets a new password for an account (someone who forgot theirs when mail is not set up) and ends
all of that person's sessions. The password is read from standard input when it is not a
terminal (echo "$PASSWORD" | dinh user password …), otherwise asked for without echo.
`;

export const USER_STATE_HELP = `Usage: dinh user deactivate|reactivate|reset-2fa --email EMAIL

deactivate: locks the account and ends all its sessions. reactivate: unlocks it. reset-2fa: turns
off the second factor (a lost phone) and ends all its sessions; roles that require one enrol again
at the next sign-in.
`;

/** A problem of a new account or password as a sentence of the interface catalogues, never its code. */
export function problemSentence(lang: LanguageCode, problem: CreateUserProblem): string {
  const t = messages(lang);
  switch (problem) {
    case 'emailInvalid':
      return t.adminForms.emailInvalid;
    case 'emailTaken':
      return t.adminUsers.emailTaken;
    case 'nameMissing':
      return cliMessages(lang).nameMissing;
    case 'siteUnknown':
      return cliMessages(lang).noSites;
    default:
      return t.auth[problem];
  }
}

/** `dinh user add`: returns the exit code; wrong input throws a CliError with a sentence. */
export async function userAdd(
  db: Kysely<DB>,
  lang: LanguageCode,
  values: { email?: string; name?: string; role?: string; site?: string },
): Promise<number> {
  const t = cliMessages(lang);
  const { email = '', name = '', role = '' } = values;
  if (!email || !name || !isRole(role)) throw new CliError(`${t.userAddUsage}\n\n${USER_ADD_HELP}`);
  const site = await siteByCode(db, t, values.site);
  const password = process.stdin.isTTY
    ? await askHidden('Mật khẩu / Password: ', process.stdout)
    : await readStdin();
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
    console.log(
      t.userCreated(created.id, email.toLowerCase(), `${messages(lang).adminUsers.roles[role]} (${role})`),
    );
    if (created.otpauthUri) {
      console.log(t.twoStepRequired);
      console.log(created.otpauthUri);
    }
    return 0;
  } catch (error) {
    if (error instanceof CreateUserError) {
      const sentences = error.problems.map((problem) => problemSentence(lang, problem));
      throw new CliError([t.cannotCreateUser, ...sentences].join('\n  '));
    }
    throw error;
  }
}

/** `dinh user password`: sets someone's password and ends their sessions; returns the exit code. */
export async function userPassword(
  db: Kysely<DB>,
  lang: LanguageCode,
  values: { email?: string | undefined },
): Promise<number> {
  const t = cliMessages(lang);
  const email = (values.email ?? '').trim().toLowerCase();
  if (!email) throw new CliError(`${t.accountUsage}\n\n${USER_PASSWORD_HELP}`);
  const user = await usersRepository(db).findByEmail(email);
  if (!user) throw new CliError(t.userUnknown(email));
  const password = process.stdin.isTTY
    ? await askHidden('Mật khẩu mới / New password: ', process.stdout)
    : await readStdin();
  const problems = await setPassword(db, {
    user,
    password,
    actor: { actorId: null, actorLabel: 'cli', ip: '', siteId: null },
    at: new Date(),
  });
  if (problems.length > 0) {
    const sentences = problems.map((problem) => problemSentence(lang, problem));
    throw new CliError([t.cannotSetPassword, ...sentences].join('\n  '));
  }
  console.log(t.passwordSet(user.email));
  return 0;
}

/** `dinh user deactivate|reactivate|reset-2fa`: through the users service (sessions end); returns the exit code. */
export async function userState(
  db: Kysely<DB>,
  lang: LanguageCode,
  change: AccountStateChange,
  values: { email?: string | undefined },
): Promise<number> {
  const t = cliMessages(lang);
  const email = (values.email ?? '').trim().toLowerCase();
  if (!email) throw new CliError(`${t.accountUsage}\n\n${USER_STATE_HELP}`);
  const user = await usersRepository(db).findByEmail(email);
  if (!user) throw new CliError(t.userUnknown(email));
  await changeAccountState(db, {
    target: user,
    change,
    actor: { actorId: null, actorLabel: 'cli', ip: '', siteId: null },
    at: new Date(),
  });
  console.log(t.stateChanged[change](user.email));
  return 0;
}
