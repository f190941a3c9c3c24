import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/parsers/markdown.js';
import { checkTree } from '../../src/tree/invariants.js';
import { LineIndex } from '../../src/tree/line-index.js';
import type { ContractNode, DocumentNode, SectionNode } from '../../src/tree/types.js';

const SOURCE = '# Title\n\n## 1. Scope\n\nThe Supplier shall act.\n\n- one\n- two\n';

function fresh(): DocumentNode {
  return parseMarkdown(SOURCE);
}

function at(tree: DocumentNode, offsetStart: number, offsetEnd: number) {
  const lines = new LineIndex(tree.data.text);
  return { start: lines.pointAt(offsetStart), end: lines.pointAt(offsetEnd) };
}

const title = (tree: DocumentNode) => tree.children[0] as SectionNode;
const clause = (tree: DocumentNode) => title(tree).children[1] as SectionNode;

describe('checkTree', () => {
  it('passes a sound tree', () => {
    expect(checkTree(fresh())).toEqual([]);
  });

  const broken: Array<[string, (tree: DocumentNode) => void, RegExp]> = [
    ['a line/column that disagrees with its offset', (t) => { clause(t).position.start.column = 9; }, /disagrees with offset/],
    ['an offset beyond the text', (t) => { clause(t).position.end.offset = 10_000; }, /outside the text/],
    ['start after end', (t) => { const p = clause(t).children[1]!; p.position = at(t, 40, 30); }, /start after end/],
    ['a child outside its parent', (t) => { const p = clause(t).children[1]!; p.position = at(t, 0, 44); }, /outside its parent/],
    ['overlapping siblings', (t) => { const list = clause(t).children[2]!; list.position = at(t, 30, 56); }, /before the previous sibling ends/],
    ['an empty text node', (t) => { const p = clause(t).children[1] as { children: Array<{ value: string }> }; p.children[0]!.value = ''; }, /empty text node/],
    ['a heading that is not first', (t) => { const s = clause(t); s.children.push(s.children.shift()!); }, /first child|before the previous/],
    ['a section whose depth does not increase', (t) => { clause(t).depth = 1; }, /does not increase/],
    ['a section depth below 1', (t) => { title(t).depth = 0; }, /not ≥ 1/],
    ['a disallowed child type', (t) => { (t.children as ContractNode[]).push({ type: 'text', value: 'x', position: at(t, 50, 51) }); }, /may not be a child of a document/],
    ['a document that does not span the text', (t) => { t.position = at(t, 0, 10); }, /does not span the text/],
    ['an empty paragraph', (t) => { (clause(t).children[1] as { children: unknown[] }).children = []; }, /no children/],
    ['a missing position', (t) => { delete (clause(t).children[1] as { position?: unknown }).position; }, /no position/],
  ];

  for (const [what, breakIt, message] of broken) {
    it(`reports ${what}`, () => {
      const tree = fresh();
      breakIt(tree);
      const violations = checkTree(tree);
      expect(violations.length).toBeGreaterThan(0);
      expect(violations.join('\n')).toMatch(message);
    });
  }

  it('names where the violation is', () => {
    const tree = fresh();
    clause(tree).depth = 1;
    expect(checkTree(tree)[0]).toMatch(/^document > section\[0\] > section\[1\]: /);
  });
});
