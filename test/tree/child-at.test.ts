/**
 * childAt (src/tree/visit.ts) finds a node's child at an offset by binary search, on the tree
 * invariant that siblings are ordered and do not overlap. Checked against a linear search at
 * every offset of real parsed trees (Markdown, DOCX, PDF fixtures), for every node.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadParser } from '../../src/parsers/index.js';
import type { ContractNode, DocumentNode, Format } from '../../src/tree/types.js';
import { childAt, walk } from '../../src/tree/visit.js';

const ROOT = path.join(import.meta.dirname, '../..');

async function parse(file: string, format: Format): Promise<DocumentNode> {
  const result = await (await loadParser(format)).parse(new Uint8Array(readFileSync(path.join(ROOT, file))), file);
  if (!result.ok) throw new Error(`${file}: ${result.error.message}`);
  return result.tree;
}

const linear = (node: ContractNode, offset: number): ContractNode | undefined =>
  'children' in node
    ? (node.children as ContractNode[]).find((child) => child.position.start.offset <= offset && offset < child.position.end.offset)
    : undefined;

describe('childAt', () => {
  it.each([
    ['fixtures/examples/city-mobility-data-partnership.md', 'markdown'],
    ['fixtures/parsers/docx/tables-notes.docx', 'docx'],
    ['fixtures/parsers/pdf/layout.pdf', 'pdf'],
  ] as const)('finds the child a linear search finds, at every offset of %s', async (file, format) => {
    const tree = await parse(file, format);
    const parents: ContractNode[] = [];
    walk(tree, (node) => {
      if ('children' in node && (node.children as ContractNode[]).length > 0) parents.push(node);
    });
    expect(parents.length).toBeGreaterThan(10);
    let checked = 0;
    for (const node of parents) {
      // Offsets around the node, one past each end included.
      for (let offset = node.position.start.offset - 1; offset <= node.position.end.offset + 1; offset++) {
        expect(childAt(node, offset), `${node.type} at ${offset}`).toBe(linear(node, offset));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(tree.data.text.length);
  });

  it('has no child at a leaf, in a gap between siblings or past the end', () => {
    const at = (start: number, end: number) => ({ start: { line: 1, column: start + 1, offset: start }, end: { line: 1, column: end + 1, offset: end } });
    const text = (start: number, end: number): ContractNode => ({ type: 'text', value: 'x'.repeat(end - start), position: at(start, end) });
    const paragraph: ContractNode = { type: 'paragraph', children: [text(0, 3), text(5, 5), text(5, 8)] as never, position: at(0, 8) };
    expect(childAt(text(0, 3), 1)).toBeUndefined();
    expect(childAt(paragraph, 3)).toBeUndefined(); // the gap 3..5
    expect(childAt(paragraph, 5)).toBe((paragraph as { children: ContractNode[] }).children[2]); // not the empty one
    expect(childAt(paragraph, 8)).toBeUndefined();
    expect(childAt(paragraph, -1)).toBeUndefined();
  });
});
