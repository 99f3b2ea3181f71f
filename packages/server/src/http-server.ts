import { createServer, type RequestListener, type Server, STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import { errorAnswer, SECURITY_HEADERS, type WireCode } from './http-errors.ts';

// The node:http server `cookieproof serve` runs the app on: limits suited to an endpoint that gets small JSON bodies
// from browsers, and the JSON error shape for what the HTTP parser itself refuses.

export interface HttpLimits {
  /** Time for a request's headers to arrive, from the connection's start or the previous request (default 10 s). */
  headersTimeoutMs: number;
  /** Time for a whole request, body included, to arrive (default 15 s; a receipt is at most 16 KiB). */
  requestTimeoutMs: number;
  /** How long an idle keep-alive connection stays open (default 5 s). */
  keepAliveTimeoutMs: number;
  /** Connections open at once; further ones are closed as they arrive (default 1,024). */
  maxConnections: number;
}

export const DEFAULT_HTTP_LIMITS: HttpLimits = {
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 15_000,
  keepAliveTimeoutMs: 5_000,
  maxConnections: 1024,
};

/** The parser's refusals as our error codes; anything else it refuses is malformed. */
function refusal(code: string | undefined): [WireCode, string] {
  if (code === 'HPE_HEADER_OVERFLOW') return ['headers-too-large', 'request headers larger than 16 KiB'];
  if (code === 'ERR_HTTP_REQUEST_TIMEOUT') return ['request-timeout', 'the request did not arrive in time'];
  if (code === 'HPE_INVALID_METHOD') return ['malformed-request', 'unknown HTTP method'];
  return ['malformed-request', `not a valid HTTP/1.1 request (${code ?? 'unknown error'})`];
}

function onClientError(error: NodeJS.ErrnoException, socket: Duplex): void {
  // As Node's own handler: answer only when no response of this connection has started, else just close.
  const response = (socket as Duplex & { _httpMessage?: { headersSent?: boolean } })._httpMessage;
  if (error.code !== 'ECONNRESET' && socket.writable && !response?.headersSent) {
    const answer = errorAnswer(...refusal(error.code));
    const headers = { ...SECURITY_HEADERS, ...answer.headers, 'Content-Length': Buffer.byteLength(answer.body) };
    const head = Object.entries(headers).map(([k, v]) => `${k}: ${v}\r\n`);
    socket.end(
      `HTTP/1.1 ${answer.status} ${STATUS_CODES[answer.status]}\r\n${head.join('')}Connection: close\r\n\r\n${answer.body}`,
    );
  }
  socket.destroy();
}

export function consentHttpServer(listener: RequestListener, limits: Partial<HttpLimits> = {}): Server {
  const l = { ...DEFAULT_HTTP_LIMITS, ...limits };
  const server = createServer(
    {
      headersTimeout: l.headersTimeoutMs,
      requestTimeout: l.requestTimeoutMs,
      keepAliveTimeout: l.keepAliveTimeoutMs,
      // How often the timeouts above are checked (Node's default, 30 s, let a slow client stay that much longer).
      connectionsCheckingInterval: 1000,
    },
    listener,
  );
  server.maxConnections = l.maxConnections;
  server.on('clientError', onClientError);
  return server;
}
