import {
  createCipheriv,
  createDecipheriv,
  createHmac,
  randomBytes,
  scrypt,
  timingSafeEqual,
} from 'node:crypto';

/**
 * The backup's keys come from the operator's passphrase: scrypt gives 64 bytes, the first half
 * encrypts the secrets (AES-256-GCM), the second authenticates the manifest (HMAC-SHA-256), so a
 * changed checksum in the manifest is noticed, not trusted. Parameters travel in the manifest.
 */

export interface KdfParameters {
  kdf: 'scrypt';
  N: number;
  r: number;
  p: number;
  /** base64 */
  salt: string;
  cipher: 'aes-256-gcm';
  /** HMAC of a fixed text: tells a wrong passphrase apart from an altered archive. */
  keyCheck: string;
}

export interface BackupKeys {
  encryption: Buffer;
  authentication: Buffer;
}

const DEFAULTS = { N: 2 ** 15, r: 8, p: 1 };
const KEY_CHECK_TEXT = 'dinh-backup key check';
const SECRETS_AAD = Buffer.from('dinh-backup secrets.json');

function derive(
  passphrase: string,
  salt: Buffer,
  parameters: { N: number; r: number; p: number },
): Promise<BackupKeys> {
  return new Promise((resolve, reject) => {
    scrypt(
      passphrase.normalize('NFC'),
      salt,
      64,
      { ...parameters, maxmem: 256 * parameters.N * parameters.r + 1024 * 1024 },
      (error, key) => {
        if (error) reject(error);
        else resolve({ encryption: key.subarray(0, 32), authentication: key.subarray(32) });
      },
    );
  });
}

/** HMAC-SHA-256 of some bytes, hex. */
export function mac(keys: BackupKeys, bytes: Buffer | string): string {
  return createHmac('sha256', keys.authentication).update(bytes).digest('hex');
}

/** Whether a hex MAC matches, in constant time. */
export function macMatches(keys: BackupKeys, bytes: Buffer | string, expected: string): boolean {
  const actual = Buffer.from(mac(keys, bytes), 'hex');
  const given = Buffer.from(expected, 'hex');
  return actual.length === given.length && timingSafeEqual(actual, given);
}

/** New keys for a new backup, with the parameters to write into its manifest. */
export async function newKeys(passphrase: string): Promise<{ keys: BackupKeys; parameters: KdfParameters }> {
  const salt = randomBytes(16);
  const keys = await derive(passphrase, salt, DEFAULTS);
  return {
    keys,
    parameters: {
      kdf: 'scrypt',
      ...DEFAULTS,
      salt: salt.toString('base64'),
      cipher: 'aes-256-gcm',
      keyCheck: mac(keys, KEY_CHECK_TEXT),
    },
  };
}

/** The keys of an existing backup, or undefined when the passphrase is not the one it was made with. */
export async function keysFor(
  passphrase: string,
  parameters: KdfParameters,
): Promise<BackupKeys | undefined> {
  // Bounds keep a crafted manifest from asking for gigabytes of memory.
  const { N, r, p } = parameters;
  const valid =
    Number.isInteger(Math.log2(N)) && N >= 2 ** 10 && N <= 2 ** 20 && r >= 1 && r <= 32 && p >= 1 && p <= 16;
  if (parameters.kdf !== 'scrypt' || parameters.cipher !== 'aes-256-gcm' || !valid) return undefined;
  const keys = await derive(passphrase, Buffer.from(parameters.salt, 'base64'), { N, r, p });
  return macMatches(keys, KEY_CHECK_TEXT, parameters.keyCheck) ? keys : undefined;
}

/** Encrypts: 12-byte IV, 16-byte tag, ciphertext. */
export function encrypt(keys: BackupKeys, plain: Buffer): Buffer {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keys.encryption, iv);
  cipher.setAAD(SECRETS_AAD);
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]);
}

/** Decrypts what encrypt() made; throws when it was altered. */
export function decrypt(keys: BackupKeys, sealed: Buffer): Buffer {
  const decipher = createDecipheriv('aes-256-gcm', keys.encryption, sealed.subarray(0, 12));
  decipher.setAAD(SECRETS_AAD);
  decipher.setAuthTag(sealed.subarray(12, 28));
  return Buffer.concat([decipher.update(sealed.subarray(28)), decipher.final()]);
}
