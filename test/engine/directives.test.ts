import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/engine/diagnostic.js';
import { applyDirectives } from '../../src/engine/directives.js';
import { LineIndex } from '../../src/tree/line-index.js';

const KNOWN = new Set(['processing-limits', 'transparency', 'impact-assessment', 'data-access-list']);

/** A diagnostic for `ruleId` at the first occurrence of `needle` (or at `offset`). */
function finding(text: string, ruleId: string, at: string | number): Diagnostic {
  const offset = typeof at === 'number' ? at : text.indexOf(at);
  if (offset < 0) throw new Error(`"${at}" not in text`);
  const lines = new LineIndex(text);
  const start = lines.pointAt(offset);
  const end = lines.pointAt(offset + (typeof at === 'string' ? at.length : 0));
  return {
    ruleId,
    messageId: 'missing',
    severity: 'error',
    message: `${ruleId} finding`,
    location: { line: start.line, column: start.column, endLine: end.line, endColumn: end.column, offset, endOffset: end.offset },
    anchor: { line: start.line, label: `l. ${start.line}` },
    sources: [],
    fingerprint: `${ruleId}:${offset}`,
  };
}

const md = (lines: string[]): string => `${lines.join('\n')}\n`;
const ids = (diagnostics: Diagnostic[]): string[] => diagnostics.map((d) => `${d.ruleId}@${d.location.line}`);

