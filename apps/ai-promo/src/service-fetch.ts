import { request } from 'node:http';

// Server-to-server calls between AI Promo and its providers. `*.localhost` names resolve only in browsers, so
// the call goes to 127.0.0.1 on the URL's port with the original Host header, as a real DNS lookup would.

export interface ServiceResponse {
  status: number;
  body: string;
  json<T>(): T;
}

export function serviceFetch(
  url: string,
  init: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<ServiceResponse> {
  const u = new URL(url);
  const local = u.hostname === 'localhost' || u.hostname.endsWith('.localhost');
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: local ? '127.0.0.1' : u.hostname,
        port: u.port || 80,
        path: `${u.pathname}${u.search}`,
        method: init.method ?? 'GET',
        headers: {
          host: u.host,
          ...init.headers,
          ...(init.body ? { 'content-length': Buffer.byteLength(init.body) } : {}),
        },
        timeout: 10_000,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const body = Buffer.concat(chunks).toString('utf8');
          resolve({ status: res.statusCode ?? 0, body, json: <T>() => JSON.parse(body) as T });
        });
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error(`timeout calling ${u.origin}`)));
    req.on('error', reject);
    req.end(init.body);
  });
}

export function formBody(fields: Record<string, string>): string {
  return new URLSearchParams(fields).toString();
}
