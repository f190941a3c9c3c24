/**
 * The kernel: run configured rules over one ContractTree in a single traversal and return
 * diagnostics. Pure: no file system, no process, no config discovery.
 */
import { createHash } from 'node:crypto';
import { createAnalyses, restrictAnalyses } from '../analysis/index.js';
import { anchorAt } from '../tree/anchor.js';
import { LineIndex } from '../tree/line-index.js';
import { singleSpaced } from '../text/spaces.js';
import type { ContractNode, DocumentNode } from '../tree/types.js';
import { compareIds, type Diagnostic, type DiagnosticLocation, type Severity } from './diagnostic.js';
import type { ReportDescriptor, Rule, RuleContext, RuleHandlers } from './rule.js';

export interface ConfiguredRule {
  rule: Rule<any>;
  severity: Severity;
  options: Record<string, unknown>;
}

export interface LintTreeOptions {
  filePath: string;
  rules: readonly ConfiguredRule[];
}

/** A rule threw: the message names the rule so the user can report or disable it. */
export class RuleError extends Error {
  constructor(
    readonly ruleId: string,
    cause: unknown,
  ) {
    super(`Rule "${ruleId}" failed: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
  }
}

const MAX_EVIDENCE = 400;

export function lintTree(tree: DocumentNode, { filePath, rules }: LintTreeOptions): Diagnostic[] {
  const text = tree.data.text;
  const lines = new LineIndex(text);
  const analyses = createAnalyses(tree);
  const diagnostics: Diagnostic[] = [];
  const running: Array<{ id: string; handlers: RuleHandlers }> = [];

  for (const { rule, severity, options } of rules) {
    const { meta } = rule;
    const context: RuleContext<Record<string, unknown>> = {
      id: meta.id,
      options: { ...(meta.defaultOptions ?? {}), ...options },
      filePath,
      format: tree.data.format,
      document: tree,
      text,
      analysis: restrictAnalyses(analyses, meta.needs ?? [], meta.id),
      getText: (node) => text.slice(node.position.start.offset, node.position.end.offset),
      anchorAt: (offset) => anchorAt(tree, lines, offset),
      report: (descriptor) => diagnostics.push(toDiagnostic(rule, severity, descriptor, tree, lines)),
    };
    try {
      running.push({ id: meta.id, handlers: rule.create(context) });
    } catch (error) {
      throw new RuleError(meta.id, error);
    }
  }

  // Handlers by node type, so the traversal asks only the rules that listen for a type, and is
  // skipped when none listens for any (the built-in rules all work at document exit).
  const listeners = new Map<string, Array<{ id: string; handler: (node: ContractNode) => void }>>();
  for (const { id, handlers } of running) {
    for (const [type, handler] of Object.entries(handlers)) {
      if (type === 'document:exit' || typeof handler !== 'function') continue;
      let list = listeners.get(type);
      if (!list) listeners.set(type, (list = []));
      list.push({ id, handler: handler as (node: ContractNode) => void });
    }
  }
  const call = (id: string, handler: (node: ContractNode) => void, node: ContractNode): void => {
    try {
      handler(node);
    } catch (error) {
      throw error instanceof RuleError ? error : new RuleError(id, error);
    }
  };
  const visit = (node: ContractNode): void => {
    const list = listeners.get(node.type);
    if (list) for (const { id, handler } of list) call(id, handler, node);
    if ('children' in node) for (const child of node.children as ContractNode[]) visit(child);
  };
  if (listeners.size > 0) visit(tree);
  for (const { id, handlers } of running) {
    const exit = handlers['document:exit'];
    if (!exit) continue;
    try {
      exit();
    } catch (error) {
      throw error instanceof RuleError ? error : new RuleError(id, error);
    }
  }

  assignFingerprints(diagnostics);
  return diagnostics.sort(compareDiagnostics);
}

function toDiagnostic(
  rule: Rule<any>,
  severity: Severity,
  descriptor: ReportDescriptor,
  tree: DocumentNode,
  lines: LineIndex,
): Diagnostic {
  const { meta } = rule;
  const template = meta.messages[descriptor.messageId];
  if (template === undefined) {
    throw new RuleError(meta.id, new Error(`reported unknown messageId "${descriptor.messageId}"`));
  }
  const [start, end] =
    'node' in descriptor
      ? [descriptor.node.position.start.offset, descriptor.node.position.end.offset]
      : descriptor.range;
  const text = tree.data.text;
  const location = locate(lines, start, end);
  const anchor = anchorAt(tree, lines, start);
  const evidence = evidenceOf(descriptor.evidence ?? text.slice(start, end));
  const diagnostic: Diagnostic = {
    ruleId: meta.id,
    messageId: descriptor.messageId,
    severity,
    message: fillMessage(template, descriptor.data),
    location,
    anchor,
    sources: descriptor.sources ?? meta.sources,
    fingerprint: '',
  };
  if (evidence) diagnostic.evidence = evidence;
  if (descriptor.suggestion) diagnostic.suggestion = descriptor.suggestion.trim();
  if (descriptor.data) diagnostic.data = descriptor.data;
  if (descriptor.related?.length) {
    diagnostic.related = descriptor.related.map(({ message, range }) => ({
      message: collapse(message),
      location: locate(lines, range[0], range[1]),
      anchor: anchorAt(tree, lines, range[0]),
    }));
  }
  return diagnostic;
}

export function locate(lines: LineIndex, start: number, end: number): DiagnosticLocation {
  const from = lines.pointAt(start);
  const to = lines.pointAt(Math.max(start, end));
  return {
    line: from.line,
    column: from.column,
    endLine: to.line,
    endColumn: to.column,
    offset: from.offset,
    endOffset: to.offset,
  };
}

/** Fill `{name}` placeholders and collapse whitespace (stylish matchers split on double spaces). */
export function fillMessage(template: string, data: Record<string, string | number> | undefined): string {
  const filled = template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    data && name in data ? String(data[name]) : whole,
  );
  return collapse(filled);
}

const collapse = (value: string): string => singleSpaced(value).trim();
/**
 * Evidence as shown: whitespace collapsed, clipped to MAX_EVIDENCE. A long clause is collapsed
 * only as far as the clip needs: collapsing never lengthens text, so when a prefix already
 * collapses to more than MAX_EVIDENCE characters, the whole would be clipped to the same text.
 */
function evidenceOf(raw: string): string {
  const prefix = raw.length > 4 * MAX_EVIDENCE ? raw.slice(0, 4 * MAX_EVIDENCE) : raw;
  const collapsed = collapse(prefix);
  return clip(prefix === raw || collapsed.length > MAX_EVIDENCE ? collapsed : collapse(raw));
}

const clip = (value: string): string =>
  value.length <= MAX_EVIDENCE ? value : `${value.slice(0, MAX_EVIDENCE - 1).trimEnd()}…`;

/**
 * Fingerprint = hash(rule, messageId, clause, normalized evidence), plus an occurrence index
 * among identical ones. Line numbers are left out on purpose so edits elsewhere keep it.
 */
function assignFingerprints(diagnostics: Diagnostic[]): void {
  const seen = new Map<string, number>();
  for (const diagnostic of [...diagnostics].sort(compareDiagnostics)) {
    const basis = [
      diagnostic.ruleId,
      diagnostic.messageId,
      diagnostic.anchor.clause ?? '',
      (diagnostic.evidence ?? '').toLowerCase(),
    ].join('\u0000');
    const hash = createHash('sha256').update(basis).digest('hex').slice(0, 16);
    const occurrence = (seen.get(hash) ?? 0) + 1;
    seen.set(hash, occurrence);
    diagnostic.fingerprint = occurrence === 1 ? hash : `${hash}:${occurrence}`;
  }
}

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    a.location.offset - b.location.offset ||
    a.location.endOffset - b.location.endOffset ||
    compareIds(a.ruleId, b.ruleId) ||
    compareIds(a.messageId, b.messageId)
  );
}
