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
 * What mammoth is handed: the document with these changes, and nothing else changed.
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
 * - With `slim`, mammoth is handed only the markup whose part of its model ./build.ts reads
 *   (mammoth's cost is its XML: it reads a plain 100-page document in about half the time):
 *   - each paragraph's w:pPr goes whole, its style id kept in the record (`styleId`,
 *     `propertiesRemoved`), except where the paragraph mark is a tracked deletion, which
 *     mammoth reads there to merge the paragraph into the next;
 *   - paragraph and run start tags lose their attributes (revision ids; mammoth reads none);
 *   - a run's w:rPr keeps only bold and italic (./build.ts reads no other run property), and
 *     stays as it is when it holds a tracked formatting change; a run of plain text is handed
 *     as its bare w:t (mammoth reads a w:t wherever it stands), except in a document with text
 *     boxes, whose paragraphs mammoth may read inside a run;
 *   - `xml:space` attributes, proofing marks, rendered page breaks and bookmark ends, which
 *     mammoth ignores, go.
 *   Like `dropNumbering`, only when mammoth cannot fail on the numbering a style links to.
 *
 * The scan jumps from paragraph tag to paragraph tag and reads only each paragraph's w:pPr; it
 * does not build a tree.
 */
import { decodeEntities, wordPrefix } from './xml.js';

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
  /** Its own paragraph style (`w:pStyle`), as written. */
  styleId?: string;
  /** mammoth was handed the paragraph without its w:pPr (`slim`): its style is `styleId`, not mammoth's. */
  propertiesRemoved?: boolean;
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
  /** Hand mammoth only the markup ./build.ts reads from its model (see above). */
  slim?: boolean;
}

export const BOOKMARK_PREFIX = '_clauselint_';

const ROOT = /<([A-Za-z_][\w.-]*:)?document\b([^>]*)>/;
const VAL = /\bw:val\s*=\s*(?:"([^"]*)"|'([^']*)')/;

/** Paragraph start and end tags only: the scan jumps from paragraph to paragraph. */
const PARAGRAPH = /<(\/?)w:p(?=[\s/>])[^>]*?(\/?)>/g;
const UNKNOWN_WRAPPER_TEST = /<w:(?:fldSimple|dir|bdo)[\s>]/;
const UNKNOWN_WRAPPER = /<\/?w:(?:fldSimple|dir|bdo)(?:\s[^>]*)?>/g;
const PPR_START = /\s*<w:pPr(?=[\s/>])[^>]*?(\/?)>/y;
/** A whole numbering-properties element (it holds no other w:numPr). */
const NUM_PR = /<w:numPr(?:\s[^>]*?)?(?:\/>|>[\s\S]*?<\/w:numPr>)/g;
const P_STYLE = /<w:pStyle\b([^>]*)>/;
const PPR_CHANGE_START = /<w:pPrChange\b[^>]*?(\/?)>/y;
/**
 * What `slim` rewrites after the paragraph scan: a run (1: written `<w:r/>`; 2: the content of
 * the run's properties up to their first end tag; 3: the text of a run that holds one w:t and
 * nothing else), an `xml:space` attribute (4: the element), and markup mammoth ignores.
 */
const RUN_MARKUP =
  /<w:(?:r(?:\s[^>]*?)?(?:(\/)>|>(?:<w:rPr>([^<]*(?:<(?!\/w:rPr>)[^<]*)*)<\/w:rPr>)?(?:<w:t(?: xml:space="preserve")?>([^<]*)<\/w:t><\/w:r>)?)|(t|instrText|delText) xml:space="preserve">|(?:proofErr|lastRenderedPageBreak|bookmarkEnd)(?:\s[^>]*?)?\/>)/g;
/** Bold and italic, the run properties ./build.ts reads. */
const BOLD_OR_ITALIC = /<w:[bi](?=[\s/>])[^>]*>/g;

/**
 * The RUN_MARKUP replacer. A run of plain text is handed as its bare w:t (`bareText`): mammoth
 * reads a w:t wherever it stands, and a run without bold or italic adds nothing to what
 * ./build.ts reads (test/parsers/docx-slim.test.ts holds the tree to the one read from the
 * document as written). Not where a paragraph may sit inside a run (a text box), whose bold a
 * bare w:t would take.
 */
