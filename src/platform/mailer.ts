import type { FastifyBaseLogger } from 'fastify';
import nodemailer, { type Transporter } from 'nodemailer';
import type { Config } from './config.ts';

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

export interface Mailer {
  send(mail: Mail): Promise<void>;
  /** Gives the mailer the application's log (the app exists only after the services). */
  useLog?(log: FastifyBaseLogger): void;
  /** False when mail is only written to the log (SMTP_URL unset): the admin start page warns. */
  readonly isSending?: boolean;
}

/** URL parameters whose values grant something (a reset link's token, a signed link's signature). */
const SECRET_PARAMETER =
  /([?&;](?:[\w.-]*(?:token|key|code|secret|sig|signature|password|passwd|otp|nonce|auth)[\w.-]*)=)[^\s&;#"'<>]+/gi;
/** Random tokens outside URLs: 32+ characters of base64url with upper case, lower case and digits. */
const RANDOM_TOKEN = /(?<![\w-])[A-Za-z0-9_-]{32,}(?![\w-])/g;

/**
 * The text of a mail as the log may show it: secrets — reset tokens in links, random tokens —
 * replaced by "…". Whoever reads the log learns who was sent what, but cannot use the link.
 */
export function redactMailText(text: string): string {
  return text
    .replace(SECRET_PARAMETER, '$1…')
    .replace(RANDOM_TOKEN, (word) =>
      /[A-Z]/.test(word) && /[a-z]/.test(word) && /\d/.test(word) ? '…' : word,
    );
}

/**
 * Sends mail over SMTP (nodemailer). Without SMTP_URL nothing is sent: the mail — recipient,
 * subject and text with its secrets redacted — is logged at info level instead (README,
 * "Configuration"), and the admin start page tells administrators that mail is not being sent.
 */
export function createMailer(
  config: Pick<Config, 'SMTP_URL' | 'MAIL_FROM'>,
  initialLog?: FastifyBaseLogger,
): Mailer {
  let transport: Transporter | undefined;
  let log = initialLog;
  if (config.SMTP_URL) transport = nodemailer.createTransport(config.SMTP_URL);
  return {
    isSending: transport !== undefined,
    useLog(appLog) {
      if (!log && !transport) appLog.warn('SMTP_URL is not set: mail is written to the log, not sent');
      log ??= appLog;
    },
    async send(mail) {
      if (!transport) {
        const logged = { to: mail.to, subject: mail.subject, text: redactMailText(mail.text) };
        if (log) log.info({ mail: logged }, 'mail (SMTP_URL not set, not sent)');
        else
          process.stderr.write(
            `dinh: mail (SMTP_URL not set) to ${logged.to}: ${logged.subject}\n${logged.text}\n`,
          );
        return;
      }
      await transport.sendMail({
        from: config.MAIL_FROM,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
      });
    },
  };
}
