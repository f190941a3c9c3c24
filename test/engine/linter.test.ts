import { describe, expect, it } from 'vitest';
import { lintTree, RuleError, type ConfiguredRule } from '../../src/engine/linter.js';
import { defineRule, type Rule } from '../../src/engine/rule.js';
import { LineIndex } from '../../src/tree/line-index.js';
import type { DocumentNode, ParagraphNode, SectionNode } from '../../src/tree/types.js';

/** A hand-built tree: one numbered section holding one paragraph per given sentence. */
function buildTree(prefix: string, sentences: string[]): DocumentNode {
  const heading = '4.2 Data Protection';
  const text = `${prefix}${heading}\n${sentences.join('\n')}\n`;
  const lines = new LineIndex(text);
  const span = (start: number, end: number) => ({ start: lines.pointAt(start), end: lines.pointAt(end) });
  let offset = prefix.length + heading.length + 1;
  const paragraphs: ParagraphNode[] = sentences.map((sentence) => {
    const start = offset;
    offset += sentence.length + 1;
    return {
      type: 'paragraph',
      position: span(start, start + sentence.length),
      children: [{ type: 'text', value: sentence, position: span(start, start + sentence.length) }],
    };
  });
  const headingStart = prefix.length;
  const section: SectionNode = {
    type: 'section',
    number: '4.2',
    heading: 'Data Protection',
    depth: 1,
    kind: 'clause',
    position: span(headingStart, text.length - 1),
    children: [
      {
        type: 'heading',
        position: span(headingStart, headingStart + heading.length),
        children: [
          { type: 'text', value: heading, position: span(headingStart, headingStart + heading.length) },
        ],
      },
      ...paragraphs,
    ],
  };
  return { type: 'document', position: span(0, text.length), children: [section], data: { format: 'markdown', text } };
}

const flagAnyData = defineRule({
  meta: {
    id: 'flag-any-data',
    type: 'safeguard',
    description: 'Flag "any data" scopes.',
    rationale: 'Test rule.',
    sources: ['Test source'],
    recommended: false,
    defaultSeverity: 'warning',
    messages: { catchAll: 'Scope   "{phrase}" is a catch-all.' },
    docs: '',
    examples: { valid: [], invalid: [] },
  },
  create(context) {
    return {
      paragraph(node) {
        const text = context.getText(node);
        const index = text.indexOf('any data');
        if (index >= 0) {
          const start = node.position.start.offset + index;
          context.report({ range: [start, start + 8], messageId: 'catchAll', data: { phrase: 'any data' } });
        }
      },
    };
  },
});

const configured = (rule: Rule<any>, options: Record<string, unknown> = {}): ConfiguredRule => ({
  rule,
  severity: 'error',
  options,
});

describe('lintTree', () => {
  it('reports with location, anchor, filled message and sources', () => {
    const tree = buildTree('', ['The Supplier may access any data it needs.']);
    const [diagnostic, ...rest] = lintTree(tree, { filePath: 'x.md', rules: [configured(flagAnyData)] });
    expect(rest).toHaveLength(0);
    expect(diagnostic).toMatchObject({
      ruleId: 'flag-any-data',
      messageId: 'catchAll',
      severity: 'error',
      message: 'Scope "any data" is a catch-all.',
      evidence: 'any data',
      sources: ['Test source'],
      location: { line: 2, column: 25, endLine: 2, endColumn: 33 },
      anchor: { line: 2, clause: 'clause 4.2', heading: 'Data Protection', label: 'l. 2, clause 4.2' },
    });
    expect(tree.data.text.slice(diagnostic!.location.offset, diagnostic!.location.endOffset)).toBe('any data');
  });

  it('keeps fingerprints stable when text is added elsewhere and distinguishes repeats', () => {
    const sentences = ['The Supplier may access any data.', 'The Authority may access any data.'];
    const before = lintTree(buildTree('', sentences), { filePath: 'x.md', rules: [configured(flagAnyData)] });
    const after = lintTree(buildTree('Recital added above.\n\n', sentences), {
      filePath: 'x.md',
      rules: [configured(flagAnyData)],
    });
    expect(before.map((d) => d.fingerprint)).toEqual(after.map((d) => d.fingerprint));
    expect(before[0]!.location.line).not.toBe(after[0]!.location.line);
    expect(new Set(before.map((d) => d.fingerprint)).size).toBe(2);
  });

  it('orders findings on the same text by rule id, in code-unit order whatever the locale or rule order', () => {
    // Same range from three rules: 'Zeta-rule' < 'alpha-rule' < 'beta-rule' by code units (a
    // locale's collation would put 'Zeta-rule' last).
    const sameRange = (id: string) => defineRule({ ...flagAnyData, meta: { ...flagAnyData.meta, id } });
    const tree = () => buildTree('', ['The Supplier may access any data.']);
    const ids = ['beta-rule', 'Zeta-rule', 'alpha-rule'];
    const forward = lintTree(tree(), { filePath: 'x.md', rules: ids.map((id) => configured(sameRange(id))) });
    const backward = lintTree(tree(), { filePath: 'x.md', rules: [...ids].reverse().map((id) => configured(sameRange(id))) });
    expect(forward.map((d) => d.ruleId)).toEqual(['Zeta-rule', 'alpha-rule', 'beta-rule']);
    expect(backward.map((d) => d.ruleId)).toEqual(['Zeta-rule', 'alpha-rule', 'beta-rule']);
  });

  it('merges default options under configured ones', () => {
    let seen: unknown;
    const rule = defineRule({
      meta: { ...flagAnyData.meta, id: 'options-probe', defaultOptions: { a: 1, b: 2 } },
      create(context) {
        seen = context.options;
        return {};
      },
    });
    lintTree(buildTree('', ['x']), { filePath: 'x.md', rules: [configured(rule, { b: 3 })] });
    expect(seen).toEqual({ a: 1, b: 3 });
  });

  it('refuses an analysis the rule did not declare in meta.needs', () => {
    const rule = defineRule({
      meta: { ...flagAnyData.meta, id: 'undeclared', needs: ['blocks'] },
      create(context) {
        return { 'document:exit': () => void context.analysis.sentences };
      },
    });
    expect(() => lintTree(buildTree('', ['x']), { filePath: 'x.md', rules: [configured(rule)] })).toThrow(
      /without declaring it in meta.needs/,
    );
  });

  it('names the rule when it reports an unknown messageId or throws', () => {
    const rule = defineRule({
      meta: { ...flagAnyData.meta, id: 'bad-message' },
      create(context) {
        return { 'document:exit': () => context.report({ range: [0, 1], messageId: 'nope' }) };
      },
    });
    const run = () => lintTree(buildTree('', ['x']), { filePath: 'x.md', rules: [configured(rule)] });
    expect(run).toThrow(RuleError);
    expect(run).toThrow(/bad-message.*unknown messageId "nope"/);
  });

  it('visits every node once, in document order', () => {
    const order: string[] = [];
    const rule = defineRule({
      meta: { ...flagAnyData.meta, id: 'order' },
      create: () => ({
        section: () => void order.push('section'),
        heading: () => void order.push('heading'),
        paragraph: () => void order.push('paragraph'),
        'document:exit': () => void order.push('exit'),
      }),
    });
    lintTree(buildTree('', ['a', 'b']), { filePath: 'x.md', rules: [configured(rule)] });
    expect(order).toEqual(['section', 'heading', 'paragraph', 'paragraph', 'exit']);
  });
});
