/**
 * The one loop every safeguard rule runs: read each sentence once with its context (headings,
 * list lead-in, recital or definition, table header), let the rule judge it, then decide for
 * the document as a whole.
 *
 * Verdicts, from a rule's `judge`:
 * - `sound`: an operative clause that does the job.
 * - `defeat`: a clause that hollows the safeguard out wherever it is (a negation trap, an
 *   open-ended list or purpose, a unilateral variation). Always reported: a sound clause
 *   elsewhere does not survive it.
 * - `weak`: a clause that addresses the safeguard but does not do the job on its own (optional,
 *   effort-only, on request, deferred). Reported only when the document has no sound clause:
 *   the corpus labels judge the document as a whole, and a sound clause answers the point.
 * Nothing relevant at all: one `missing` finding for the document.
 *
 * Cost: one pass over the sentences; per sentence a fixed set of precompiled regexes over the
 * sentence text and O(depth) heading lookups; cross-references are merged in by offset.
 */
import {
  modalityOf,
  type Analyses,
  type CrossReference,
  type Definition,
  type Modality,
  type Party,
  type Sentence,
  type TextBlock,
} from '../../src/analysis/index.js';
import type { ReportDescriptor, RuleContext, RuleHandlers } from '../../src/engine/rule.js';
import type { ContractNode, SectionNode, TableCellNode } from '../../src/tree/types.js';
import { findWeakener } from './weakeners.js';

export interface PartyNames {
  /** "the Authority" */
  publicName: string;
  /** "the Supplier" */
  privateName: string;
}

/** One sentence as a safeguard rule sees it. */
export interface Clause {
  sentence: Sentence;
  text: string;
  /** Headings of the enclosing sections (and a bold pseudo-heading), outermost first, joined by " > ". */
  heading: string;
  /** The sentence that introduces a list this sentence is an item of ("The Supplier shall not:"). */
  leadIn: string | undefined;
  /** Lead-in and sentence together, for reading modality and negation of list items. */
  fullText: string;
  isHeading: boolean;
  inRecitals: boolean;
  /** A definition sentence ("X means ...") or a sentence in the definitions section. */
  isDefinition: boolean;
  inTable: boolean;
  /** Text of the first row of the enclosing table, lower case, cells joined by " | ". */
  tableHeader: string | undefined;
  modality: Modality;
  /** Cross-references that start inside the sentence. */
  references: CrossReference[];
}

export type Verdict = 'sound' | 'weak' | 'defeat';

export type Judgement =
  | { verdict: 'sound' }
  | {
      verdict: 'weak' | 'defeat';
      messageId: string;
      data?: Record<string, string>;
      /** Text the finding rests on, when it is not the whole sentence. */
      evidence?: string;
      related?: Array<{ message: string; range: [number, number] }>;
    };

export interface Finding {
  tier: 'weak' | 'defeat';
  messageId: string;
  range: [number, number];
  data: Record<string, string>;
  evidence: string;
  related?: Array<{ message: string; range: [number, number] }>;
}

export type ReferenceStatus = 'ok' | 'absent' | 'empty';

/** The `weak-deferred` judgement for a clause whose list sits in a schedule that is absent or empty. */
export function deferredReference(reference: { reference: CrossReference; status: ReferenceStatus }): Judgement {
  const { label } = reference.reference;
  return {
    verdict: 'weak',
    messageId: 'weak-deferred',
    data: { reason: reference.status === 'absent' ? `${label} is not in this document` : `${label} is empty` },
  };
}

export interface Tools {
  names: PartyNames;
  /** The definition of a term used in `text` (first one whose term matches `termPattern`). */
  definitionIn(text: string, termPattern: RegExp): Definition | undefined;
  /** The state of the first schedule/annex/appendix/exhibit reference of a clause, if it has one. */
  referenceStatus(clause: Clause): { reference: CrossReference; status: ReferenceStatus } | undefined;
  /** The party a name as written refers to ("the Authority", "Vendor"). */
  partyOf(name: string | undefined): Party | undefined;
  /** Parties named in `text`, by full or short name. */
  partiesIn(text: string): Party[];
}