describe('applyDirectives', () => {
  it('suppresses from a disable until the matching enable, with the reason as justification', () => {
    const text = md([
      '# Data Sharing Agreement',
      '',
      'The Supplier may use the data for any purpose.',
      '<!-- clauselint-disable processing-limits -- Accepted by the Authority, ticket 42 -->',
      'The Supplier may use the data for its own purposes.',
      'The Supplier may share the data with affiliates.',
      '<!-- clauselint-enable processing-limits -->',
      'The Supplier may sell the data.',
    ]);
    const diagnostics = [
      finding(text, 'processing-limits', 'any purpose'),
      finding(text, 'processing-limits', 'its own purposes'),
      finding(text, 'processing-limits', 'with affiliates'),
      finding(text, 'processing-limits', 'sell the data'),
    ];
    const result = applyDirectives(text, diagnostics, KNOWN);
    expect(ids(result.messages)).toEqual(['processing-limits@3', 'processing-limits@8']);
    expect(ids(result.suppressed)).toEqual(['processing-limits@5', 'processing-limits@6']);
    expect(result.suppressed[0]!.suppressed).toEqual({ kind: 'directive', justification: 'Accepted by the Authority, ticket 42' });
    expect(result.problems).toEqual([]);
    // The input is not mutated.
    expect(diagnostics[1]!.suppressed).toBeUndefined();
  });

  it('runs a disable without enable to the end of the file and leaves other rules alone', () => {
    const text = md([
      'Clause 1. Purpose.',
      '<!-- clauselint-disable transparency -->',
      'Clause 2. The terms of this Agreement are confidential.',
      'Clause 3. Nothing shall be published.',
    ]);
    const result = applyDirectives(
      text,
      [finding(text, 'transparency', 'confidential'), finding(text, 'transparency', 'published'), finding(text, 'processing-limits', 'Clause 3')],
      KNOWN,
    );
    expect(ids(result.suppressed)).toEqual(['transparency@3', 'transparency@4']);
    expect(ids(result.messages)).toEqual(['processing-limits@4']);
    expect(result.suppressed[0]!.suppressed).toEqual({ kind: 'directive' });
  });

  it('disable-next-line covers only the next line', () => {
    const text = md([
      '<!-- clauselint-disable-next-line processing-limits -- legacy clause, renegotiated in 2026 -->',
      'The Supplier may use the data for any purpose.',
      'The Supplier may use the data for any lawful purpose.',
    ]);
    const result = applyDirectives(
      text,
      [finding(text, 'processing-limits', 'any purpose'), finding(text, 'processing-limits', 'any lawful purpose')],
      KNOWN,
    );
    expect(ids(result.suppressed)).toEqual(['processing-limits@2']);
    expect(result.suppressed[0]!.suppressed?.justification).toBe('legacy clause, renegotiated in 2026');
    expect(ids(result.messages)).toEqual(['processing-limits@3']);
    expect(result.problems).toEqual([]);
  });

  it('accepts several ids, separated by commas', () => {
    const text = md([
      '<!-- clauselint-disable-next-line processing-limits, transparency -- both accepted -->',
      'The Supplier may use the data for any purpose and the terms are confidential.',
    ]);
    const result = applyDirectives(
      text,
      [finding(text, 'processing-limits', 'any purpose'), finding(text, 'transparency', 'confidential')],
      KNOWN,
    );
    expect(result.messages).toEqual([]);
    expect(ids(result.suppressed)).toEqual(['processing-limits@2', 'transparency@2']);
    expect(result.problems).toEqual([]);
  });

  it('a disable with no ids disables every rule; an enable with no ids enables every rule', () => {
    const text = md([
      '<!-- clauselint-disable -- draft under negotiation -->',
      'Clause 1. Anything goes.',
      '<!-- clauselint-enable -->',
      'Clause 2. Anything goes again.',
    ]);
    const result = applyDirectives(
      text,
      [finding(text, 'processing-limits', 'Clause 1'), finding(text, 'transparency', 'Clause 1'), finding(text, 'transparency', 'Clause 2')],
      KNOWN,
    );
    expect(ids(result.suppressed)).toEqual(['processing-limits@2', 'transparency@2']);
    expect(ids(result.messages)).toEqual(['transparency@4']);
    expect(result.problems).toEqual([]);
  });

  it('enabling one rule after disabling all keeps the others disabled', () => {
    const text = md(['<!-- clauselint-disable -->', 'A.', '<!-- clauselint-enable transparency -->', 'B.']);
    const result = applyDirectives(text, [finding(text, 'transparency', 'B.'), finding(text, 'processing-limits', 'B.')], KNOWN);
    expect(ids(result.messages)).toEqual(['transparency@4']);
    expect(ids(result.suppressed)).toEqual(['processing-limits@4']);
  });

  it('reports unknown rule ids at the id, and does not also call them unused', () => {
    const text = md(['<!-- clauselint-disable-next-line procesing-limits -->', 'The Supplier may use the data for any purpose.']);
    const result = applyDirectives(text, [finding(text, 'processing-limits', 'any purpose')], KNOWN);
    expect(ids(result.messages)).toEqual(['processing-limits@2']);
    expect(result.problems).toEqual([
      {
        kind: 'unknown-rule',
        message: 'Unknown rule "procesing-limits" in clauselint-disable-next-line directive.',
        line: 1,
        column: 35,
        endLine: 1,
        endColumn: 51,
        offset: 34,
        endOffset: 50,
        ruleId: 'procesing-limits',
      },
    ]);
    expect(text.slice(34, 50)).toBe('procesing-limits');
  });

  it('reports unused disable directives, per unused id', () => {
    const text = md([
      '<!-- clauselint-disable transparency, processing-limits -- accepted -->',
      'The terms are confidential.',
      '<!-- clauselint-disable-next-line impact-assessment -->',
      'Nothing to see here.',
      '<!-- clauselint-disable -->',
    ]);
    const result = applyDirectives(text, [finding(text, 'transparency', 'confidential')], KNOWN);
    expect(ids(result.suppressed)).toEqual(['transparency@2']);
    expect(result.problems.map((p) => [p.kind, p.line, p.message])).toEqual([
      ['unused-directive', 1, 'Unused clauselint-disable directive (no problems were reported from "processing-limits").'],
      ['unused-directive', 3, 'Unused clauselint-disable-next-line directive (no problems were reported from "impact-assessment").'],
      ['unused-directive', 5, 'Unused clauselint-disable directive (no problems were reported).'],
    ]);
    const wholeComment = result.problems[2]!;
    expect(text.slice(wholeComment.offset, wholeComment.endOffset)).toBe('<!-- clauselint-disable -->');
  });

  it('ignores directives inside fenced code blocks and inline code', () => {
    const text = md([
      '# How to accept a risk',
      '',
      '```markdown',
      '<!-- clauselint-disable processing-limits -- example only -->',
      '```',
      '',
      '~~~~',
      '<!-- clauselint-disable -->',
      '~~~~',
      '',
      'Write `<!-- clauselint-disable transparency -->` before the clause.',
      'The Supplier may use the data for any purpose and the terms are confidential.',
    ]);
    const result = applyDirectives(
      text,
      [finding(text, 'processing-limits', 'any purpose'), finding(text, 'transparency', 'confidential')],
      KNOWN,
    );
    expect(ids(result.messages)).toEqual(['processing-limits@12', 'transparency@12']);
    expect(result.suppressed).toEqual([]);
    expect(result.problems).toEqual([]);
  });

  it('an unclosed comment inside a fence does not swallow a real directive after it', () => {
    const text = md(['```', '<!-- not closed here', '```', '<!-- clauselint-disable-next-line transparency -->', 'Confidential.']);
    const result = applyDirectives(text, [finding(text, 'transparency', 'Confidential.')], KNOWN);
    expect(ids(result.suppressed)).toEqual(['transparency@5']);
  });

  it('a disable at the top of the file covers a document-level finding at the document start', () => {
    const text = md([
      '<!-- clauselint-disable impact-assessment -- HRIA is done under the framework agreement -->',
      '# Mobility Data Partnership',
      '',
      '## 1. Purpose',
    ]);
    const result = applyDirectives(text, [finding(text, 'impact-assessment', 0)], KNOWN);
    expect(result.messages).toEqual([]);
    expect(result.suppressed[0]!.suppressed).toEqual({ kind: 'directive', justification: 'HRIA is done under the framework agreement' });
    expect(result.problems).toEqual([]);
  });

  it('the top-of-file rule also holds after front matter and other comments', () => {
    const text = md(['---', 'title: Agreement', '---', '<!-- prettier-ignore -->', '<!-- clauselint-disable-next-line transparency -->', '# Agreement']);
    const result = applyDirectives(text, [finding(text, 'transparency', 0)], KNOWN);
    expect(result.messages).toEqual([]);
  });

  it('covers a document-level finding reported at a later section start', () => {
    const text = md(['<!-- clauselint-disable data-access-list -->', '# Agreement', '', '## 7. Data Protection', 'Text.']);
    const result = applyDirectives(text, [finding(text, 'data-access-list', '## 7. Data Protection')], KNOWN);
    expect(ids(result.suppressed)).toEqual(['data-access-list@4']);
  });

  it('a disable after the finding does not reach back, and fatal diagnostics are never suppressed', () => {
    const text = md(['# Agreement', 'The Supplier may use the data for any purpose.', '<!-- clauselint-disable -->', 'More.']);
    const fatal = { ...finding(text, 'parse-error', 'More.'), fatal: true };
    const result = applyDirectives(text, [finding(text, 'processing-limits', 'any purpose'), fatal], KNOWN);
    expect(ids(result.messages)).toEqual(['processing-limits@2', 'parse-error@4']);
    expect(result.problems.map((p) => p.kind)).toEqual(['unused-directive']);
  });

  it('handles CRLF line endings and multi-line comments', () => {
    const text = [
      '<!--',
      '  clauselint-disable-next-line',
      '    processing-limits,',
      '    transparency -- both accepted by the board',
      '-->',
      'The Supplier may use the data for any purpose; the terms are confidential.',
      '',
    ].join('\r\n');
    const result = applyDirectives(
      text,
      [finding(text, 'processing-limits', 'any purpose'), finding(text, 'transparency', 'confidential')],
      KNOWN,
    );
    expect(ids(result.suppressed)).toEqual(['processing-limits@6', 'transparency@6']);
    expect(result.suppressed[0]!.suppressed?.justification).toBe('both accepted by the board');
  });

  it('leaves look-alike comments alone', () => {
    const text = md(['<!-- clauselint-disable-line transparency -->', '<!-- expect: transparency/missing -->', 'Confidential.']);
    const result = applyDirectives(text, [finding(text, 'transparency', 'Confidential.')], KNOWN);
    expect(result.messages).toHaveLength(1);
    expect(result.problems).toEqual([]);
  });
});
