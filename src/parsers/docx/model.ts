/**
 * mammoth's document model, read once through its public `transformDocument` hook.
 *
 * `convertToHtml` reads the package and hands the document model to `transformDocument` before
 * writing HTML; the hook keeps the model and returns an empty document, so no HTML is written and
 * mammoth runs exactly once per file. The package is served to mammoth from the guarded ZIP
 * (./zip-guard.ts) through mammoth's `{file}` input (an object with `exists(name)` and
 * `read(name, encoding)`), so every part is inflated under the bomb checks, by zlib, once; and
 * word/document.xml is served as ./prepass.ts rewrote it (alignment bookmarks, and only the
 * markup the tree is built from; see there), other parts as ../docx.ts overrides or hides them.
 *
 * mammoth is imported here, lazily, when the first DOCX is parsed.
 */
import type { GuardedZip } from '../zip-guard.js';

export interface MText {
  type: 'text';
  value: string;
}
export interface MTab {
  type: 'tab';
}
export interface MBreak {
  type: 'break';
  breakType: 'line' | 'page' | 'column';
}
export interface MCheckbox {
  type: 'checkbox';
  checked: boolean;
}
export interface MNoteReference {
  type: 'noteReference';
  noteType: 'footnote' | 'endnote';
  noteId: string;
}
export interface MBookmarkStart {
  type: 'bookmarkStart';
  name: string;
}
export interface MRun {
  type: 'run';
  children: MElement[];
  isBold: boolean;
  isItalic: boolean;
  verticalAlignment?: string;
}
export interface MHyperlink {
  type: 'hyperlink';
  children: MElement[];
}
export interface MParagraph {
  type: 'paragraph';
  children: MElement[];
  styleId: string | null;
  styleName: string | null;
  numbering: { isOrdered: boolean; level: string } | null;
}
export interface MTableCell {
  type: 'tableCell';
  children: MElement[];
  colSpan?: number;
  rowSpan?: number;
}
export interface MTableRow {
  type: 'tableRow';
  children: MElement[];
  isHeader?: boolean;
}
export interface MTable {
  type: 'table';
  children: MElement[];
}
export interface MNote {
  type: 'note';
  noteType: 'footnote' | 'endnote';
  noteId: string;
  body: MElement[];
}
export interface MOther {
  type: 'image' | 'commentReference' | 'comment' | 'document';
  children?: MElement[];
}

export type MElement =
  | MText
  | MTab
  | MBreak
  | MCheckbox
  | MNoteReference
  | MBookmarkStart
  | MRun
  | MHyperlink
  | MParagraph
  | MTable
  | MTableRow
  | MTableCell
  | MNote
  | MOther;

export interface MDocument {
  type: 'document';
  children: MElement[];
  notes: { findNoteByKey(key: string): MNote | null };
}

interface MammothModule {
  convertToHtml(
    input: unknown,
    options: {
      transformDocument: (document: MDocument) => unknown;
      includeDefaultStyleMap?: boolean;
      includeEmbeddedStyleMap?: boolean;
    },
  ): Promise<{ value: string; messages: Array<{ type: string; message: string }> }>;
}

let mammothModule: Promise<MammothModule> | undefined;

function loadMammoth(): Promise<MammothModule> {
  mammothModule ??= import('mammoth').then((m) => ((m as { default?: MammothModule }).default ?? m) as MammothModule);
  return mammothModule;
}

export class PartError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Reads the document model. `overrides` replaces parts' text (the bookmarked document.xml);
 * `hidden` parts are not shown to mammoth at all (it reads its defaults instead).
 * Throws a PartError when the ZIP guard refuses a part; any other throw is mammoth's.
 */
export async function readDocumentModel(
  zip: GuardedZip,
  overrides: ReadonlyMap<string, string>,
  hidden: ReadonlySet<string> = new Set(),
): Promise<MDocument> {
  const mammoth = await loadMammoth();
  const file = {
    exists: (name: string): boolean => !hidden.has(name) && (overrides.has(name) || zip.has(name)),
    read: async (name: string, encoding?: string): Promise<string | Uint8Array> => {
      const override = overrides.get(name);
      if (override !== undefined) return override;
      if (encoding) {
        const text = await zip.readText(name);
        if (!text.ok) throw new PartError(text.error.code, text.error.message);
        return text.value;
      }
      const bytes = await zip.read(name);
      if (!bytes.ok) throw new PartError(bytes.error.code, bytes.error.message);
      return new Uint8Array(bytes.value);
    },
  };
  let captured: MDocument | undefined;
  await mammoth.convertToHtml(
    { file },
    {
      // No HTML is written, so no style map is needed: skip parsing mammoth's default one.
      includeDefaultStyleMap: false,
      includeEmbeddedStyleMap: false,
      transformDocument: (document: MDocument) => {
        captured = document;
        // An empty document: mammoth writes no HTML for the real one.
        return { type: 'document', children: [], notes: document.notes, comments: [] };
      },
    },
  );
  if (!captured) throw new Error('mammoth returned no document');
  return captured;
}
