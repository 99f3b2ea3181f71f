import { isUtf8 } from 'node:buffer';
import type { IncomingMessage } from 'node:http';

// Reads a JSON request body with a hard size cap, strict UTF-8 and a clear answer for each way it can be wrong,
// from a Fetch Request (Hono) or straight from node:http (the receipt fast path); both share the checks below.

type BodyError = {
  ok: false;
  code: 'payload-too-large' | 'unsupported-media-type' | 'malformed-json';
  message: string;
};
export type BodyResult = { ok: true; value: unknown } | BodyError;

/**
 * JSON, or text/plain: navigator.sendBeacon sends a string as `text/plain;charset=UTF-8` and cannot set another
 * type, so that is how the SDK's last receipt leaves a closing page. Either way the body is parsed as JSON and the
 * origin rules apply as for any POST (text/plain needs no preflight, which the origin check does not rely on).
 */
function isAcceptedContentType(header: string | null | undefined): boolean {
  if (!header) return false;
  const [type, ...params] = header.split(';');
  const name = type!.trim().toLowerCase();
  if (name !== 'application/json' && name !== 'text/plain') return false;
  return params.every((p) => {
    const [k, v] = p.split('=').map((s) => s.trim().toLowerCase());
    return k !== 'charset' || v === 'utf-8' || v === '"utf-8"';
  });
}

const tooLarge = (maxBytes: number): BodyError => ({
  ok: false,
  code: 'payload-too-large',
  message: `body larger than ${maxBytes} bytes`,
});

/** The declared length (NaN when none), or why the body is refused before a byte of it is read. */
function precheck(contentType: string | undefined, contentLength: string | undefined, maxBytes: number) {
  if (!isAcceptedContentType(contentType))
    return {
      ok: false,
      code: 'unsupported-media-type',
      message: 'send Content-Type: application/json (UTF-8); text/plain;charset=UTF-8 is taken too',
    } satisfies BodyError;
  const declared = contentLength === undefined ? Number.NaN : Number(contentLength);
  if (declared > maxBytes) return tooLarge(maxBytes);
  return declared;
}

function parseJsonBytes(bytes: Uint8Array): BodyResult {
  if (!isUtf8(bytes)) return { ok: false, code: 'malformed-json', message: 'body is not valid UTF-8' };
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  if (text.length === 0) return { ok: false, code: 'malformed-json', message: 'empty body: send a JSON object' };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (e) {
    return { ok: false, code: 'malformed-json', message: `body is not JSON: ${(e as Error).message.slice(0, 200)}` };
  }
}

export async function readJsonBody(
  req: Request,
  contentType: string | undefined,
  contentLength: string | undefined,
  maxBytes: number,
): Promise<BodyResult> {
  const declared = precheck(contentType, contentLength, maxBytes);
  if (typeof declared !== 'number') return declared;
  if (declared >= 0) {
    // Fast path: the length is known and within the limit (the HTTP parser holds the client to it), and reading
    // it whole lets @hono/node-server skip building a web stream.
    return parseJsonBytes(new Uint8Array(await req.arrayBuffer()));
  }
  if (!req.body) return { ok: false, code: 'malformed-json', message: 'empty body: send a JSON object' };
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = req.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => {});
      return tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  return parseJsonBytes(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks));
}

/** What one node:http body read has gathered so far; the listeners below are shared, not made per request. */
interface NodeBodyRead {
  chunks: Buffer[];
  size: number;
  maxBytes: number;
  settled: boolean;
  resolve(result: BodyResult): void;
}
const READ = Symbol('cookieproof.bodyRead');
type ReadingMessage = IncomingMessage & { [READ]: NodeBodyRead };

function settle(read: NodeBodyRead, result: BodyResult): void {
  if (read.settled) return;
  read.settled = true;
  read.chunks = [];
  read.resolve(result);
}

function onData(this: ReadingMessage, chunk: Buffer): void {
  const read = this[READ];
  if (read.settled) return;
  read.size += chunk.byteLength;
  if (read.size > read.maxBytes) settle(read, tooLarge(read.maxBytes));
  else read.chunks.push(chunk);
}

function onEnd(this: ReadingMessage): void {
  const read = this[READ];
  if (read.settled) return;
  settle(read, parseJsonBytes(read.chunks.length === 1 ? read.chunks[0]! : Buffer.concat(read.chunks)));
}

/** A client gone before the end of its body: answered (to nobody), so the request does not stay in flight. */
function onCutOff(this: ReadingMessage): void {
  settle(this[READ], { ok: false, code: 'malformed-json', message: 'the request body was cut off' });
}

/** The same from node:http; past the limit the rest of the body is read and dropped, never kept. */
export function readNodeJsonBody(req: IncomingMessage, maxBytes: number): Promise<BodyResult> {
  const declared = precheck(req.headers['content-type'], req.headers['content-length'], maxBytes);
  if (typeof declared !== 'number') {
    req.resume();
    return Promise.resolve(declared);
  }
  return new Promise((resolve) => {
    (req as ReadingMessage)[READ] = { chunks: [], size: 0, maxBytes, settled: false, resolve };
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onCutOff);
    req.on('close', onCutOff);
  });
}
