/**
 * Word (.docx) contracts → ContractTree, on mammoth.
 *
 * Pipeline: the ZIP's central directory is checked before anything is inflated (./zip-guard.ts:
 * total size, compression ratio, encryption); word/document.xml is scanned once for paragraph
 * indexes, styles and numbering properties (./docx/prepass.ts), which also rewrites what
 * mammoth gets of it (only the markup whose model is read here; styles and numbering are then
 * shown to it empty and comments not at all, their part of the model being read here or not
 * linted); mammoth reads the package and hands over its document model (./docx/model.ts),
 * without the paragraph bookmarks when its paragraphs should be the `<w:p>`s one for one, with
 * them otherwise or when they turn out not to be (a second reading); Word's automatic numbering
 * is rebuilt from word/numbering.xml and word/styles.xml (./docx/numbering.ts,
 * ./docx/styles.ts); the tree is built with exact offsets into a normalized text made here
 * (./docx/build.ts).
 *
 * Which text is linted: what a reader of the document sees and signs.
 * - Tracked changes are read as accepted: insertions (`w:ins`, `w:moveTo`) are kept, deletions
 *   (`w:del`, `w:moveFrom`, deleted table rows) are dropped, and a paragraph whose mark was
 *   deleted is joined to the next paragraph. Property changes (`w:pPrChange`) use the new
 *   properties (numbering included).
 * - Footnotes and endnotes that the body refers to are linted, in sections at the end.
 * - Text boxes are linted where mammoth reaches them (VML text boxes and the VML fallback Word
 *   writes beside a DrawingML one), as paragraphs after the paragraph that anchors them.
 * - Not linted: headers and footers, comments, field codes (their displayed results are linted),
 *   text in a DrawingML-only shape without a fallback, and hidden text is not told apart.
 *
 * Bad input is a result, never a crash or a hang: an empty file, a legacy or encrypted Office
 * (OLE) file, a damaged or truncated ZIP, a ZIP that is not a Word document, a possible zip bomb
 * and an oversized document.xml each give `{ok: false, error: {code, message}}`. The input bytes
 * are only read.
 *
 * Damaged XML: a file whose XML is broken where text or structure is read is refused ("its XML
 * is damaged: …"). Damage only inside markup the slim reading leaves out (attributes of
 * paragraphs and runs, paragraph and run properties, styles and numbering as shown to mammoth) is
 * read past, as Word's repair would: the text is linted, where mammoth alone, or the reading as
 * written, refuses the file. Markup that is well-formed but not what Word writes (a row inside a
 * row, a paragraph inside a paragraph) keeps its text (./docx/build.ts).
 */
import { singleSpaced } from '../text/spaces.js';
import type { DocumentNode, ParseResult, Parser } from '../tree/types.js';
import { nestedTooDeeply, tooManyParagraphs } from './document-limits.js';
import { buildTree } from './docx/build.js';
import { PartError, readDocumentModel } from './docx/model.js';
import { Numbering } from './docx/numbering.js';
import { prepass, type Prepass } from './docx/prepass.js';
import { Styles } from './docx/styles.js';
import { formatBytes, openZip, type GuardedZip, type ZipLimits } from './zip-guard.js';

export interface DocxLimits extends ZipLimits {
  /**
   * Largest word/document.xml read (uncompressed). Default 16 MiB: about 2,000 pages, which
   * mammoth reads with about 1 GiB of memory (11.5 MB took 760 MB); larger ones are refused
   * before they can exhaust the heap.
   */
  maxDocumentBytes: number;
}

export const DEFAULT_MAX_DOCUMENT_BYTES = 16 * 1024 * 1024;

/** How word/document.xml is handed to mammoth; the tree is the same either way. */
export interface DocxReading {
  /**
   * Only the markup whose model the tree is built from (./docx/prepass.ts `slim`; default).
   * `false` hands mammoth the document as written: slower, for checking that the tree is the same.
   */
  slim?: boolean;
  /**
   * Called as each reading is tried, cheapest first (a later one only when the one before does
   * not do), with what it does: `slim` is false where the slim reading cannot apply (a numbering
   * style link mammoth cannot follow).
   */
  onReading?: (reading: { bookmarks: boolean; slim: boolean }) => void;
}

const WORDML = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const EMPTY_PART = {
  styles: `<w:styles xmlns:w="${WORDML}"/>`,
  numbering: `<w:numbering xmlns:w="${WORDML}"/>`,
} as const;

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const OFFICE_DOCUMENT = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument';
const STRICT_OFFICE_DOCUMENT = 'http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument';

function failure(code: string, message: string): ParseResult {
  return { ok: false, error: { code, message } };
}

