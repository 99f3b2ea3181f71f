import { isUtf8 } from 'node:buffer';

// Reads a JSON request body with a hard size cap, strict UTF-8 and a clear answer for each way it can be wrong.

export type BodyResult =
  | { ok: true; value: unknown }
  | { ok: false; code: 'payload-too-large' | 'unsupported-media-type' | 'malformed-json'; message: string };

export function isJsonContentType(header: string | null | undefined): boolean {
  if (!header) return false;
  const [type, ...params] = header.split(';');
  if (type!.trim().toLowerCase() !== 'application/json') return false;
  return params.every((p) => {
    const [k, v] = p.split('=').map((s) => s.trim().toLowerCase());
    return k !== 'charset' || v === 'utf-8' || v === '"utf-8"';
  });
}

export async function readJsonBody(
  req: Request,
  contentType: string | undefined,
  contentLength: string | undefined,
  maxBytes: number,
): Promise<BodyResult> {
  if (!isJsonContentType(contentType))
    return { ok: false, code: 'unsupported-media-type', message: 'send Content-Type: application/json (UTF-8)' };
  const tooLarge = { ok: false, code: 'payload-too-large', message: `body larger than ${maxBytes} bytes` } as const;
  const declared = contentLength === undefined ? Number.NaN : Number(contentLength);
  if (declared > maxBytes) return tooLarge;
  let bytes: Uint8Array;
  if (declared >= 0) {
    // Fast path: the length is known and within the limit (the HTTP parser holds the client to it), and reading
    // it whole lets @hono/node-server skip building a web stream.
    bytes = new Uint8Array(await req.arrayBuffer());
  } else {
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
        return tooLarge;
      }
      chunks.push(value);
    }
    bytes = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
  }
  if (!isUtf8(bytes)) return { ok: false, code: 'malformed-json', message: 'body is not valid UTF-8' };
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  if (text.length === 0) return { ok: false, code: 'malformed-json', message: 'empty body: send a JSON object' };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (e) {
    return { ok: false, code: 'malformed-json', message: `body is not JSON: ${(e as Error).message.slice(0, 200)}` };
  }
}
