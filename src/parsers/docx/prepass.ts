/**
 * One scan of word/document.xml before mammoth reads it, for what mammoth's document model drops:
 *
 * - the paragraph index a lawyer's anchor uses: the N-th `<w:p>` of the document body that is not
 *   inside another `<w:p>` (body order, table-cell paragraphs included, empty ones counted, so
 *   ¶ N is also what a tool finds by counting the file's top-level paragraphs); a paragraph in a
 *   text box belongs to the paragraph that anchors the text box;
 * - each paragraph's own numbering properties (`w:numPr`: numId and ilvl; mammoth keeps only
 *   "level N of some list"), ignoring the old properties inside a tracked `w:pPrChange`;
 * - whether its paragraph mark is a tracked deletion (Word merges it into the next paragraph;
 *   mammoth does the same), and whether it ends a document section (an empty paragraph that
 *   only carries a section break shows no number in Word).
 *
 * What mammoth is handed: the document with three changes, and nothing else changed.
 * - `w:fldSimple`, `w:dir` and `w:bdo` are unwrapped: mammoth does not know them and would drop
 *   them with the text inside (a simple field's result is what the reader sees).
 * - Alignment: a `<w:bookmarkStart w:name="_clauselint_N"/>` is inserted as the first child of
 *   every paragraph (N indexes `records`). mammoth turns it into a bookmarkStart element in that
 *   paragraph's children, and carries it along when it merges a paragraph whose mark was deleted
 *   and when it moves text-box paragraphs after their anchor, so every paragraph of mammoth's
 *   model says which `<w:p>` (or which ones, merged) it came from. The bookmark adds no text.
 *   Where mammoth's paragraphs are the `<w:p>`s one for one, the caller leaves them out
 *   (`bookmarks: false`; ../docx.ts): on a plain document they are a sixth of the XML.
 * - With `dropNumbering`, the `w:numPr` elements of each paragraph's own w:pPr (the ones read
 *   here) are removed: mammoth's only use of them is its `paragraph.numbering`, which ./build.ts
 *   never reads (it numbers from the records), so mammoth parses less for the same model
 *   otherwise. The caller asks for it only when mammoth cannot fail on them (./numbering.ts
 *   `styleLinksResolve`). The old properties in a w:pPrChange are left alone (mammoth does not
 *   read them).
 *
 * The scan jumps from paragraph tag to paragraph tag and reads only each paragraph's w:pPr; it
 * does not build a tree.
 */
import { wordPrefix } from './xml.js';

export interface ParagraphRecord {
  /** 1-based index among the body's top-level paragraphs (for a text-box paragraph: its anchor's). */
  paragraph: number;
  /** Inside another paragraph (a text box). */
  nested: boolean;
  numId?: string;
  ilvl?: number;
  /** The paragraph mark is a tracked deletion. */
  deletedMark?: boolean;
  /** The paragraph mark ends a document section (`w:pPr/w:sectPr`). */
  sectionBreak?: boolean;
  /** Written `<w:p/>`: it gets no bookmark, so its paragraph in mammoth's model carries none. */
  selfClosing?: boolean;
}

export interface Prepass {
  /** The XML to give mammoth: the input with one bookmark per paragraph (as asked) and without numPr (if asked). */
  xml: string;
  records: ParagraphRecord[];
  /** Top-level paragraphs counted. */
  paragraphCount: number;
  /** False when the markup was not what the scan understands (no bookmarks were inserted). */
  aligned: boolean;
}

export interface PrepassOptions {
  /** Remove each paragraph's own `w:numPr` from the XML handed to mammoth (see above). */
  dropNumbering?: boolean;
  /** Insert the alignment bookmarks (default true; see ../docx.ts for when they can be left out). */
  bookmarks?: boolean;
}

export const BOOKMARK_PREFIX = '_clauselint_';

const ROOT = /<([A-Za-z_][\w.-]*:)?document\b([^>]*)>/;
const VAL = /\bw:val\s*=\s*"([^"]*)"/;
/** Paragraph start and end tags only: the scan jumps from paragraph to paragraph. */
const PARAGRAPH = /<(\/?)w:p(?=[\s/>])[^>]*?(\/?)>/g;
const UNKNOWN_WRAPPER_TEST = /<w:(?:fldSimple|dir|bdo)[\s>]/;
const UNKNOWN_WRAPPER = /<\/?w:(?:fldSimple|dir|bdo)(?:\s[^>]*)?>/g;
const PPR_START = /\s*<w:pPr(?=[\s/>])[^>]*?(\/?)>/y;
/** A whole numbering-properties element (it holds no other w:numPr). */
const NUM_PR = /<w:numPr(?:\s[^>]*?)?(?:\/>|>[\s\S]*?<\/w:numPr>)/g;

