import { createHash, randomBytes } from 'node:crypto';
import { generateSecret, generateURI, verifySync } from 'otplib';

const STEP_SECONDS = 30;

/** A new base32 TOTP secret. */
export function newTotpSecret(): string {
  return generateSecret();
}

/** The otpauth:// URI authenticator apps read (shown as a QR code and printed by the CLI). */
export function totpUri(secret: string, account: string, issuer: string): string {
  return generateURI({ secret, label: account, issuer });
}

export interface TotpCheck {
  ok: boolean;
  /** The time step the code belongs to; stored so a code is never accepted twice. */
  step: number;
}

/**
 * Verifies a 6-digit code, allowing one step of clock drift either way, and refuses a code
 * from a step at or before `lastStep` (a replayed code).
 */
export function verifyTotp(secret: string, code: string, lastStep: number, now: Date): TotpCheck {
  const token = code.replace(/\s+/g, '');
  const currentStep = Math.floor(now.getTime() / 1000 / STEP_SECONDS);
  if (!/^\d{6}$/.test(token)) return { ok: false, step: currentStep };
  const result = verifySync({
    secret,
    token,
    epoch: Math.floor(now.getTime() / 1000),
    epochTolerance: STEP_SECONDS,
  });
  if (!result.valid) return { ok: false, step: currentStep };
  const matched = result as { delta?: number; timeStep?: number };
  const step = typeof matched.timeStep === 'number' ? matched.timeStep : currentStep + (matched.delta ?? 0);
  return { ok: step > lastStep, step };
}

/** Ten one-time recovery codes (shown once) and their hashes (stored). */
export function newRecoveryCodes(): { codes: string[]; hashes: string[] } {
  const codes = Array.from({ length: 10 }, () => {
    const raw = randomBytes(5).toString('hex');
    return `${raw.slice(0, 5)}-${raw.slice(5)}`;
  });
  return { codes, hashes: codes.map(hashRecoveryCode) };
}

/** Recovery codes carry 40 bits of randomness; a SHA-256 hash is enough to store them. */
export function hashRecoveryCode(code: string): string {
  return createHash('sha256').update(code.trim().toLowerCase()).digest('hex');
}
