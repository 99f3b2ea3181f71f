import { resolve } from 'node:path';
import { type DeclarationDiff, diffDeclarations, loadDeclaration } from '@cookieproof/schema';
import { parse } from '../args.ts';
import type { Io } from '../io.ts';

export const diffHelp = `cookieproof diff <old> <new> [--json] [--exit-code]

Lists what changed between two declarations and says whether visitors must be asked again. With --exit-code,
exits 1 when they must.`;

export async function diff(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parse('diff', argv, { json: { type: 'boolean' }, 'exit-code': { type: 'boolean' } });
  if (positionals.length !== 2) {
    io.err(diffHelp);
    return 2;
  }
  const [from, to] = await Promise.all(positionals.map((f) => loadDeclaration(resolve(io.cwd, f))));
  const result = diffDeclarations(from!, to!);
  io.out(values.json ? JSON.stringify(result, null, 2) : formatDiff(result));
  return values['exit-code'] && result.reconsent ? 1 : 0;
}

const SIGN = { added: '+', removed: '-', changed: '~' } as const;

export function formatDiff(d: DeclarationDiff): string {
  const lines = [
    `${d.from.version} (${d.from.effectiveDate}, ${d.from.fingerprint.slice(0, 12)}) → ${d.to.version} (${d.to.effectiveDate}, ${d.to.fingerprint.slice(0, 12)})`,
    '',
  ];
  if (d.changes.length === 0) lines.push('  no changes');
  for (const c of d.changes)
    lines.push(`  ${SIGN[c.change]} ${c.subject.padEnd(11)} ${c.summary}${c.material ? '  [asks again]' : ''}`);
  const material = d.changes.filter((c) => c.material);
  lines.push(
    '',
    d.reconsent
      ? `Visitors must be asked again: yes. ${material.length} change${material.length === 1 ? '' : 's'} go beyond what earlier choices covered.`
      : 'Visitors must be asked again: no. Earlier choices still cover everything (wording, removals and essential additions only).',
  );
  return lines.join('\n');
}