/** mammoth's XML parser (xmldom) reports "error: [xmldom error]\telement parse error: Error: … @#[line:…]". */
const XMLDOM_ERROR = /\[xmldom (?:warning|error|fatalError)\]\s*(?:element parse error:\s*(?:Error:\s*)?)?([\s\S]*?)\s*(?:@#\[line:[^\]]*\])?\s*$/;

/** Why mammoth failed, in one line: a damaged XML part says so without the parser's framing. */
function causeOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const xml = XMLDOM_ERROR.exec(message);
  return xml ? `its XML is damaged: ${singleSpaced(xml[1]!).trim()}` : singleSpaced(message).trim();
}

/** "EncryptionInfo" as an OLE directory entry name (UTF-16LE): an encrypted OOXML package. */
function isEncryptedOle(bytes: Uint8Array): boolean {
  const name = [...'EncryptionInfo'].flatMap((c) => [c.charCodeAt(0), 0]);
  const limit = Math.min(bytes.length, 1 << 20) - name.length;
  outer: for (let i = 0; i <= limit; i++) {
    for (let j = 0; j < name.length; j++) if (bytes[i + j] !== name[j]) continue outer;
    return true;
  }
  return false;
}

/** Targets of a relationships part by type, resolved against `base` ("word/"). */
function relationshipTargets(xml: string | undefined, types: readonly string[], base: string): string[] {
  if (!xml) return [];
  const out: string[] = [];
  for (const m of xml.matchAll(/<(?:\w+:)?Relationship\b([^>]*)\/?>/g)) {
    const attrs = m[1]!;
    const type = /\bType\s*=\s*"([^"]*)"/.exec(attrs)?.[1];
    const target = /\bTarget\s*=\s*"([^"]*)"/.exec(attrs)?.[1];
    if (!type || !target || !types.includes(type) || /\bTargetMode\s*=\s*"External"/.test(attrs)) continue;
    out.push(resolvePath(base, target));
  }
  return out;
}

function resolvePath(base: string, target: string): string {
  const parts = (target.startsWith('/') ? target.slice(1) : base + target).split('/');
  const out: string[] = [];
  for (const part of parts) {
    if (part === '..') out.pop();
    else if (part !== '.' && part !== '') out.push(part);
  }
  return out.join('/');
}

async function optionalText(zip: GuardedZip, name: string | undefined): Promise<string | undefined> {
  if (!name || !zip.has(name)) return undefined;
  const text = await zip.readText(name);
  if (!text.ok) throw new PartError(text.error.code, text.error.message);
  return text.value;
}

/** `<w:p>` and `<w:p …>` start tags (not `<w:pPr>`), counted without a regular expression. */
function paragraphCount(xml: string): number {
  let count = 0;
  for (let at = xml.indexOf('<w:p'); at >= 0; at = xml.indexOf('<w:p', at + 4)) {
    const next = xml.charCodeAt(at + 4);
    if (next === 0x3e || next === 0x20 || next === 0x2f || next === 0x09 || next === 0x0a || next === 0x0d) count++;
  }
  return count;
}

/** Where a part related to the main document lives (mammoth's rule: the relationship, else word/NAME.xml). */
function partPath(zip: GuardedZip, rels: string | undefined, dir: string, name: string): string {
  const types = [
    `http://schemas.openxmlformats.org/officeDocument/2006/relationships/${name}`,
    `http://purl.oclc.org/ooxml/officeDocument/relationships/${name}`,
  ];
  return relationshipTargets(rels, types, dir).find((p) => zip.has(p)) ?? `word/${name}.xml`;
}

export async function parseDocx(bytes: Uint8Array, limits: Partial<DocxLimits> = {}, reading: DocxReading = {}): Promise<ParseResult> {
  if (bytes.length === 0) return failure('empty-file', 'the file is empty');
  if (OLE_MAGIC.every((b, i) => bytes[i] === b)) {
    return isEncryptedOle(bytes)
      ? failure('encrypted', 'the document is password-protected (encrypted); save it in Word without a password')
      : failure('ole-file', 'this is a legacy .doc or an encrypted/password-protected Office file; save it as an unprotected .docx');
  }
  const opened = await openZip(bytes, limits);
  if (!opened.ok) return opened;
  const zip = opened.value;
  try {
    return await parsePackage(zip, limits.maxDocumentBytes ?? DEFAULT_MAX_DOCUMENT_BYTES, reading.slim !== false, reading.onReading);
  } catch (error) {
    if (error instanceof PartError) return failure(error.code, error.message);
    const deep = nestedTooDeeply(error);
    if (deep) return failure(deep.code, deep.message);
    return failure('corrupt-docx', `the Word document could not be read (${causeOf(error).slice(0, 200)})`);
  } finally {
    zip.close();
  }
}

