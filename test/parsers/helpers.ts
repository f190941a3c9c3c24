import { expect } from 'vitest';
import { markdownParser } from '../../src/parsers/markdown.js';
import { textParser } from '../../src/parsers/text.js';
import { checkTree } from '../../src/tree/invariants.js';
import type { ContractNode, DocumentNode, SectionNode, TextNode } from '../../src/tree/types.js';
import { walk } from '../../src/tree/visit.js';

const encoder = new TextEncoder();

export function parserFor(path: string) {
  return path.endsWith('.txt') ? textParser : markdownParser;
}

/** Parses text (or bytes) with the parser for `path`; fails the test on a parse error. */
export function parse(path: string, source: string | Uint8Array): DocumentNode {
  const bytes = typeof source === 'string' ? encoder.encode(source) : source;
  const result = parserFor(path).parse(bytes, path);
  if (result instanceof Promise) throw new Error('parsers of text formats are synchronous');
  if (!result.ok) throw new Error(`${path}: ${result.error.code}: ${result.error.message}`);
  return result.tree;
}

export function nodesOf<T extends ContractNode['type']>(tree: DocumentNode, type: T): Array<Extract<ContractNode, { type: T }>> {
  const out: Array<Extract<ContractNode, { type: T }>> = [];
  walk(tree, (node) => {
    if (node.type === type) out.push(node as Extract<ContractNode, { type: T }>);
  });
  return out;
}

export function sliceOf(tree: DocumentNode, node: ContractNode): string {
  return tree.data.text.slice(node.position.start.offset, node.position.end.offset);
}

/**
 * The checks every parse must pass: the invariant checker finds nothing; text nodes whose value
 * differs from their source slice are only those with escapes or entities (`maxInexact`); every
 * block carries `data.source` at its start; a section's heading node covers its number as written.
 */
export function expectSound(tree: DocumentNode, maxInexact = 0): void {
  expect(checkTree(tree)).toEqual([]);
  const inexact = nodesOf(tree, 'text').filter((node: TextNode) => sliceOf(tree, node) !== node.value);
  expect(inexact.length, inexact.map((n) => JSON.stringify(n.value)).join(', ')).toBeLessThanOrEqual(maxInexact);
  // Every node but text and the document says where it starts in the file.
  walk(tree, (node) => {
    if (node.type === 'text' || node.type === 'document') return;
    expect(node.data?.source, `${node.type} at ${node.position.start.line}`).toEqual({
      kind: tree.data.format,
      line: node.position.start.line,
      column: node.position.start.column,
    });
  });
  for (const section of nodesOf(tree, 'section') as SectionNode[]) {
    const first = section.children[0];
    if (section.number && first?.type === 'heading') {
      const source = sliceOf(tree, first);
      // A number written "4.0" or "I.A" is cited as written; an HTML heading keeps its tags.
      expect(source, `heading of ${section.label}`).toContain(section.number);
    }
  }
}

/** Sections as "number heading" strings, in document order. */
export function sectionTitles(tree: DocumentNode): string[] {
  return (nodesOf(tree, 'section') as SectionNode[]).map((s) => [s.number, s.heading].filter(Boolean).join(' '));
}

export function findSection(tree: DocumentNode, number: string): SectionNode | undefined {
  return (nodesOf(tree, 'section') as SectionNode[]).find((s) => s.number === number);
}
