import { isIP } from 'node:net';

// What the server itself observes about a request, reduced to what a consent record may keep (data minimisation:
// no full user agent, no full IP address).

/** The client's address: the socket's, or behind a trusted proxy the last X-Forwarded-For entry. */
export function clientAddress(
  forwardedFor: string | undefined,
  socketAddress: string | null,
  trustProxy: boolean,
): string | null {
  if (trustProxy) {
    const last = forwardedFor?.split(',').at(-1)?.trim();
    if (last) return last;
  }
  return socketAddress;
}

/** `Sec-GPC` counts only when exactly `1`; several headers arrive joined by ", " and any exact `1` counts. */
export function gpcHeader(value: string | null | undefined): boolean {
  if (value == null) return false;
  return value.split(', ').some((v) => v === '1');
}

/** `DNT: 1` only; `0` or anything else is no signal. */
export function dntHeader(value: string | null | undefined): boolean {
  if (value == null) return false;
  return value.split(', ').some((v) => v === '1');
}

// Order matters: Edge and Opera also say "Chrome/", Chrome also says "Safari/".
const FAMILIES: [string, RegExp][] = [
  ['Edge', /\bEdg(?:e|A|iOS)?\/(\d+)/],
  ['Opera', /\bOPR\/(\d+)/],
  ['Samsung Internet', /\bSamsungBrowser\/(\d+)/],
  ['Firefox', /\b(?:Firefox|FxiOS)\/(\d+)/],
  ['Chrome', /\b(?:HeadlessChrome|Chrome|CriOS)\/(\d+)/],
  ['Safari', /\bVersion\/(\d+)[\d.]* (?:Mobile\/\S+ )?Safari\//],
];

/** Browser family and major version, e.g. "Firefox 132"; "other" for anything unrecognised. */
export function coarseUserAgent(ua: string | null | undefined): string | null {
  if (!ua) return null;
  const text = ua.slice(0, 512);
  for (const [family, re] of FAMILIES) {
    const m = re.exec(text);
    if (m) return `${family} ${m[1]!.slice(0, 4)}`;
  }
  return 'other';
}

/** The address without a zone, IPv4-mapped IPv6 as IPv4, and whether it is IPv4 (4), IPv6 (6) or neither (0). */
function plainIp(ip: string): [addr: string, kind: number] {
  let addr = ip.trim();
  const zone = addr.indexOf('%');
  if (zone >= 0) addr = addr.slice(0, zone);
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(addr);
  if (mapped) addr = mapped[1]!;
  return [addr, isIP(addr)];
}

/**
 * Who the rate limit counts a request against: an IPv4 address, or an IPv6 client's /64, the smallest network a
 * host is given (it can pick any of the 2^64 addresses in it). Anything else as it is.
 */
export function rateLimitKey(ip: string | null): string {
  if (!ip) return '';
  if (!ip.includes(':')) return ip;
  const [addr, kind] = plainIp(ip);
  if (kind !== 6) return addr;
  return `${expandIpv6(addr)
    .slice(0, 4)
    .map((g) => Number.parseInt(g, 16).toString(16))
    .join(':')}::/64`;
}

/** /24 for IPv4, /48 for IPv6 (IPv4-mapped IPv6 is treated as IPv4); null when the address is not an IP. */
export function truncateIp(ip: string | null | undefined): string | null {
  if (!ip) return null;
  const [addr, kind] = plainIp(ip);
  if (kind === 4) {
    const [a, b, c] = addr.split('.');
    return `${a}.${b}.${c}.0/24`;
  }
  if (kind === 6) {
    const groups = expandIpv6(addr);
    return `${groups
      .slice(0, 3)
      .map((g) => Number.parseInt(g, 16).toString(16))
      .join(':')}::/48`;
  }
  return null;
}

function expandIpv6(addr: string): string[] {
  let text = addr.toLowerCase();
  // An embedded IPv4 tail (::1.2.3.4) becomes two groups.
  const v4 = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (v4) {
    const [, a, b, c, d] = v4.map(Number) as number[];
    text = `${text.slice(0, v4.index)}${((a! << 8) | b!).toString(16)}:${((c! << 8) | d!).toString(16)}`;
  }
  const [head, tail] = text.split('::') as [string, string | undefined];
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const fill = tail === undefined ? [] : Array<string>(8 - left.length - right.length).fill('0');
  return [...left, ...fill, ...right];
}
