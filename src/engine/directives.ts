/**
 * Markdown inline suppression. Pure: it reads the source text and the diagnostics, and says
 * which diagnostics a comment suppresses and which comments are wrong or useless.
 *
 *   <!-- clauselint-disable rule-a, rule-b -- reason -->   until a matching enable or the end
 *   <!-- clauselint-enable rule-a -->                       (no ids: enables every rule)
 *   <!-- clauselint-disable-next-line rule-a -- reason -->  the line after the comment
 *   <!-- clauselint-disable -->                             no ids: every rule
 *
 * Comments in fenced code blocks and in inline code are examples, not directives.
 * A finding reported inside the preamble (front matter and comments before the first content,
 * which is where document-level findings sit) counts as starting at the first content, so a
 * disable at the top of the file covers it.
 */
import { LineIndex } from '../tree/line-index.js';
import type { Diagnostic } from './diagnostic.js';

export interface DirectiveProblem {
  kind: 'unknown-rule' | 'unused-directive';
  message: string;
  /** 1-based, where the offending id (or the whole comment) starts. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** 0-based offsets into the text, end exclusive. */
  offset: number;
  endOffset: number;
  /** The rule id concerned, when the problem is about one id. */
  ruleId?: string;
}

export interface AppliedDirectives {
  messages: Diagnostic[];
  suppressed: Diagnostic[];
  problems: DirectiveProblem[];
}

type DirectiveKind = 'disable' | 'enable' | 'disable-next-line';

interface RuleRef {
  id: string;
  offset: number;
  endOffset: number;
}

interface Directive {
  kind: DirectiveKind;
  /** Empty means every rule. */
  rules: RuleRef[];
  reason?: string;
  offset: number;
  endOffset: number;
  /** For disable-next-line: the 1-based line it covers. */
  targetLine: number;
  /** Rule ids it suppressed ('*' for an all-rules directive). */
  used: Set<string>;
}

const COMMENT = /<!--([\s\S]*?)-->/;
const DIRECTIVE = /^\s*clauselint-(disable-next-line|disable|enable)(?=\s|$)([\s\S]*)$/d;

export function applyDirectives(
  text: string,
  diagnostics: Diagnostic[],
  knownRuleIds: ReadonlySet<string>,
): AppliedDirectives {
  const lines = new LineIndex(text);
  const directives = parseDirectives(text, lines);
  const contentStart = preambleEnd(text);

  const messages: Diagnostic[] = [];
  const suppressed: Diagnostic[] = [];
  for (const diagnostic of diagnostics) {
    const by = diagnostic.fatal ? undefined : suppressor(diagnostic, directives, lines, contentStart);
    if (!by) {
      messages.push(diagnostic);
      continue;
    }
    by.used.add(by.rules.length === 0 ? '*' : diagnostic.ruleId);
    suppressed.push({
      ...diagnostic,
      suppressed: by.reason ? { kind: 'directive', justification: by.reason } : { kind: 'directive' },
    });
  }
  return { messages, suppressed, problems: findProblems(directives, knownRuleIds, lines) };
}

/** The directive that suppresses a diagnostic, if any. */
function suppressor(
  diagnostic: Diagnostic,
  directives: readonly Directive[],
  lines: LineIndex,
  contentStart: number,
): Directive | undefined {
  const applies = (directive: Directive): boolean =>
    directive.rules.length === 0 || directive.rules.some((rule) => rule.id === diagnostic.ruleId);
  const offset = Math.max(diagnostic.location.offset, contentStart);
  const line = offset === diagnostic.location.offset ? diagnostic.location.line : lines.pointAt(offset).line;

  const nextLine = directives.find((d) => d.kind === 'disable-next-line' && d.targetLine === line && applies(d));
  if (nextLine) return nextLine;

  // The last disable or enable before the finding that names its rule decides.
  let last: Directive | undefined;
  for (const directive of directives) {
    if (directive.endOffset > offset) break;
    if (directive.kind !== 'disable-next-line' && applies(directive)) last = directive;
  }
  return last?.kind === 'disable' ? last : undefined;
}

