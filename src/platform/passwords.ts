import { hash, verify } from '@node-rs/argon2';
import { commonPasswords } from './common-passwords.ts';
import { stripDiacritics } from './text.ts';

/** argon2id with OWASP's recommended minimum (19 MiB, 2 iterations). */
const ARGON2 = { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export const MIN_PASSWORD_LENGTH = 12;

/** Hashes a password with argon2id. */
export async function hashPassword(password: string): Promise<string> {
  return hash(password.normalize('NFC'), ARGON2);
}

let verifications = 0;

/**
 * How many password hashes this process has checked. Each costs 19 MiB and tens of milliseconds,
 * which is what login throttling must spare (test/integration/login-throttle.test.ts counts them).
 */
export function passwordVerifications(): number {
  return verifications;
}

/** Checks a password against its hash; false for an empty or malformed hash. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  if (!passwordHash.startsWith('$argon2')) return false;
  verifications++;
  try {
    return await verify(passwordHash, password.normalize('NFC'));
  } catch {
    return false;
  }
}

/** A hash to verify against when the account does not exist, so timing does not reveal it. */
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword('dinh-dummy-password-for-timing');
  return dummyHash;
}

export type PasswordProblem = 'tooShort' | 'sameAsEmail' | 'tooCommon';

/** What is wrong with a new password: length ≥ 12, not the e-mail, not a common password. */
export function passwordProblems(password: string, email: string): PasswordProblem[] {
  const problems: PasswordProblem[] = [];
  const value = password.normalize('NFC');
  if ([...value].length < MIN_PASSWORD_LENGTH) problems.push('tooShort');
  const plain = stripDiacritics(value).toLowerCase();
  const mail = email.trim().toLowerCase();
  const localPart = mail.split('@')[0] ?? '';
  if (plain === mail || (localPart.length >= 4 && plain.includes(localPart))) problems.push('sameAsEmail');
  const squashed = plain.replace(/[^a-z0-9]/g, '');
  if (
    commonPasswords.has(plain) ||
    commonPasswords.has(squashed) ||
    /^(.)\1+$/.test(plain) ||
    isSequence(squashed)
  ) {
    problems.push('tooCommon');
  }
  return problems;
}

function isSequence(value: string): boolean {
  if (value.length < 8) return false;
  const alphabet = '0123456789abcdefghijklmnopqrstuvwxyz';
  return (
    alphabet.includes(value) ||
    alphabet.split('').reverse().join('').includes(value) ||
    'qwertyuiopasdfghjklzxcvbnm'.includes(value)
  );
}