export interface SafeguardSpec {
  /** Headings where a `missing` finding anchors, most relevant first. */
  missingAnchors: readonly RegExp[];
  /** Model clause, in the document's party names. */
  modelClause(names: PartyNames): string;
  judge(clause: Clause, tools: Tools): Judgement | undefined;
  /**
   * After every clause is judged: the rule may add findings or notes (e.g. a confidentiality
   * clause that only matters when no transparency term exists).
   */
  finish?(state: FinishState): void;
}

export interface FinishState {
  sound: Clause[];
  findings: Finding[];
  names: PartyNames;
  tools: Tools;
  /** Related locations to attach to a `missing` finding. */
  missingRelated: Array<{ message: string; range: [number, number] }>;
}

export const SAFEGUARD_NEEDS = ['sentences', 'outline', 'definitions', 'crossReferences', 'parties'] as const;

const FALLBACK_NAMES: PartyNames = { publicName: 'the public body', privateName: 'the company' };

/** Handlers for a safeguard rule: everything happens once the tree has been walked. */
export function safeguardHandlers(context: RuleContext<any>, spec: SafeguardSpec): RuleHandlers {
  return { 'document:exit': () => runSafeguard(context, spec) };
}

function runSafeguard(context: RuleContext<any>, spec: SafeguardSpec): void {
  const analysis = context.analysis;
  const names = partyNames(analysis);
  const tools = makeTools(analysis, names);
  const sound: Clause[] = [];
  const findings: Finding[] = [];

  // Indexed loops over the sentences: this runs once per rule and document, mostly before it is
  // optimised, when a for-of loop allocates an iterator result per step.
  const list = clauseList(context, analysis);
  for (let c = 0; c < list.length; c++) {
    const clause = list[c]!;
    const judgement = spec.judge(clause, tools);
    if (!judgement) continue;
    if (judgement.verdict === 'sound') {
      sound.push(clause);
      continue;
    }
    const { sentence } = clause;
    const finding: Finding = {
      tier: judgement.verdict,
      messageId: judgement.messageId,
      range: [sentence.start, sentence.end],
      data: judgement.data ?? {},
      evidence: judgement.evidence ?? sentence.text,
    };
    if (judgement.related) finding.related = judgement.related;
    findings.push(finding);
  }

  const missingRelated: FinishState['missingRelated'] = [];
  spec.finish?.({ sound, findings, names, tools, missingRelated });

  const suggestion = spec.modelClause(names);
  const base = { ...names, PublicName: capitalize(names.publicName), PrivateName: capitalize(names.privateName) };
  const report = (descriptor: ReportDescriptor): void => context.report({ suggestion, ...descriptor });

  const defeats = findings.filter((finding) => finding.tier === 'defeat');
  const shown = sound.length > 0 ? defeats : findings;
  if (shown.length === 0 && sound.length === 0) {
    const descriptor: ReportDescriptor = {
      range: missingAnchor(analysis, spec.missingAnchors),
      messageId: 'missing',
      data: base,
      evidence: '',
    };
    if (missingRelated.length > 0) descriptor.related = missingRelated;
    report(descriptor);
    return;
  }
  const seen = new Set<number>();
  for (const finding of shown) {
    if (seen.has(finding.range[0])) continue;
    seen.add(finding.range[0]);
    const descriptor: ReportDescriptor = {
      range: finding.range,
      messageId: finding.messageId,
      data: { ...base, ...finding.data },
      evidence: finding.evidence,
    };
    if (finding.related) descriptor.related = finding.related;
    report(descriptor);
  }
}

export const capitalize = (value: string): string => value.charAt(0).toUpperCase() + value.slice(1);

function partyNames(analysis: Analyses): PartyNames {
  try {
    const { publicName, privateName } = analysis.parties;
    return {
      publicName: publicName || FALLBACK_NAMES.publicName,
      privateName: privateName || FALLBACK_NAMES.privateName,
    };
  } catch {
    return FALLBACK_NAMES;
  }
}

// ---------------------------------------------------------------------------------------------
// Clauses: one pass over the sentences.