function parseDirectives(text: string, lines: LineIndex): Directive[] {
  const fences = fencedRanges(text);
  const directives: Directive[] = [];
  const comments = new RegExp(COMMENT.source, 'g');
  for (let comment = comments.exec(text); comment; comment = comments.exec(text)) {
    const offset = comment.index;
    if (text[offset - 1] === '`' || fences.some(([start, end]) => offset >= start && offset < end)) {
      // An example comment may be unclosed inside its fence; resume right after its "<!--".
      comments.lastIndex = offset + 4;
      continue;
    }
    const match = DIRECTIVE.exec(comment[1]!);
    if (!match) continue;
    const bodyOffset = offset + 4 + match.indices![2]![0];
    const { ids, reason } = splitBody(match[2]!, bodyOffset);
    const endOffset = offset + comment[0].length;
    directives.push({
      kind: match[1] as DirectiveKind,
      rules: ids,
      ...(reason ? { reason } : {}),
      offset,
      endOffset,
      targetLine: lines.pointAt(endOffset).line + 1,
      used: new Set(),
    });
  }
  return directives;
}

/** "rule-a, rule-b -- reason" → ids with their offsets, and the reason. */
function splitBody(body: string, bodyOffset: number): { ids: RuleRef[]; reason?: string } {
  const separator = /(?:^|\s)--(?:\s|$)/.exec(body);
  const idsPart = separator ? body.slice(0, separator.index) : body;
  const reason = separator ? body.slice(separator.index + separator[0].length).replace(/\s+/g, ' ').trim() : '';
  const ids = [...idsPart.matchAll(/[^\s,]+/g)].map((m) => ({
    id: m[0],
    offset: bodyOffset + m.index!,
    endOffset: bodyOffset + m.index! + m[0].length,
  }));
  return reason ? { ids, reason } : { ids };
}

function findProblems(directives: readonly Directive[], known: ReadonlySet<string>, lines: LineIndex): DirectiveProblem[] {
  const problems: DirectiveProblem[] = [];
  const add = (kind: DirectiveProblem['kind'], message: string, offset: number, endOffset: number, ruleId?: string) => {
    const start = lines.pointAt(offset);
    const end = lines.pointAt(endOffset);
    problems.push({
      kind,
      message,
      line: start.line,
      column: start.column,
      endLine: end.line,
      endColumn: end.column,
      offset,
      endOffset,
      ...(ruleId ? { ruleId } : {}),
    });
  };

  for (const directive of directives) {
    const name = `clauselint-${directive.kind}`;
    for (const rule of directive.rules) {
      if (!known.has(rule.id)) add('unknown-rule', `Unknown rule "${rule.id}" in ${name} directive.`, rule.offset, rule.endOffset, rule.id);
    }
    if (directive.kind === 'enable') continue;
    if (directive.rules.length === 0) {
      if (directive.used.size === 0) {
        add('unused-directive', `Unused ${name} directive (no problems were reported).`, directive.offset, directive.endOffset);
      }
      continue;
    }
    for (const rule of directive.rules) {
      if (known.has(rule.id) && !directive.used.has(rule.id)) {
        add('unused-directive', `Unused ${name} directive (no problems were reported from "${rule.id}").`, rule.offset, rule.endOffset, rule.id);
      }
    }
  }
  return problems.sort((a, b) => a.offset - b.offset || a.endOffset - b.endOffset);
}

/**
 * Offset ranges of fenced code blocks (``` or ~~~, closed by a fence of the same character at
 * least as long; an unclosed fence runs to the end, as in CommonMark). A cheap line scan.
 */
function fencedRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let open: { char: string; size: number; start: number } | undefined;
  let offset = 0;
  for (const rawLine of text.split(/(?<=\r\n|\r(?!\n)|\n)/)) {
    const line = rawLine.replace(/\r?\n$|\r$/, '');
    const fence = /^(?:[ \t]*>)*[ \t]*(`{3,}|~{3,})(.*)$/.exec(line);
    if (!open) {
      // A backtick fence's info string cannot contain a backtick (that would be inline code).
      if (fence && !(fence[1]![0] === '`' && fence[2]!.includes('`'))) {
        open = { char: fence[1]![0]!, size: fence[1]!.length, start: offset };
      }
    } else if (fence && fence[1]![0] === open.char && fence[1]!.length >= open.size && fence[2]!.trim() === '') {
      ranges.push([open.start, offset + line.length]);
      open = undefined;
    }
    offset += rawLine.length;
  }
  if (open) ranges.push([open.start, text.length]);
  return ranges;
}

/** Where the content starts after YAML front matter, blank lines and HTML comments. */
function preambleEnd(text: string): number {
  let position = 0;
  const frontMatter = /^---\r?\n[\s\S]*?\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(text);
  if (frontMatter) position = frontMatter[0].length;
  for (;;) {
    while (position < text.length && /\s/.test(text[position]!)) position++;
    if (!text.startsWith('<!--', position)) return position;
    const close = text.indexOf('-->', position + 4);
    if (close === -1) return position;
    position = close + 3;
  }
}
