import { formatProblem, type Problem } from '@cookieproof/schema';

/** Problems the way compilers print them, then a count. */
export function formatProblems(problems: Problem[]): string {
  const lines = problems.map((p) =>
    p.severity === 'warning' ? formatProblem({ ...p, message: `warning: ${p.message}` }) : formatProblem(p),
  );
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  const count = [
    errors && `${errors} error${errors === 1 ? '' : 's'}`,
    warnings && `${warnings} warning${warnings === 1 ? '' : 's'}`,
  ]
    .filter(Boolean)
    .join(', ');
  return `${lines.join('\n')}\n${count}`;
}