const RECITALS_HEADING = /\b(?:recitals?|background|whereas|preamble)\b/i;
const DEFINITIONS_HEADING = /\b(?:definitions?|interpretation|defined\s+terms)\b/i;
const DEFINITION_SENTENCE =
  /^[\s\d.()a-z]{0,8}["“‘'*]*[\p{Lu}][^"”’.]{0,80}?["”’'*]*\s+(?:\([^)]{1,40}\)\s+)?(?:means|shall\s+mean|has\s+the\s+meaning|includes|shall\s+include|refers\s+to|is\s+defined\s+as)\b/u;
// Every definition sentence holds one of these words (same case): a cheap test that skips the
// anchored pattern, whose lazy 80-character scan is costly, on the many sentences without one.
const DEFINITION_VERB = /mean|include|refers|defined/;
const RECITAL_SENTENCE = /^\s*(?:WHEREAS\b|\([A-Z]\)\s)/;
const ENUMERATOR = /^\s*(?:\(?(?:[a-z]|[ivx]{1,5}|\d{1,2})\)|[a-z]\.|[ivx]{1,5}\.)\s/i;

/** A clause without cross-references (shared, frozen: clauses are read-only). */
const NO_REFERENCES = Object.freeze([]) as unknown as CrossReference[];

/** What the enclosing headings say, the same for every block of a section. */
interface HeadingContext {
  /** Headings of the enclosing sections, outermost first, joined by " > ". */
  heading: string;
  inRecitals: boolean;
  inDefinitions: boolean;
}

/**
 * Clauses built once per document and shared by every rule that reads them, keyed by the
 * document's (cached, shared) sentence list. Clauses are read-only for the rules.
 */
const CLAUSE_CACHE = new WeakMap<readonly Sentence[], readonly Clause[]>();

/** The clauses of a document, one per sentence, with their context (exported for the drafting rules). */
export function* clauses(context: RuleContext<any>, analysis: Analyses): Generator<Clause> {
  yield* clauseList(context, analysis);
}

function clauseList(context: RuleContext<any>, analysis: Analyses): readonly Clause[] {
  const sentences = analysis.sentences;
  const references = analysis.crossReferences.list;
  let cached = CLAUSE_CACHE.get(sentences);
  if (!cached) {
    cached = buildClauses(context, sentences, references);
    CLAUSE_CACHE.set(sentences, cached);
  }
  return cached;
}

function buildClauses(
  context: RuleContext<any>,
  sentences: readonly Sentence[],
  references: readonly CrossReference[],
): Clause[] {
  const built: Clause[] = [];
  const headingContext = headingContexts();
  const headers = new Map<TableCellNode, string>();
  const scannedForTables = new Set<SectionNode | undefined>();

  let refIndex = 0;
  let lastBlock: TextBlock | undefined;
  let pseudo: { section: SectionNode | undefined; text: string } | undefined;
  let leadIn: string | undefined;
  let leadInBlock: TextBlock | undefined;
  let blockContext: HeadingContext = { heading: '', inRecitals: false, inDefinitions: false };
  let tableHeader: string | undefined;

  for (let s = 0; s < sentences.length; s++) {
    const sentence = sentences[s]!;
    const { block } = sentence;
    if (block !== lastBlock) {
      if (pseudo && pseudo.section !== block.section) pseudo = undefined;
      if (block.isHeading) pseudo = undefined;
      if (leadInBlock && leadInBlock !== block && !block.inList && !ENUMERATOR.test(block.text) && !isBareItem(block)) {
        leadIn = undefined;
        leadInBlock = undefined;
      }
      if (!block.isHeading && isPseudoHeading(block)) pseudo = { section: block.section, text: block.text.trim() };
      // The heading and what it says are the same for every sentence of a block.
      blockContext = headingContext(block, pseudo && pseudo.text !== block.text.trim() ? pseudo.text : undefined);
      if (block.inTable) {
        if (!scannedForTables.has(block.section)) {
          scannedForTables.add(block.section);
          addTableHeaders(block.section ?? context.document, headers);
        }
        tableHeader = headers.get(block.node as TableCellNode);
      } else {
        tableHeader = undefined;
      }
      lastBlock = block;
    }

    while (refIndex < references.length && references[refIndex]!.start < sentence.start) refIndex++;
    let own = NO_REFERENCES;
    if (refIndex < references.length && references[refIndex]!.start < sentence.end) {
      own = [];
      for (let i = refIndex; i < references.length && references[i]!.start < sentence.end; i++) own.push(references[i]!);
    }

    const { text } = sentence;
    const inRecitals = blockContext.inRecitals || RECITAL_SENTENCE.test(text);
    const isDefinition = blockContext.inDefinitions || (DEFINITION_VERB.test(text) && DEFINITION_SENTENCE.test(text));
    const activeLeadIn = leadInBlock && leadInBlock !== block ? leadIn : undefined;
    const fullText = activeLeadIn ? `${activeLeadIn.replace(/[\s:]+$/, '')} ${text.replace(ENUMERATOR, '')}` : text;
    built.push({
      sentence,
      text,
      heading: blockContext.heading,
      leadIn: activeLeadIn,
      fullText,
      isHeading: block.isHeading,
      inRecitals,
      isDefinition,
      inTable: block.inTable,
      tableHeader,
      // A list item reads its modal from its lead-in: "The Supplier shall not: (a) sell the Data".
      modality: modalityOf(activeLeadIn ? { text: fullText, start: sentence.start } : sentence),
      references: own,
    });

    if (!block.isHeading && !block.inTable && text.trimEnd().endsWith(':') && !(block.inList && leadInBlock)) {
      leadIn = text;
      leadInBlock = block;
    }
  }
  return built;
}

/**
 * The heading context of a block, remembered per innermost section: a block's sections are the
 * chain of that section's ancestors, so the section alone fixes the heading. Each section's
 * context extends its parent's, so a heading is built by one concatenation, not a join of the chain.
 */
function headingContexts(): (block: TextBlock, pseudoHeading: string | undefined) => HeadingContext {
  const bySection = new Map<SectionNode | undefined, SectionContext>();
  const outside: SectionContext = {
    recitalsKind: false,
    definitionsKind: false,
    context: { heading: '', inRecitals: false, inDefinitions: false },
    withPseudo: undefined,
  };
  bySection.set(undefined, outside);

  /** The context of `sections[depth]` (outermost first), from its parent's. */
  const chainContext = (sections: readonly SectionNode[], depth: number): SectionContext => {
    const section = sections[depth];
    let known = bySection.get(section);
    if (known) return known;
    const parent = depth > 0 ? chainContext(sections, depth - 1) : outside;
    known = extend(parent, section!);
    bySection.set(section, known);
    return known;
  };

  return (block, pseudoHeading) => {
    const section = bySection.get(block.section) ?? chainContext(block.sections, block.sections.length - 1);
    if (pseudoHeading === undefined) return section.context;
    // A bold pseudo-heading stands for the blocks after it in the section: remember the last one.
    if (section.withPseudo?.pseudoHeading !== pseudoHeading) {
      const { heading } = section.context;
      section.withPseudo = {
        pseudoHeading,
        context: readHeading(heading === '' ? pseudoHeading : `${heading} > ${pseudoHeading}`, section.recitalsKind, section.definitionsKind),
      };
    }
    return section.withPseudo.context;
  };
}

/**
 * A section's context from its parent's. The heading patterns hold no ">" and match whole
 * words, so testing the joined chain equals testing each heading: the parent's answer and the own.
 */
function extend(parent: SectionContext, section: SectionNode): SectionContext {
  const own = sectionHeading(section);
  const outer = parent.context;
  const recitalsKind = parent.recitalsKind || section.kind === 'recitals';
  const definitionsKind = parent.definitionsKind || section.kind === 'definitions';
  const context: HeadingContext =
    own === ''
      ? { heading: outer.heading, inRecitals: recitalsKind || outer.inRecitals, inDefinitions: definitionsKind || outer.inDefinitions }
      : {
          heading: outer.heading === '' ? own : `${outer.heading} > ${own}`,
          inRecitals: recitalsKind || outer.inRecitals || RECITALS_HEADING.test(own),
          inDefinitions: definitionsKind || outer.inDefinitions || DEFINITIONS_HEADING.test(own),
        };
  return { recitalsKind, definitionsKind, context, withPseudo: undefined };
}

/** "clause 4.2 Data Protection": label and heading, either may be missing. */
function sectionHeading(section: SectionNode): string {
  const { label, heading } = section;
  return label && heading ? `${label} ${heading}` : label || heading || '';
}

function readHeading(heading: string, recitalsKind: boolean, definitionsKind: boolean): HeadingContext {
  return {
    heading,
    inRecitals: recitalsKind || RECITALS_HEADING.test(heading),
    inDefinitions: definitionsKind || DEFINITIONS_HEADING.test(heading),
  };
}

interface SectionContext {
  recitalsKind: boolean;
  definitionsKind: boolean;
  context: HeadingContext;
  withPseudo: { pseudoHeading: string; context: HeadingContext } | undefined;
}

/**
 * An unmarked list item, as plain text and converted documents give them: a line that is not a
 * numbered clause and does not end a sentence ("publish the Transparency Information").
 */
function isBareItem(block: TextBlock): boolean {
  const text = block.text.trim();
  return !block.isHeading && text.length > 0 && text.length <= 300 && !/[.!?]["”’)]?$/.test(text) && !CLAUSE_NUMBER.test(text);
}

const CLAUSE_NUMBER = /^\d+(?:\.\d+)*\.?\s*[\p{Lu}]/u;

/** A short bold line standing in for a heading ("**3.0 Constraints on Use of Data**"). */
function isPseudoHeading(block: TextBlock): boolean {
  if (block.node.type !== 'paragraph' || block.inTable || block.inList) return false;
  const text = block.text.trim();
  if (text.length === 0 || text.length > 90 || /[.;:,]$/.test(text)) return false;
  const texts = block.node.children;
  return texts.length > 0 && texts.every((child) => child.data?.strong === true || child.value.trim() === '');
}

/**
 * First-row text of the tables directly in `scope` (a section, not its subsections, or the
 * document outside every section), keyed by each of their cells. A table cell's block has the
 * innermost section holding the table as its section, so scanning that scope alone finds it.
 */
function addTableHeaders(scope: SectionNode | ContractNode, headers: Map<TableCellNode, string>): void {
  const visit = (node: ContractNode): void => {
    if (node.type === 'table') {
      const first = node.children[0];
      const header = first
        ? first.children.map((cell) => cellText(cell)).join(' | ').toLowerCase()
        : '';
      for (const row of node.children) for (const cell of row.children) headers.set(cell, header);
      return;
    }
    // Paragraphs and headings hold only text: no table below them. A subsection is its own scope.
    if (node.type === 'text' || node.type === 'paragraph' || node.type === 'heading') return;
    if (node.type === 'section' && node !== scope) return;
    if ('children' in node) for (const child of node.children as ContractNode[]) visit(child);
  };
  visit(scope);
}

function cellText(cell: TableCellNode): string {
  return cell.children
    .map((child) => (child.type === 'text' ? child.value : child.children.map((text) => text.value).join('')))
    .join(' ');
}

// ---------------------------------------------------------------------------------------------
// Tools: definitions and cross-references.

const SCHEDULE_KINDS = new Set(['schedule', 'annex', 'appendix', 'exhibit', 'attachment']);
const PLACEHOLDER_ONLY =
  /^(?:[\s_.\-–—:;,*|#()[\]●•]|\bN\/?A\b|\bTBC\b|\bTBD\b|\bto\s+be\s+(?:agreed|confirmed|completed|determined)\b|\[[^\]]*\])*$/i;

/** Whether a section holds real text, per section asked about, shared by the safeguard rules of a document. */
const SECTION_CONTENT_CACHE = new WeakMap<readonly Sentence[], Map<SectionNode, boolean>>();

/** Characters of real text that make a schedule more than an empty shell. */
const REAL_CONTENT = 20;

/** The defined-terms pattern of a document, shared by its safeguard rules (reset before each use). */
const TERM_PATTERN_CACHE = new WeakMap<Analyses['definitions'], RegExp | null>();

function makeTools(analysis: Analyses, names: PartyNames): Tools {
  let termPattern: RegExp | null | undefined;
  let sectionContent: Map<SectionNode, boolean> | undefined;
  let partyPattern: { pattern: RegExp; byName: Map<string, Party> } | null | undefined;

  const parties = (): Analyses['parties'] | undefined => {
    try {
      return analysis.parties;
    } catch {
      return undefined;
    }
  };
  const partyNamesPattern = (): { pattern: RegExp; byName: Map<string, Party> } | null => {
    if (partyPattern === undefined) {
      const byName = new Map<string, Party>();
      for (const party of parties()?.list ?? []) {
        for (const name of [party.name, party.shortName]) if (name && name.length > 1) byName.set(name.toLowerCase(), party);
      }
      const alternatives = [...byName.keys()]
        .sort((a, b) => b.length - a.length)
        .map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
      partyPattern = alternatives.length > 0 ? { pattern: new RegExp(`\\b(?:${alternatives.join('|')})\\b`, 'gi'), byName } : null;
    }
    return partyPattern;
  };

  const definitions = (): Analyses['definitions'] => analysis.definitions;
  const terms = (): RegExp | null => {
    if (termPattern === undefined) {
      const defs = definitions();
      termPattern = TERM_PATTERN_CACHE.get(defs);
      if (termPattern === undefined) {
        const list = [...new Set(defs.list.map((definition) => definition.term))]
          .filter((term) => term.length > 1)
          .sort((a, b) => b.length - a.length)
          .map((term) => term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
        termPattern = list.length > 0 ? new RegExp(`\\b(?:${list.join('|')})s?\\b`, 'g') : null;
        TERM_PATTERN_CACHE.set(defs, termPattern);
      }
    }
    return termPattern;
  };

  /** Whether `section` holds real (non-placeholder) text, asked once per section of a document. */
  const hasContent = (section: SectionNode): boolean => {
    if (!sectionContent) {
      sectionContent = SECTION_CONTENT_CACHE.get(analysis.sentences) ?? new Map();
      SECTION_CONTENT_CACHE.set(analysis.sentences, sectionContent);
    }
    let known = sectionContent.get(section);
    if (known === undefined) {
      known = hasRealContent(analysis.sentences, section);
      sectionContent.set(section, known);
    }
    return known;
  };

  return {
    names,
    definitionIn(text, wanted) {
      const pattern = terms();
      if (!pattern) return undefined;
      // An exec loop, not matchAll: matchAll would clone this large regex for every call.
      pattern.lastIndex = 0;
      let match: RegExpExecArray | null;
      while ((match = pattern.exec(text)) !== null) {
        if (!wanted.test(match[0])) continue;
        const definition = definitions().lookup(match[0]);
        if (definition) return definition;
      }
      return undefined;
    },
    referenceStatus(clause) {
      const reference = clause.references.find((candidate) => SCHEDULE_KINDS.has(candidate.kind));
      if (!reference) return undefined;
      let target = reference.target;
      if (!target) {
        // "Annex I.B" when only "Annex I" is a section of its own.
        const base = reference.number.split(/[.(]/)[0]!;
        if (base && base !== reference.number) target = analysis.crossReferences.resolve(reference.kind, base);
      }
      if (!target) return { reference, status: 'absent' };
      return { reference, status: hasContent(target) ? 'ok' : 'empty' };
    },
    partyOf(name) {
      if (!name) return undefined;
      return parties()?.find(name);
    },
    partiesIn(text) {
      const found = partyNamesPattern();
      if (!found) return [];
      const result: Party[] = [];
      // An exec loop, not matchAll: matchAll would clone the regex for every call.
      const { pattern } = found;
      pattern.lastIndex = 0;
      let match: RegExpExecArray | null;
      while ((match = pattern.exec(text)) !== null) {
        const party = found.byName.get(match[0].toLowerCase());
        if (party && !result.includes(party)) result.push(party);
      }
      return result;
    },
  };
}

/**
 * Whether the sentences of `section` (subsections included, headings left out) hold at least
 * REAL_CONTENT characters of real (non-placeholder) text. Only referenced schedules are asked
 * about, and the count stops once it is enough: the placeholder patterns run on few sentences.
 */
function hasRealContent(sentences: readonly Sentence[], section: SectionNode): boolean {
  let real = 0;
  let inside = false;
  for (const { block, text } of sentences) {
    if (!block.sections.includes(section)) {
      // A section's blocks are consecutive in document order: past them, nothing more to count.
      if (inside) break;
      continue;
    }
    inside = true;
    if (block.isHeading) continue;
    if (PLACEHOLDER_ONLY.test(text) || findWeakener(text, 'W10')) continue;
    real += text.length;
    if (real >= REAL_CONTENT) return true;
  }
  return false;
}

/** Where a `missing` finding goes: the heading of the most relevant section, else the document start. */
function missingAnchor(analysis: Analyses, anchors: readonly RegExp[]): [number, number] {
  const sections = analysis.outline.sections;
  for (const pattern of anchors) {
    const section = sections.find((candidate) => candidate.heading !== undefined && pattern.test(candidate.heading));
    if (section) {
      const first = section.children[0];
      if (first?.type === 'heading') return [first.position.start.offset, first.position.end.offset];
      return [section.position.start.offset, section.position.start.offset];
    }
  }
  return [0, 0];
}
