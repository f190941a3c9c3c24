/**
 * Helpers for the DOCX parser tests: parse a fixture, check a tree's soundness, a reviewable
 * outline with each block's Word paragraph, and the `.expected.json` sidecar comparison.
 */
import { expect } from 'vitest';
import { parseDocx } from '../../src/parsers/docx.js';
import { checkTree } from '../../src/tree/invariants.js';
import type { ContractNode, DocumentNode, SectionNode } from '../../src/tree/types.js';
import { walk } from '../../src/tree/visit.js';
import type { Diagnostic } from '../../src/engine/diagnostic.js';
import { outline, type Outline } from './outline.js';

export async function parseDocxOrFail(bytes: Uint8Array, name = 'fixture.docx'): Promise<DocumentNode> {
  const result = await parseDocx(bytes);
  if (!result.ok) throw new Error(`${name}: ${result.error.code}: ${result.error.message}`);
  return result.tree;
}

export function sliceOf(tree: DocumentNode, node: ContractNode): string {
  return tree.data.text.slice(node.position.start.offset, node.position.end.offset);
}

/**
 * What every DOCX parse must satisfy: the invariant checker finds nothing; every text node is
 * exactly its slice of the normalized text; every block says which Word paragraph it starts in;
 * a numbered section's heading node contains its number as the reader sees it.
 */
export function expectSoundDocx(tree: DocumentNode): void {
  expect(tree.data.format).toBe('docx');
  expect(checkTree(tree)).toEqual([]);
  const inexact: string[] = [];
  walk(tree, (node) => {
    if (node.type === 'text') {
      if (sliceOf(tree, node) !== node.value) inexact.push(JSON.stringify(node.value));
      return;
    }
    if (node.type === 'document') return;
    const source = node.data?.source;
    expect(source?.kind, `${node.type} at ${node.position.start.offset} has a docx source`).toBe('docx');
    if (source?.kind === 'docx') expect(source.paragraph).toBeGreaterThanOrEqual(1);
  });
  expect(inexact).toEqual([]);
  walk(tree, (node) => {
    if (node.type !== 'section') return;
    const first = node.children[0];
    if (node.number && first?.type === 'heading' && !node.number.includes('(')) {
      expect(sliceOf(tree, first), `heading of ${node.label}`).toContain(node.number);
    }
  });
}

/** The outline of test/parsers/outline.ts plus each block's Word paragraph and style ("¶3 Heading 1"). */
export function docxOutline(node: ContractNode): Outline {
  const out = outline(node);
  const annotate = (n: ContractNode, o: Outline): void => {
    const source = n.data?.source;
    if (source?.kind === 'docx') o.source = `¶${source.paragraph}${source.style ? ` ${source.style}` : ''}`;
    if (n.data?.textBox) o.textBox = true;
    if (n.data?.note) o.note = n.data.note;
    if (n.data?.header) o.header = true;
    if ('children' in n && Array.isArray(o.children)) {
      (n.children as ContractNode[]).forEach((child, i) => annotate(child, (o.children as Outline[])[i]!));
    }
  };
  annotate(node, out);
  return out;
}

export interface ExpectedFinding {
  ruleId: string;
  messageId: string;
  /** The Word paragraph (¶) the finding is anchored to. */
  paragraph: number;
}

export function findingsOf(diagnostics: readonly Diagnostic[]): ExpectedFinding[] {
  return diagnostics.map((d) => ({ ruleId: d.ruleId, messageId: d.messageId, paragraph: d.anchor.paragraph ?? -1 }));
}

/** Compares a sidecar with actual findings both ways (as multisets). */
export function compareFindings(
  expected: readonly ExpectedFinding[],
  actual: readonly ExpectedFinding[],
): { missing: string[]; unexpected: string[] } {
  const key = (f: ExpectedFinding): string => `${f.ruleId}/${f.messageId} at ¶ ${f.paragraph}`;
  const left = actual.map(key);
  const missing: string[] = [];
  for (const want of expected.map(key)) {
    const at = left.indexOf(want);
    if (at >= 0) left.splice(at, 1);
    else missing.push(want);
  }
  return { missing, unexpected: left };
}

export function sections(tree: DocumentNode): SectionNode[] {
  const out: SectionNode[] = [];
  walk(tree, (node) => {
    if (node.type === 'section') out.push(node);
  });
  return out;
}

export function findSection(tree: DocumentNode, number: string): SectionNode | undefined {
  return sections(tree).find((s) => s.number === number);
}