function runRewriter(bareText: boolean) {
  return (whole: string, selfClosing?: string, properties?: string, text?: string, spaced?: string): string => {
    if (spaced !== undefined) return `<w:${spaced}>`;
    if (!whole.startsWith('<w:r')) return ''; // markup mammoth ignores
    if (selfClosing) return '<w:r/>';
    const textRun = text === undefined ? '' : `<w:t>${text}</w:t></w:r>`;
    const plain = text === undefined ? '<w:r>' : bareText ? `<w:t>${text}</w:t>` : `<w:r>${textRun}`;
    if (properties === undefined) return plain;
    const asWritten = `<w:r>${whole.slice(whole.indexOf('<w:rPr>'))}`;
    // A tracked formatting change holds the old properties (and the outer end tag is further on).
    if (properties.includes('<w:rPrChange')) return asWritten;
    const kept = properties.match(BOLD_OR_ITALIC);
    if (!kept) return plain;
    if (!kept.every((tag) => tag.endsWith('/>'))) return asWritten;
    return `<w:r><w:rPr>${kept.join('')}</w:rPr>${textRun}`;
  };
}
const slimRun = runRewriter(true);
const slimRunKeepingRuns = runRewriter(false);

/**
 * Where a paragraph's whole w:pPr ends (after its end tag), given where its content starts
 * (`from`), the first `</w:pPr>` after that (`end`) and where a w:pPrChange starts in between
 * (`change`, relative to `from`; -1 for none). -1 when the markup is not as expected.
 */
function propertiesEnd(xml: string, from: number, end: number, change: number): number {
  if (change < 0) return end + '</w:pPr>'.length;
  PPR_CHANGE_START.lastIndex = from + change;
  const start = PPR_CHANGE_START.exec(xml);
  if (!start) return -1;
  if (start[1] === '/') return end + '</w:pPr>'.length; // <w:pPrChange/>: the first end tag is the outer one
  const changeEnd = xml.indexOf('</w:pPrChange>', PPR_CHANGE_START.lastIndex);
  if (changeEnd < 0) return -1;
  const outer = xml.indexOf('</w:pPr>', changeEnd);
  return outer < 0 ? -1 : outer + '</w:pPr>'.length;
}

/** The `w:val` attribute in an element's attribute text, in either quotes. */
function valOf(attributes: string): string | undefined {
  const m = VAL.exec(attributes);
  return m ? (m[1] ?? m[2]) : undefined;
}

/** Reads a paragraph's own properties (its w:pPr, without the old ones in a w:pPrChange). */
function readProperties(own: string, record: ParagraphRecord): void {
  const numPrAt = own.indexOf('<w:numPr');
  if (numPrAt >= 0) {
    const end = own.indexOf('</w:numPr>', numPrAt);
    const numPr = own.slice(numPrAt, end < 0 ? own.length : end);
    const ilvl = /<w:ilvl\b([^>]*)>/.exec(numPr);
    const value = ilvl && valOf(ilvl[1]!);
    if (value && /^\d+$/.test(value)) record.ilvl = Number(value);
    const numId = /<w:numId\b([^>]*)>/.exec(numPr);
    const id = numId && valOf(numId[1]!);
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
  const style = P_STYLE.exec(own);
  const styleId = style && valOf(style[1]!);
  if (styleId !== undefined && styleId !== null) record.styleId = decodeEntities(styleId);
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
    const at = m.index + m[0].length;
    if (m[2] === '/') {
      record.selfClosing = true; // an empty paragraph: counted, nothing for mammoth to carry
      if (options.slim && m[0] !== '<w:p/>') {
        parts.push(xml.slice(copied, m.index), '<w:p/>');
        copied = at;
      }
      continue;
    }
    if (options.slim && m[0] !== '<w:p>') {
      parts.push(xml.slice(copied, m.index), '<w:p>');
      copied = at;
    }
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
    if (options.slim && !record.deletedMark) {
      const outer = propertiesEnd(xml, from, end, change);
      if (outer >= 0) {
        parts.push(xml.slice(copied, at));
        copied = outer;
        record.propertiesRemoved = true;
        PARAGRAPH.lastIndex = outer;
        continue;
      }
    }
    if (options.dropNumbering || options.slim) {
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
  const out = parts.join('');
  // A paragraph inside a run (a text box in a w:object, which mammoth reads in place) would take
  // that run's bold and italic for a bare w:t: runs are kept whole wherever a text box is.
  const slim = options.slim ? (out.includes('txbxContent') ? slimRunKeepingRuns : slimRun) : undefined;
  return { xml: slim ? out.replace(RUN_MARKUP, slim) : out, records, paragraphCount: count, aligned: true };
}
