/**
 * Helpers for the PDF parser tests: parse a fixture, check soundness, a compact outline with
 * page/line anchors, and the findings sidecar compared both ways.
 */
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { createLinter } from '../../src/index.js';
import { parsePdf, type PdfParserOptions } from '../../src/parsers/pdf.js';
import { checkTree } from '../../src/tree/invariants.js';
import type { ContractNode, DocumentNode, ParseResult } from '../../src/tree/types.js';
import { walk } from '../../src/tree/visit.js';

export async function parseFile(path: string, options?: PdfParserOptions): Promise<ParseResult> {
  return parsePdf(new Uint8Array(readFileSync(path)), options);
}

export async function parseTree(path: string): Promise<DocumentNode> {
  const result = await parseFile(path);
  if (!result.ok) throw new Error(`${path}: ${result.error.code}: ${result.error.message}`);
  return result.tree;
}

export const slice = (tree: DocumentNode, node: ContractNode): string =>
  tree.data.text.slice(node.position.start.offset, node.position.end.offset);

/**
 * Every PDF parse: the invariant checker finds nothing, every text node is exactly its slice of
 * the normalized text, and every block node has a PDF anchor (page within the document, line ≥ 1).
 */
export function expectSoundPdf(tree: DocumentNode): void {
  expect(checkTree(tree)).toEqual([]);
  expect(tree.data.format).toBe('pdf');
  const pages = tree.data.pages as number;
  walk(tree, (node) => {
    if (node.type === 'document') return;
    if (node.type === 'text') {
      expect(slice(tree, node)).toBe(node.value);
      return;
    }
    const source = node.data?.source;
    expect(source, `${node.type} at ${node.position.start.line}`).toMatchObject({ kind: 'pdf' });
    if (source?.kind !== 'pdf') return;
    expect(Number.isInteger(source.page) && source.page >= 1 && source.page <= pages).toBe(true);
    expect(Number.isInteger(source.line) && source.line >= 1).toBe(true);
  });
}

export interface PdfOutline {
  type: string;
  /** "page.line" of the block's start. */
  at?: string;
  [key: string]: unknown;
}

/** A reviewable outline: blocks with their anchors, sections with number/heading/kind, text. */
export function pdfOutline(tree: DocumentNode, node: ContractNode = tree): PdfOutline {
  const out: PdfOutline = { type: node.type };
  const source = node.data?.source;
  if (source?.kind === 'pdf') out.at = `${source.page}.${source.line}`;
  switch (node.type) {
    case 'document':
      out.title = node.data.title;
      out.pages = node.data.pages;
      break;
    case 'section':
      for (const key of ['number', 'heading', 'kind', 'depth'] as const) if (node[key] !== undefined) out[key] = node[key];
      break;
    case 'listItem':
      out.marker = node.marker;
      break;
    case 'paragraph':
    case 'heading':
      out.text = slice(tree, node);
      return out;
    default:
      break;
  }
  if ('children' in node) out.children = (node.children as ContractNode[]).map((child) => pdfOutline(tree, child));
  return out;
}

export interface Finding {
  ruleId: string;
  messageId: string;
  page?: number;
  line?: number;
}

/** Findings of the built-in rules (the default config) on a file, as sidecar entries. */
export async function findingsOf(path: string): Promise<Finding[]> {
  const linter = createLinter({ cwd: process.cwd() });
  const result = await linter.lintFile(path);
  return result.messages.map((m) => ({ ruleId: m.ruleId, messageId: m.messageId, page: m.anchor.page, line: m.anchor.line }));
}

const key = (f: Finding): string => `${f.ruleId}/${f.messageId} p. ${f.page} l. ${f.line}`;

/** Expected and actual findings, compared both ways: what is missing and what is unexpected. */
export function compareFindings(expected: readonly Finding[], actual: readonly Finding[]): { missing: string[]; unexpected: string[] } {
  const left = actual.map(key);
  const missing: string[] = [];
  for (const e of expected.map(key)) {
    const at = left.indexOf(e);
    if (at >= 0) left.splice(at, 1);
    else missing.push(e);
  }
  return { missing, unexpected: left };
}
