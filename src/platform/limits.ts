import type { FastifyInstance } from 'fastify';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Answers URLs over MAX_URL_LENGTH (up to MAX_HEADER_BYTES): it shortens its query text itself. */
    longQuery?: boolean;
  }
}

/**
 * Longest URL (path and query) accepted; longer gets a localised 414, except on routes whose
 * config says `longQuery` (search: it cuts the text to size itself).
 */
export const MAX_URL_LENGTH = 2048;
/** Request line and headers together (Node's parser answers 431 beyond). */
export const MAX_HEADER_BYTES = 128 * 1024;

const tooLargeBody =
  '<!doctype html><html lang="vi"><meta charset="utf-8"><title>Yêu cầu quá lớn</title>' +
  '<h1>Yêu cầu quá lớn</h1><p>Phần đầu (header) của yêu cầu dài hơn mức cho phép. Hãy xóa cookie của trang rồi thử lại.</p>' +
  '<p lang="en">Request headers too large. Clear this site\'s cookies and try again.</p>' +
  '<p lang="zh-Hans">请求头过大。请清除本网站的 Cookie 后重试。</p></html>';
const badRequestBody =
  '<!doctype html><html lang="vi"><meta charset="utf-8"><title>Yêu cầu không hợp lệ</title>' +
  '<h1>Yêu cầu không hợp lệ</h1><p>Yêu cầu gửi lên không đúng định dạng HTTP.</p>' +
  '<p lang="en">The request was not valid HTTP.</p>' +
  '<p lang="zh-Hans">请求不符合 HTTP 格式。</p></html>';

/**
 * Requests Node's HTTP parser rejects before Fastify sees them (oversized headers, broken
 * syntax) still get a small, localised page instead of an empty response.
 */
export function installClientErrorHandler(app: FastifyInstance): void {
  app.server.removeAllListeners('clientError');
  app.server.on('clientError', (error: NodeJS.ErrnoException, socket) => {
    if (!socket.writable) return socket.destroy();
    const tooLarge = error.code === 'HPE_HEADER_OVERFLOW';
    const status = tooLarge ? '431 Request Header Fields Too Large' : '400 Bad Request';
    const body = tooLarge ? tooLargeBody : badRequestBody;
    socket.end(
      `HTTP/1.1 ${status}\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  });
}
