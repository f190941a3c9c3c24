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
 * Alignment with mammoth: a `<w:bookmarkStart w:name="_clauselint_N"/>` is inserted as the first
 * child of every paragraph (N indexes `records`). mammoth turns it into a bookmarkStart element in
 * that paragraph's children, and carries it along when it merges a paragraph whose mark was
 * deleted and when it moves text-box paragraphs after their anchor, so every paragraph of
 * mammoth's model says which `<w:p>` (or which ones, merged) it came from. The bookmark adds no
 * text. Nothing else in the XML changes.
 *
 * The scan is a single regular-expression pass over the tags it needs; it does not build a tree.
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
}

export interface Prepass {
  /** The XML to give mammoth: the input with one bookmark per paragraph. */
  xml: string;
  records: ParagraphRecord[];
  /** Top-level paragraphs counted. */
  paragraphCount: number;
  /** False when the markup was not what the scan understands (no bookmarks were inserted). */
  aligned: boolean;
}

export const BOOKMARK_PREFIX = '_clauselint_';

const ROOT = /<([A-Za-z_][\w.-]*:)?document\b([^>]*)>/;
const VAL = /\bw:val\s*=\s*"([^"]*)"/;

interface OpenParagraph {
  record: ParagraphRecord;
  /** Depth of open w:pPr elements of this paragraph (a w:pPrChange holds another w:pPr). */
  pPr: number;
  /** Inside this paragraph's w:pPrChange. */
  change: number;
  /** Inside this paragraph's own w:pPr > w:rPr. */
  markRPr: boolean;
  numPr: boolean;
}

export function prepass(xml: string): Prepass {
  const root = ROOT.exec(xml);
  const attrs: Record<string, string> = {};
  for (const m of (root?.[2] ?? '').matchAll(/([^\s=]+)\s*=\s*"([^"]*)"/g)) attrs[m[1]!] = m[2]!;
  if (!root || wordPrefix(attrs) !== 'w' || !xml.includes('<w:body')) {
    return { xml, records: [], paragraphCount: 0, aligned: false };
  }

  const TAG = /<(\/?)w:(p|pPr|pPrChange|rPr|numPr|ilvl|numId|del|sectPr)(?=[\s/>])([^>]*?)(\/?)>/g;
  const parts: string[] = [];
  const records: ParagraphRecord[] = [];
  const open: OpenParagraph[] = [];
  let copied = 0;
  let count = 0;

  for (let m = TAG.exec(xml); m; m = TAG.exec(xml)) {
    const closing = m[1] === '/';
    const name = m[2]!;
    const selfClosing = m[4] === '/';
    const top = open[open.length - 1];

    if (name === 'p') {
      if (closing) {
        open.pop();
        continue;
      }
      const nested = open.length > 0;
      if (!nested) count++;
      const record: ParagraphRecord = { paragraph: nested ? open[0]!.record.paragraph : count, nested };
      records.push(record);
      if (selfClosing) continue; // an empty paragraph: counted, nothing for mammoth to carry
      const at = m.index + m[0].length;
      parts.push(xml.slice(copied, at), `<w:bookmarkStart w:name="${BOOKMARK_PREFIX}${records.length - 1}"/>`);
      copied = at;
      open.push({ record, pPr: 0, change: 0, markRPr: false, numPr: false });
      continue;
    }
    if (!top) continue;

    switch (name) {
      case 'pPr':
        if (selfClosing) break;
        top.pPr += closing ? -1 : 1;
        break;
      case 'pPrChange':
        if (selfClosing) break;
        if (top.pPr > 0) top.change += closing ? -1 : 1;
        break;
      case 'rPr':
        // The paragraph mark's run properties: w:pPr > w:rPr (not a run's w:rPr, not in a change).
        if (selfClosing) break;
        if (top.pPr === 1 && top.change === 0) top.markRPr = !closing;
        break;
      case 'numPr':
        if (selfClosing) break;
        if (top.pPr === 1 && top.change === 0) top.numPr = !closing;
        break;
      case 'ilvl':
      case 'numId': {
        if (closing || !top.numPr || top.change > 0) break;
        const value = VAL.exec(m[3] ?? '')?.[1];
        if (value === undefined) break;
        if (name === 'numId') top.record.numId = value;
        else if (/^\d+$/.test(value)) top.record.ilvl = Number(value);
        break;
      }
      case 'sectPr':
        if (!closing && top.pPr === 1 && top.change === 0) top.record.sectionBreak = true;
        break;
      case 'del':
        if (!closing && top.markRPr && top.change === 0) top.record.deletedMark = true;
        break;
      default:
        break;
    }
  }
  parts.push(xml.slice(copied));
  return { xml: parts.join(''), records, paragraphCount: count, aligned: true };
}
