/**
 * Shared document facts. Each is computed lazily, once per file, when a rule that declares it
 * in `meta.needs` first asks. All offsets are 0-based UTF-16 offsets into the document's
 * normalized text (`DocumentNode.data.text`).
 */
import type {
  HeadingNode,
  ParagraphNode,
  SectionKind,
  SectionNode,
  TableCellNode,
} from '../tree/types.js';

/** A run of reader-visible text: one paragraph, heading, or table-cell paragraph. */
export interface TextBlock {
  /** Position in the document's block list (`analysis.blocks`). */
  index: number;
  node: ParagraphNode | HeadingNode | TableCellNode;
  /** Plain text with markup removed (concatenation of the node's text children). */
  text: string;
  /** Maps an index in `text` (0..text.length) to a document offset. */
  toOffset(index: number): number;
  /** Innermost section that contains the block, if any. */
  section: SectionNode | undefined;
  /** Sections from outermost to innermost. Blocks in the same sections share this array: read only. */
  sections: SectionNode[];
  /** True when the block is a section heading. */
  isHeading: boolean;
  /** True when the block sits inside a table. */
  inTable: boolean;
  /** True when the block sits inside a list item. */
  inList: boolean;
}

export interface Sentence {
  text: string;
  /** Document offsets, end exclusive. */
  start: number;
  end: number;
  block: TextBlock;
  /** Index of the sentence's first character in `block.text`. */
  blockIndex: number;
}

export interface Token {
  text: string;
  lower: string;
  /** Porter stem of the lower-cased token. */
  stem: string;
  start: number;
  end: number;
}

export type ModalKind = 'obligation' | 'permission' | 'prohibition' | 'none';

export interface Modality {
  kind: ModalKind;
  /** The modal phrase as written: "shall", "must not", "is entitled to", "may". */
  modal?: string;
  /** Document offsets of the modal phrase. */
  start?: number;
  end?: number;
  /** "shall not be required to", "shall not be obliged to": a negated duty, not a prohibition. */
  negatedDuty: boolean;
  /** The subject before the modal when one is recognisable ("the Supplier"). */
  subject?: string;
}

export type ScopeCueKind =
  | 'negation' //  "shall not", "no ... shall", "neither ... nor", "nothing in"
  | 'exception' // "except", "unless", "save", "other than"
  | 'override' //  "notwithstanding"
  | 'proviso' //   "provided that"
  | 'subject-to'; // "subject to"

export interface ScopeCue {
  kind: ScopeCueKind;
  /** The cue as written. */
  cue: string;
  /** Document offsets of the cue. */
  start: number;
  end: number;
  /** Document offsets of the text the cue governs (to the clause or sentence end). */
  scopeStart: number;
  scopeEnd: number;
}

export interface Definition {
  /** The term as defined: "Personal Data". */
  term: string;
  /** The defining text after "means"/"includes", or the referent of a parenthetical. */
  body: string;
  /** How it was defined. */
  style: 'means' | 'parenthetical' | 'definitions-block';
  termStart: number;
  termEnd: number;
  bodyStart: number;
  bodyEnd: number;
  block: TextBlock;
}

export interface Definitions {
  /** Keyed by the term in lower case. */
  byTerm: Map<string, Definition>;
  list: Definition[];
  /** The definitions section when the document has one. */
  section: SectionNode | undefined;
  /** The definition for a term, case-insensitive, ignoring a trailing plural "s". */
  lookup(term: string): Definition | undefined;
  /** `text` with each defined term followed by its definition's body in brackets, one level deep. */
  expand(text: string): string;
}

export type ReferenceKind = SectionKind | 'paragraph' | 'section';

export interface CrossReference {
  kind: ReferenceKind;
  /** "Schedule 3", "clause 4.2(a)". */
  label: string;
  /** "3", "4.2(a)". */
  number: string;
  start: number;
  end: number;
  /** The referenced section, when it exists in this document. */
  target: SectionNode | undefined;
  block: TextBlock;
}

export interface CrossReferences {
  list: CrossReference[];
  /** Find a section by kind and number ("schedule", "3"); clause numbers match any of clause/article/section. */
  resolve(kind: ReferenceKind, number: string): SectionNode | undefined;
}

export type PartyRole = 'public' | 'private' | 'unknown';

export interface Party {
  /** Full name as written: "City of Kansas City, Missouri". */
  name: string;
  /** Defined short name without article: "Authority", "Supplier". Empty when none. */
  shortName: string;
  role: PartyRole;
  /** Why the role was assigned ("public body keyword: city"). */
  reason: string;
  start: number;
  end: number;
}

export interface Parties {
  list: Party[];
  publicParties: Party[];
  privateParties: Party[];
  /** The party a name or short name ("the Supplier", "Vendor") refers to. */
  find(name: string): Party | undefined;
  /** Display name for the public party in model clauses, e.g. "the Authority"; "the public body" when none is known. */
  publicName: string;
  /** Display name for the private party in model clauses, e.g. "the Supplier"; "the company" when none is known. */
  privateName: string;
}

/** Section lookup over the whole tree. */
export interface Outline {
  sections: SectionNode[];
  /** Innermost section containing a document offset. */
  sectionAt(offset: number): SectionNode | undefined;
  /** Sections whose heading matches. */
  byHeading(pattern: RegExp): SectionNode[];
}

/** Everything a rule can ask for, by the name it declares in `meta.needs`. */
export interface Analyses {
  blocks: TextBlock[];
  sentences: Sentence[];
  outline: Outline;
  definitions: Definitions;
  crossReferences: CrossReferences;
  parties: Parties;
}

export type AnalysisName = keyof Analyses;
