/**
 * `--explain RULE`: the rule's own documentation, as a lawyer reads it in a terminal.
 */
import type { RuleExample, RuleMeta } from '../index.js';
import { UsageError } from './errors.js';
import { closest as closestMatch } from '../config/suggest.js';

export function explainRule(ruleId: string, rulesMeta: Map<string, RuleMeta>): string {
  const meta = rulesMeta.get(ruleId);
  if (!meta) throw unknownRule(ruleId, [...rulesMeta.keys()]);

  const facts = [
    meta.type,
    meta.safeguard ? `safeguard ${meta.safeguard}` : undefined,
    `default severity ${meta.defaultSeverity}`,
    meta.recommended ? 'in clauselint:recommended' : 'not in clauselint:recommended',
  ].filter(Boolean);
  const lines = [meta.id, meta.description.trim(), `(${facts.join(', ')})`, ''];

  if (meta.rationale.trim()) lines.push('Why it matters', indent(meta.rationale.trim(), 2), '');
  if (meta.sources.length > 0) lines.push('Sources', ...meta.sources.map((source) => `  - ${source}`), '');
  const messages = Object.entries(meta.messages);
  if (messages.length > 0) {
    lines.push('Findings it reports', ...messages.map(([id, text]) => `  ${id}: ${text}`), '');
  }
  if (meta.defaultOptions && Object.keys(meta.defaultOptions).length > 0) {
    lines.push('Options (defaults)', indent(JSON.stringify(meta.defaultOptions, null, 2), 2), '');
  }
  if (meta.docs.trim()) lines.push(meta.docs.trim(), '');

  const examples = [
    ...meta.examples.valid.map((example) => exampleLines('Valid', example)),
    ...meta.examples.invalid.map((example) => exampleLines('Invalid', example)),
  ];
  if (examples.length > 0) lines.push('Examples', '', ...examples.flat());
  return `${lines.join('\n').trimEnd()}\n`;
}

function exampleLines(kind: 'Valid' | 'Invalid', example: RuleExample): string[] {
  const reports = example.messageIds?.length ? ` (reports: ${example.messageIds.join(', ')})` : '';
  const options = example.options ? `  options: ${JSON.stringify(example.options)}` : undefined;
  return [
    `  ${kind}: ${example.title}${reports}`,
    ...(options ? [options] : []),
    indent(example.code.trimEnd(), 4),
    '',
  ];
}

function unknownRule(ruleId: string, known: string[]): UsageError {
  const suggestion = closestMatch(ruleId, known);
  const hint = suggestion
    ? `Did you mean "${suggestion}"?`
    : known.length > 0
      ? `Known rules: ${[...known].sort().join(', ')}.`
      : 'No rules are loaded.';
  return new UsageError(`unknown rule "${ruleId}". ${hint}`);
}

const indent = (text: string, spaces: number): string =>
  text
    .split('\n')
    .map((line) => (line ? ' '.repeat(spaces) + line : line))
    .join('\n');