async function parsePackage(
  zip: GuardedZip,
  maxDocumentBytes: number,
  slim: boolean,
  onReading: DocxReading['onReading'],
): Promise<ParseResult> {
  const packageRels = await optionalText(zip, '_rels/.rels');
  const main =
    relationshipTargets(packageRels, [OFFICE_DOCUMENT, STRICT_OFFICE_DOCUMENT], '').find((p) => zip.has(p)) ?? 'word/document.xml';
  const info = zip.info(main);
  if (!info) {
    const kind = zip.has('content.xml') ? 'an OpenDocument file' : 'a ZIP archive without word/document.xml';
    return failure('not-a-word-file', `the file is ${kind}, not a Word document`);
  }
  if (info.uncompressedSize > maxDocumentBytes) {
    return failure(
      'document-too-large',
      `${main} is ${formatBytes(info.uncompressedSize)} uncompressed, over the ${formatBytes(maxDocumentBytes)} limit; split the document`,
    );
  }
  const slash = main.lastIndexOf('/');
  const dir = slash >= 0 ? main.slice(0, slash + 1) : '';
  const documentRels = await optionalText(zip, `${dir}_rels/${main.slice(slash + 1)}.rels`);
  const stylesPath = partPath(zip, documentRels, dir, 'styles');
  const numberingPath = partPath(zip, documentRels, dir, 'numbering');
  const commentsPath = partPath(zip, documentRels, dir, 'comments');

  const documentXml = await optionalText(zip, main);
  if (documentXml === undefined) return failure('not-a-word-file', 'the file has no Word document part');
  const tooMany = tooManyParagraphs(paragraphCount(documentXml));
  if (tooMany) return failure(tooMany.code, tooMany.message);
  const stylesXml = await optionalText(zip, stylesPath);
  const numberingXml = await optionalText(zip, numberingPath);

  const styles = Styles.parse(stylesXml);
  const parts = new Map<string, string>();
  // A package without styles gets an empty styles part: mammoth's stand-in for a missing one
  // throws on a table style.
  parts.set(stylesPath, stylesXml ?? EMPTY_PART.styles);
  if (numberingXml !== undefined) parts.set(numberingPath, numberingXml);

  /** Scans, reads and builds; undefined when read without bookmarks and the paragraphs do not line up. */
  const read = async ({ bookmarks, slim }: { bookmarks: boolean; slim: boolean }): Promise<DocumentNode | undefined> => {
    const numbering = Numbering.parse(numberingXml, styles); // fresh counters for each reading
    const resolves = numbering.styleLinksResolve();
    const slimmed = slim && resolves;
    onReading?.({ bookmarks, slim: slimmed });
    const scanned = prepass(documentXml, { dropNumbering: resolves, slim: slimmed, bookmarks });
    if (!bookmarks && !readableInOrder(scanned, documentXml)) return undefined;
    const overrides = new Map([...parts, [main, scanned.xml]]);
    // The slim reading shows mammoth empty styles and numbering (the tree takes style names and
    // numbers from our own reading of them; an empty part, not none: mammoth's stand-in for a
    // missing styles part fails on a table style) and no comments (not linted).
    if (slimmed) {
      overrides.set(stylesPath, EMPTY_PART.styles);
      overrides.set(numberingPath, EMPTY_PART.numbering);
    }
    const document = await readDocumentModel(zip, overrides, slimmed ? new Set([commentsPath]) : undefined);
    return buildTree({ document, records: scanned.records, numbering, styles, inOrder: !bookmarks, namesFromStyles: slimmed });
  };
  // The cheapest reading first: without bookmarks (mammoth parses less), then with them. Anything
  // unexpected in one, a throw included, is settled by the next; the last, with bookmarks and the
  // document as written, gives what it always gave.
  const readings = [{ bookmarks: false, slim }, { bookmarks: true, slim }];
  if (slim) readings.push({ bookmarks: true, slim: false });
  let tree: DocumentNode | undefined;
  for (const [i, reading] of readings.entries()) {
    tree = i < readings.length - 1 ? await read(reading).catch(() => undefined) : await read(reading);
    if (tree) break;
  }
  if (!tree) throw new Error('no reading gave a document');
  if (tree.data.text.trim() === '') return failure('empty-document', 'the Word document contains no text');
  return { ok: true, tree };
}

/**
 * Whether mammoth's body paragraphs should be the document's `<w:p>`s one for one and in order,
 * so that the alignment bookmarks (./docx/prepass.ts) can be left out: no text boxes (mammoth
 * moves their paragraphs), no deleted paragraph marks (it merges), none of the markup with which
 * it drops paragraphs (alternate content, merged table cells, deleted rows). mammoth neither
 * adds nor otherwise reorders body paragraphs, so a drop or a merge shows in their count, which
 * buildTree checks: this test only spares a second reading.
 */
function readableInOrder(scanned: Prepass, xml: string): boolean {
  if (!scanned.aligned || scanned.records.length === 0) return false;
  for (const record of scanned.records) if (record.nested || record.deletedMark) return false;
  return !xml.includes('<w:del') && !xml.includes('mc:AlternateContent') && !xml.includes('w:vMerge');
}

export const docxParser: Parser = {
  id: 'docx',
  extensions: ['.docx'],
  parse: (bytes: Uint8Array): Promise<ParseResult> => parseDocx(bytes),
};
