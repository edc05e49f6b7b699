import type { Finding } from '@caravan/planner';

const mark = { error: '✖ error', warning: '▲ warning', info: 'ℹ info' } as const;

export function renderFindings(findings: readonly Finding[]): string {
  if (findings.length === 0) return 'No problems found.\n';
  const lines = findings.map(
    (f) =>
      `${mark[f.severity]}  ${f.day ? `${f.day}  ` : ''}${f.message}${f.fix ? '  (one-click fix available)' : ''}`,
  );
  const count = (s: Finding['severity']) => findings.filter((f) => f.severity === s).length;
  lines.push(
    '',
    `${count('error')} error(s), ${count('warning')} warning(s), ${count('info')} note(s).`,
  );
  return `${lines.join('\n')}\n`;
}
