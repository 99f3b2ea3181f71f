import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from './main.ts';
import { captureIo } from './test-io.ts';

const aiPromo = new URL('../../../apps/ai-promo/', import.meta.url).pathname;
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cookieproof-cli-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function run(argv: string[], cwd = dir) {
  const c = captureIo(cwd);
  const code = await main(argv, c.io);
  return { code, stdout: c.stdout(), stderr: c.stderr() };
}

describe('cookieproof', () => {
  it('prints usage and exits 2 without a command, 0 with --help', async () => {
    expect((await run([])).code).toBe(2);
    const help = await run(['--help']);
    expect(help.code).toBe(0);
    for (const c of ['init', 'validate', 'build', 'diff', 'serve', 'scan']) expect(help.stdout).toContain(c);
  });

  it('rejects unknown commands and flags with exit 2 and a pointer to help', async () => {
    expect((await run(['frobnicate'])).code).toBe(2);
    const r = await run(['validate', '--colour']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('cookieproof validate --help');
  });

  it('init writes a starter that validates, and refuses to overwrite it', async () => {
    expect((await run(['init'])).code).toBe(0);
    const v = await run(['validate']);
    expect(v.stderr).toBe('');
    expect(v.stdout).toMatch(/cookieproof\.yaml is valid: 3 technologies/);
    expect(v.code).toBe(0);
    const again = await run(['init']);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('already exists; pass --force');
    expect((await run(['init', '--force'])).code).toBe(0);
  });

  it('init --origin writes the site origin into the starter', async () => {
    expect((await run(['init', '--origin', 'http://localhost:8080/'])).code).toBe(0);
    const yaml = readFileSync(join(dir, 'cookieproof.yaml'), 'utf8');
    expect(yaml).toContain('origins: ["http://localhost:8080"]');
    expect(yaml).toContain('url: http://localhost:8080/cookie-policy');
    expect(yaml).not.toContain('example.com/');
    expect((await run(['validate'])).code).toBe(0);
    const bad = await run(['init', '--force', '--origin', 'localhost:8080']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--origin is an origin such as https://www.example.com');
  });

  it('validates the AI Promo declaration and its history', async () => {
    const r = await run(['validate', 'cookieproof.yaml'], aiPromo);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toContain('version 2026.2');
  });

  it('reports problems like a compiler and exits 1', async () => {
    const text = readFileSync(join(aiPromo, 'cookieproof.yaml'), 'utf8')
      .replace(
        'category: analytics\n    purposes: [analytics]\n    surfaces: [public]\n    duration: 13 months',
        'category: analytic\n    purposes: [analytics]\n    surfaces: [public]\n    duration: 13 months',
      )
      .replace('history/2026.1.yaml', `${aiPromo}history/2026.1.yaml`);
    writeFileSync(join(dir, 'broken.yaml'), text);
    const r = await run(['validate', 'broken.yaml']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /^broken\.yaml:\d+:15 {2}technologies\.ga-client\.category {2}unknown category "analytic"; did you mean "analytics"\?/m,
    );
    expect(r.stderr).toMatch(/\n1 error$/);
    const json = await run(['validate', 'broken.yaml', '--json']);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toMatchObject({
      valid: false,
      fingerprint: null,
      problems: [{ path: 'technologies.ga-client.category' }],
    });
  });

  it('exits 2 naming the file when it cannot be read', async () => {
    const r = await run(['validate', 'missing.yaml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('missing.yaml: cannot read the file');
  });

  it('diffs the two AI Promo versions and explains the re-consent decision', async () => {
    const r = await run(['diff', 'history/2026.1.yaml', 'cookieproof.yaml'], aiPromo);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('2026.1 (2026-05-01');
    expect(r.stdout).toMatch(/\+ technology {2}new pixel .*diagnostics-vitals.*\[asks again\]/);
    expect(r.stdout).toMatch(/new essential cookie "datahub_auth".*no new consent is needed/);
    expect(r.stdout).toContain('Visitors must be asked again: yes.');
    expect((await run(['diff', 'history/2026.1.yaml', 'cookieproof.yaml', '--exit-code'], aiPromo)).code).toBe(1);
    const same = await run(['diff', 'cookieproof.yaml', 'cookieproof.yaml', '--exit-code'], aiPromo);
    expect(same.code).toBe(0);
    expect(same.stdout).toContain('Visitors must be asked again: no.');
    const json = JSON.parse((await run(['diff', 'history/2026.1.yaml', 'cookieproof.yaml', '--json'], aiPromo)).stdout);
    expect(json.reconsent).toBe(true);
  });
});
