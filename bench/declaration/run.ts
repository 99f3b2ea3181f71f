// Validates and builds a generated declaration with 5,000 technologies and prints the time of each step, with
// the ratio to parsing the same YAML with no validation (the baseline, measured in the same run).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDeclaration } from '@cookieproof/schema';
import { buildSite } from 'cookieproof';
import { parse, stringify } from 'yaml';

const COUNT = Number(process.env.BENCH_TECHNOLOGIES ?? 5000);
const KINDS = ['cookie', 'localStorage', 'sessionStorage', 'pixel', 'script', 'iframe'] as const;

function generate(n: number): string {
  const technologies: Record<string, unknown> = {
    consent: {
      kind: 'cookie',
      name: 'cookieproof_consent',
      category: 'essential',
      purposes: ['service'],
      surfaces: ['web'],
      duration: '182 days',
      description: 'Consent state',
    },
  };
  for (let i = 0; i < n; i++) {
    const kind = KINDS[i % KINDS.length]!;
    const named = kind === 'cookie' || kind === 'localStorage' || kind === 'sessionStorage';
    const patterned = i % 50 === 0;
    technologies[`t${i}`] = {
      kind,
      ...(named
        ? patterned
          ? { pattern: `p${i}_[a-z]+` }
          : { name: `n${i}` }
        : { url: `https://cdn${i}.example.com/x*` }),
      ...(named ? { duration: `${1 + (i % 300)} days` } : {}),
      category: i % 3 === 0 ? 'essential' : i % 3 === 1 ? 'analytics' : 'preferences',
      purposes: [i % 3 === 0 ? 'service' : i % 3 === 1 ? 'stats' : 'prefs'],
      provider: named ? 'us' : 'cdn',
      surfaces: ['web'],
      description: { en: `Technology ${i}`, de: `Technologie ${i}` },
    };
  }
  return stringify({
    cookieproof: 1,
    site: { name: 'Bench', surfaces: { web: { title: 'Web', origins: ['https://example.com'] } } },
    policy: {
      version: '1',
      effectiveDate: '2026-01-01',
      url: '/cookies',
      privacyPolicyUrl: '/privacy',
      contact: { email: 'privacy@example.com' },
      signals: { gpc: 'record', dnt: 'record' },
      sellsPersonalInformation: false,
      sharesPersonalInformation: false,
    },
    purposes: {
      service: { title: 'Service', description: 'Service', essential: true },
      stats: { title: 'Stats', description: 'Stats' },
      prefs: { title: 'Prefs', description: 'Prefs' },
    },
    categories: {
      essential: { title: 'Essential', description: 'Always on', required: true },
      analytics: { title: 'Analytics', description: 'Analytics' },
      preferences: { title: 'Preferences', description: 'Preferences' },
    },
    providers: {
      us: { name: 'Bench', party: 'first' },
      cdn: { name: 'CDN', party: 'third', kind: 'hosting', privacyPolicyUrl: 'https://cdn.example.com/privacy' },
    },
    technologies,
  });
}

function time<T>(f: () => T): [T, number] {
  const start = performance.now();
  const value = f();
  return [value, performance.now() - start];
}

const dir = mkdtempSync(join(tmpdir(), 'bench-declaration-'));
try {
  const text = generate(COUNT);
  const file = join(dir, 'cookieproof.yaml');
  writeFileSync(file, text);
  const [, baseline] = time(() => parse(text));
  const [result, validateMs] = time(() => parseDeclaration(text, file));
  const errors = result.problems.filter((p) => p.severity === 'error');
  if (!result.declaration) throw new Error(`generated declaration is invalid: ${errors[0]?.message}`);
  const start = performance.now();
  const files = await buildSite(file, join(dir, 'out'));
  const buildMs = performance.now() - start;
  const kb = (Buffer.byteLength(text) / 1024).toFixed(0);
  console.log(`declaration: ${COUNT} technologies, ${kb} KB of YAML`);
  console.log(`  yaml parse only (baseline)  ${baseline.toFixed(0).padStart(7)} ms   1.00×`);
  console.log(
    `  validate                    ${validateMs.toFixed(0).padStart(7)} ms   ${(validateMs / baseline).toFixed(2)}×`,
  );
  console.log(
    `  build (${files.length} files)            ${buildMs.toFixed(0).padStart(7)} ms   ${(buildMs / baseline).toFixed(2)}×`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
