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
}

/**
 * Sends mail over SMTP (nodemailer). Without SMTP_URL the mail is logged instead, so a fresh
 * embedded install still shows administrators what would have been sent.
 */
export function createMailer(
  config: Pick<Config, 'SMTP_URL' | 'MAIL_FROM'>,
  log?: FastifyBaseLogger,
): Mailer {
  let transport: Transporter | undefined;
  if (config.SMTP_URL) transport = nodemailer.createTransport(config.SMTP_URL);
  return {
    async send(mail) {
      if (!transport) {
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
