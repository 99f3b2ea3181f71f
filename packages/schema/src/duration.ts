// Durations in a declaration are written for people ("session", "13 months", "P30D") and compared in seconds.

const UNIT_SECONDS: Record<string, number> = {
  second: 1,
  minute: 60,
  hour: 3600,
  day: 86_400,
  week: 7 * 86_400,
  month: 30 * 86_400,
  year: 365 * 86_400,
};

const UNIT_ALIASES: Record<string, string> = {
  s: 'second',
  sec: 'second',
  min: 'minute',
  m: 'minute',
  h: 'hour',
  d: 'day',
  w: 'week',
  mo: 'month',
  y: 'year',
};

/** `session`: deleted when the browser session ends. `persistent`: storage with no expiry (until cleared). */
export type Duration = { kind: 'session' } | { kind: 'persistent' } | { kind: 'fixed'; seconds: number };

export const DURATION_HINT =
  'write "session", "persistent" (storage only), an amount with a unit such as "30 minutes", "13 months", "1 year", or an ISO 8601 duration such as "P30D"';

const ISO = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;

export function parseDuration(text: string): Duration | undefined {
  const t = text.trim().toLowerCase();
  if (t === 'session') return { kind: 'session' };
  if (t === 'persistent') return { kind: 'persistent' };
  const iso = ISO.exec(text.trim().toUpperCase());
  if (iso && text.trim().length > 1 && !text.trim().toUpperCase().endsWith('T')) {
    const [, y, mo, w, d, h, mi, s] = iso.map((v) => Number(v ?? 0));
    const seconds =
      (y ?? 0) * UNIT_SECONDS.year! +
      (mo ?? 0) * UNIT_SECONDS.month! +
      (w ?? 0) * UNIT_SECONDS.week! +
      (d ?? 0) * UNIT_SECONDS.day! +
      (h ?? 0) * 3600 +
      (mi ?? 0) * 60 +
      (s ?? 0);
    return seconds > 0 ? { kind: 'fixed', seconds } : undefined;
  }
  const m = /^(\d+(?:\.\d+)?)\s*([a-z]+)$/.exec(t);
  if (!m) return undefined;
  const amount = Number(m[1]);
  let unit = m[2]!;
  unit = UNIT_ALIASES[unit] ?? unit.replace(/s$/, '');
  const per = UNIT_SECONDS[unit];
  if (per === undefined || !(amount > 0)) return undefined;
  return { kind: 'fixed', seconds: Math.round(amount * per) };
}

/** Seconds, with session = 0 and persistent = Infinity, so durations can be compared. */
export function durationSeconds(d: Duration): number {
  return d.kind === 'fixed' ? d.seconds : d.kind === 'session' ? 0 : Number.POSITIVE_INFINITY;
}

export function formatDuration(d: Duration): string {
  if (d.kind === 'session') return 'Session';
  if (d.kind === 'persistent') return 'Until cleared';
  const s = d.seconds;
  for (const [unit, per] of [
    ['year', UNIT_SECONDS.year!],
    ['month', UNIT_SECONDS.month!],
    ['week', UNIT_SECONDS.week!],
    ['day', UNIT_SECONDS.day!],
    ['hour', 3600],
    ['minute', 60],
  ] as const) {
    if (s >= per && s % per === 0) {
      const n = s / per;
      return `${n} ${unit}${n === 1 ? '' : 's'}`;
    }
  }
  if (s >= UNIT_SECONDS.day!) {
    const n = Math.round(s / UNIT_SECONDS.day!);
    return `${n} day${n === 1 ? '' : 's'}`;
  }
  return `${s} second${s === 1 ? '' : 's'}`;
}
