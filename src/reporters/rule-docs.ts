/**
 * A rule's documentation as Markdown and plain text, from its metadata: the full page
 * (docs/rules/<id>.md, written by scripts/gen-rule-docs.ts; the same facts `clauselint
 * --explain` prints) and the shorter help a SARIF rule carries (rationale, sources, model
 * clause), which GitHub code scanning shows beside each alert.
 */
import type { RuleExample, RuleMeta } from '../engine/rule.js';
import { collapseSpaces } from './text.js';

export interface RuleDocsOptions {
  /** Model clause text (a finding's suggestion, or one generated for the docs). */
  modelClause?: string;
  /** Where the model clause came from, said under it. */
  modelClauseNote?: string;
  /** Link to the full documentation. */
  docsUrl?: string;
}

/** One-line facts: "safeguard rule, safeguard S1, default severity error, in clauselint:recommended". */
export function ruleFacts(meta: RuleMeta): string {
  return [
    `${meta.type} rule`,
    meta.safeguard ? `safeguard ${meta.safeguard}` : undefined,
    `default severity ${meta.defaultSeverity}`,
    meta.recommended ? 'in clauselint:recommended' : 'not in clauselint:recommended',
  ]
    .filter(Boolean)
    .join(', ');
}

/** The full documentation page. */
export function ruleDocsMarkdown(meta: RuleMeta, options: RuleDocsOptions = {}): string {
  const out: string[] = [
    `<!-- Generated from the rule's metadata by scripts/gen-rule-docs.ts. Do not edit; edit rules/${meta.id}.ts. -->`,
    '',
    `# ${meta.id}`,
    '',
    paragraph(meta.description),
    '',
    `*${ruleFacts(meta)}.* Run \`clauselint --explain ${meta.id}\` to read this in a terminal.`,
    '',
  ];
  if (meta.rationale.trim()) out.push(paragraph(meta.rationale), '');
  if (meta.sources.length > 0) out.push('## Sources', '', ...meta.sources.map((source) => `- ${inline(source)}`), '');
  const messages = Object.entries(meta.messages);
  if (messages.length > 0) {
    out.push('## Findings it reports', '', '| messageId | message |', '| --- | --- |');
    out.push(...messages.map(([id, text]) => `| \`${id}\` | ${tableCell(text)} |`), '');
  }
  if (meta.defaultOptions && Object.keys(meta.defaultOptions).length > 0) {
    out.push('## Options (defaults)', '', '```json', JSON.stringify(meta.defaultOptions, null, 2), '```', '');
  }
  if (meta.docs.trim()) out.push(meta.docs.trim(), '');
  if (options.modelClause) out.push(...modelClauseBlock(options.modelClause, options.modelClauseNote), '');
  const examples = [
    ...meta.examples.valid.map((example) => exampleBlock('Valid', example)),
    ...meta.examples.invalid.map((example) => exampleBlock('Invalid', example)),
  ];
  if (examples.length > 0) out.push('## Examples', '', ...examples.flat());
  return `${out.join('\n').trimEnd()}\n`;
}

/** SARIF `help.markdown`: what GitHub shows under "Rule help" for an alert. */
export function ruleHelpMarkdown(meta: RuleMeta, options: RuleDocsOptions = {}): string {
  const out = [paragraph(meta.description || meta.id), '', `*${ruleFacts(meta)}.*`];
  if (meta.rationale.trim()) out.push('', '## Why it matters', '', paragraph(meta.rationale));
  if (meta.sources.length > 0) out.push('', '## Sources', '', ...meta.sources.map((source) => `- ${inline(source)}`));
  const howToFix = section(meta.docs, 'How to fix');
  if (howToFix) out.push('', '## How to fix', '', howToFix);
  if (options.modelClause) out.push('', ...modelClauseBlock(options.modelClause, options.modelClauseNote));
  out.push('', moreLine(meta, options.docsUrl, true));
  return out.join('\n');
}

/** SARIF `help.text`: the same, as plain text. */
export function ruleHelpText(meta: RuleMeta, options: RuleDocsOptions = {}): string {
  const out = [collapseSpaces(meta.description || meta.id), `(${ruleFacts(meta)})`];
  if (meta.rationale.trim()) out.push('', `Why it matters: ${collapseSpaces(meta.rationale)}`);
  if (meta.sources.length > 0) out.push('', 'Sources:', ...meta.sources.map((source) => `- ${collapseSpaces(source)}`));
  const howToFix = section(meta.docs, 'How to fix');
  if (howToFix) out.push('', `How to fix: ${collapseSpaces(howToFix)}`);
  if (options.modelClause) {
    out.push('', `Model clause: ${collapseSpaces(options.modelClause)}`);
    if (options.modelClauseNote) out.push(`(${options.modelClauseNote})`);
  }
  out.push('', moreLine(meta, options.docsUrl, false));
  return out.join('\n');
}

function modelClauseBlock(clause: string, note: string | undefined): string[] {
  const lines = ['## Model clause', '', `> ${collapseSpaces(clause)}`];
  if (note) lines.push('', `*${note}*`);
  return lines;
}

function moreLine(meta: RuleMeta, docsUrl: string | undefined, markdown: boolean): string {
  const explain = markdown ? `\`clauselint --explain ${meta.id}\`` : `clauselint --explain ${meta.id}`;
  if (!docsUrl) return `Full documentation: ${explain}.`;
  return markdown ? `Full documentation: [${meta.id}](${docsUrl}), or ${explain}.` : `Full documentation: ${docsUrl} (or ${explain}).`;
}

/** The body of a `## Title` section of the rule's docs, up to the next `##` heading. */
function section(docs: string, title: string): string | undefined {
  const lines = docs.split(/\r?\n/);
  const start = lines.findIndex((line) => new RegExp(`^##\\s+${title}\\s*$`, 'i').test(line.trim()));
  if (start < 0) return undefined;
  const end = lines.findIndex((line, index) => index > start && /^#{1,2}\s/.test(line));
  const body = lines.slice(start + 1, end < 0 ? undefined : end).join('\n').trim();
  return body || undefined;
}

function exampleBlock(kind: 'Valid' | 'Invalid', example: RuleExample): string[] {
  const reports = example.messageIds?.length ? ` (reports ${example.messageIds.map((id) => `\`${id}\``).join(', ')})` : '';
  const lines = [`### ${kind}: ${inline(example.title)}${reports}`, ''];
  if (example.options) lines.push(`Options: \`${JSON.stringify(example.options)}\``, '');
  const fence = example.code.includes('```') ? '~~~~' : '```';
  lines.push(`${fence}markdown`, example.code.trimEnd(), fence, '');
  return lines;
}

/** Prose from metadata, one paragraph, as-is (it is already Markdown-safe prose). */
const paragraph = (text: string): string => collapseSpaces(text);
const inline = (text: string): string => collapseSpaces(text);
const tableCell = (text: string): string => collapseSpaces(text).replace(/\|/g, '\\|');