/** Reads a paragraph's own properties (its w:pPr, without the old ones in a w:pPrChange). */
function readProperties(own: string, record: ParagraphRecord): void {
  const numPrAt = own.indexOf('<w:numPr');
  if (numPrAt >= 0) {
    const end = own.indexOf('</w:numPr>', numPrAt);
    const numPr = own.slice(numPrAt, end < 0 ? own.length : end);
    const ilvl = /<w:ilvl\b([^>]*)>/.exec(numPr);
    const value = ilvl && VAL.exec(ilvl[1]!)?.[1];
    if (value && /^\d+$/.test(value)) record.ilvl = Number(value);
    const numId = /<w:numId\b([^>]*)>/.exec(numPr);
    const id = numId && VAL.exec(numId[1]!)?.[1];
    if (id !== undefined && id !== null) record.numId = id;
  }
  // The paragraph mark's run properties: a tracked deletion of the mark.
  const rPrAt = own.search(/<w:rPr[\s>]/);
  if (rPrAt >= 0) {
    const end = own.indexOf('</w:rPr>', rPrAt);
    const rPr = own.slice(rPrAt, end < 0 ? own.length : end);
    const changeAt = rPr.indexOf('<w:rPrChange');
    if (/<w:del(?=[\s/>])/.test(changeAt >= 0 ? rPr.slice(0, changeAt) : rPr)) record.deletedMark = true;
  }
  if (/<w:sectPr(?=[\s/>])/.test(own)) record.sectionBreak = true;
}

export function prepass(xml: string, options: PrepassOptions = {}): Prepass {
  const root = ROOT.exec(xml);
  const attrs: Record<string, string> = {};
  for (const m of (root?.[2] ?? '').matchAll(/([^\s=]+)\s*=\s*"([^"]*)"/g)) attrs[m[1]!] = m[2]!;
  if (!root || wordPrefix(attrs) !== 'w' || !xml.includes('<w:body')) {
    return { xml, records: [], paragraphCount: 0, aligned: false };
  }

  // mammoth drops what it does not know with its content: unwrap simple fields (their displayed
  // result, e.g. a cross-reference "4.2") and bidirectional runs so their text stays.
  if (UNKNOWN_WRAPPER_TEST.test(xml)) xml = xml.replace(UNKNOWN_WRAPPER, '');

  const parts: string[] = [];
  const records: ParagraphRecord[] = [];
  /** Open paragraphs (more than one inside a text box). */
  const open: ParagraphRecord[] = [];
  let copied = 0;
  let count = 0;
  PARAGRAPH.lastIndex = 0;

  for (let m = PARAGRAPH.exec(xml); m; m = PARAGRAPH.exec(xml)) {
    if (m[1] === '/') {
      open.pop();
      continue;
    }
    const nested = open.length > 0;
    if (!nested) count++;
    const record: ParagraphRecord = { paragraph: nested ? open[0]!.paragraph : count, nested };
    records.push(record);
    if (m[2] === '/') {
      record.selfClosing = true; // an empty paragraph: counted, nothing for mammoth to carry
      continue;
    }
    const at = m.index + m[0].length;
    if (options.bookmarks !== false) {
      parts.push(xml.slice(copied, at), `<w:bookmarkStart w:name="${BOOKMARK_PREFIX}${records.length - 1}"/>`);
      copied = at;
    }
    open.push(record);

    // w:pPr is a paragraph's first child. Its own part ends at its first end tag or at the
    // w:pPrChange that holds the old properties (and a w:pPr of its own).
    PPR_START.lastIndex = at;
    const pPr = PPR_START.exec(xml);
    if (!pPr || pPr[1] === '/') continue;
    const from = PPR_START.lastIndex;
    const end = xml.indexOf('</w:pPr>', from);
    if (end < 0) continue;
    const properties = xml.slice(from, end);
    const change = properties.indexOf('<w:pPrChange');
    const own = change >= 0 ? properties.slice(0, change) : properties;
    readProperties(own, record);
    if (options.dropNumbering) {
      // Copy the XML up to each numPr and skip over it.
      NUM_PR.lastIndex = 0;
      for (let numPr = NUM_PR.exec(own); numPr; numPr = NUM_PR.exec(own)) {
        parts.push(xml.slice(copied, from + numPr.index));
        copied = from + numPr.index + numPr[0].length;
      }
    }
    // Resume after the properties (a w:pPrChange's inner w:pPr holds no paragraph).
    PARAGRAPH.lastIndex = end;
  }
  parts.push(xml.slice(copied));
  return { xml: parts.join(''), records, paragraphCount: count, aligned: true };
}
