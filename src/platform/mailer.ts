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
}

/**
 * Sends mail over SMTP (nodemailer). Without SMTP_URL the mail — recipient, subject and text —
 * is logged at info level instead, so on a fresh embedded install a newcomer can follow a
 * password-reset link from the log (README, "Configuration").
 */
export function createMailer(
  config: Pick<Config, 'SMTP_URL' | 'MAIL_FROM'>,
  initialLog?: FastifyBaseLogger,
): Mailer {
  let transport: Transporter | undefined;
  let log = initialLog;
  if (config.SMTP_URL) transport = nodemailer.createTransport(config.SMTP_URL);
  return {
    useLog(appLog) {
      log ??= appLog;
    },
    async send(mail) {
      if (!transport) {
        if (!log)
          process.stderr.write(
            `dinh: mail (SMTP_URL not set) to ${mail.to}: ${mail.subject}\n${mail.text}\n`,
          );
        log?.info(
          { mail: { to: mail.to, subject: mail.subject, text: mail.text } },
          'mail (SMTP_URL not set, not sent)',
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
