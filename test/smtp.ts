import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { createMailer, type Mailer } from '../src/platform/mailer.ts';

export interface CapturedMail {
  to: string[];
  raw: string;
  /** The decoded text body (quoted-printable and soft line breaks undone). */
  text: string;
  subject: string;
}

/** A real SMTP server on a random local port that keeps every message it receives. */
export async function startSmtp(): Promise<{
  mailer: Mailer;
  /** The server's address as SMTP_URL takes it (for apps that build their own mailer from config). */
  url: string;
  messages: CapturedMail[];
  close(): Promise<void>;
}> {
  const messages: CapturedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      let raw = '';
      stream.setEncoding('utf8');
      stream.on('data', (chunk: string) => {
        raw += chunk;
      });
      stream.on('end', () => {
        const [head = '', ...bodyParts] = raw.split(/\r?\n\r?\n/);
        const body = bodyParts.join('\n\n');
        const quotedPrintable = /content-transfer-encoding:\s*quoted-printable/i.test(head);
        const base64 = /content-transfer-encoding:\s*base64/i.test(head);
        let text = body;
        if (quotedPrintable) {
          text = Buffer.from(
            body
              .replace(/=\r?\n/g, '')
              .replace(/=([0-9A-F]{2})/g, (_m, hex: string) => String.fromCharCode(Number.parseInt(hex, 16))),
            'latin1',
          ).toString('utf8');
        } else if (base64) {
          text = Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
        }
        const subjectLine = /^subject:\s*(.*)$/im.exec(head)?.[1] ?? '';
        messages.push({
          to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
          raw,
          text,
          subject: subjectLine,
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  const url = `smtp://127.0.0.1:${port}`;
  const mailer = createMailer({
    SMTP_URL: url,
    MAIL_FROM: 'Cổng TTĐT <no-reply@lachong.gov.vn>',
  });
  return {
    mailer,
    url,
    messages,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
