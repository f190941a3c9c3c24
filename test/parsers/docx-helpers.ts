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

// ───────────────────────────── hand-written packages ─────────────────────────────

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** A stored (uncompressed) ZIP of the given parts. */
export function storedZip(parts: Record<string, string | Uint8Array>): Uint8Array {
  const local: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(parts)) {
    const nameBytes = Buffer.from(name, 'utf8');
    const data = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content);
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(0x0800, 6);
    header.writeUInt32LE(data.length, 18);
    header.writeUInt32LE(data.length, 22);
    header.writeUInt16LE(nameBytes.length, 26);
    local.push(header, nameBytes, data);
    const record = Buffer.alloc(46);
    record.writeUInt32LE(0x02014b50, 0);
    record.writeUInt16LE(20, 4);
    record.writeUInt16LE(20, 6);
    record.writeUInt16LE(0x0800, 8);
    record.writeUInt32LE(data.length, 20);
    record.writeUInt32LE(data.length, 24);
    record.writeUInt16LE(nameBytes.length, 28);
    record.writeUInt32LE(offset, 42);
    central.push(record, nameBytes);
    offset += header.length + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(parts).length, 8);
  end.writeUInt16LE(Object.keys(parts).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...local, directory, end]));
}

/**
 * A minimal Word package around a body (WordprocessingML paragraphs) and optional
 * numbering/styles/footnotes content (the children of their root elements).
 */
export function makeDocx(parts: { body: string; numbering?: string; styles?: string; footnotes?: string; rootTag?: string }): Uint8Array {
  const root = parts.rootTag ?? `<w:document xmlns:w="${W}" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">`;
  const end = root.startsWith('<document') ? '</document>' : '</w:document>';
  const body = root.startsWith('<document') ? `<body>${parts.body}</body>` : `<w:body>${parts.body}</w:body>`;
  const files: Record<string, string> = {
    '[Content_Types].xml':
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>',
    'word/document.xml': `<?xml version="1.0" encoding="UTF-8"?>${root}${body}${end}`,
  };
  if (parts.numbering !== undefined) files['word/numbering.xml'] = `<w:numbering xmlns:w="${W}">${parts.numbering}</w:numbering>`;
  if (parts.styles !== undefined) files['word/styles.xml'] = `<w:styles xmlns:w="${W}">${parts.styles}</w:styles>`;
  if (parts.footnotes !== undefined) files['word/footnotes.xml'] = `<w:footnotes xmlns:w="${W}">${parts.footnotes}</w:footnotes>`;
  return storedZip(files);
}

/** `<w:p>` with optional properties and runs of plain text. */
export function p(text: string, pPr = ''): string {
  return `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${text ? `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>` : ''}</w:p>`;
}

export function numPr(numId: number | string, ilvl?: number): string {
  return `<w:numPr>${ilvl === undefined ? '' : `<w:ilvl w:val="${ilvl}"/>`}<w:numId w:val="${numId}"/></w:numPr>`;
}

/** An abstract numbering with levels given as [numFmt, lvlText, extra XML] and a num pointing to it. */
export function list(abstractId: number, levels: Array<[string, string, string?]>): string {
  const lvls = levels
    .map(([fmt, text, extra], ilvl) => `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${text}"/>${extra ?? ''}</w:lvl>`)
    .join('');
  return `<w:abstractNum w:abstractNumId="${abstractId}">${lvls}</w:abstractNum>`;
}

export function num(numId: number, abstractId: number, overrides = ''): string {
  return `<w:num w:numId="${numId}"><w:abstractNumId w:val="${abstractId}"/>${overrides}</w:num>`;
}
