import { hasNonSpace } from '../text/spaces.js';
import { blockSpan, inDefinitionsSection, isDefinitionsSection, quotedRanges, strongRanges } from './inline.js';
import { sentenceSpans } from './sentences.js';
import type { Definition, Definitions, Outline, TextBlock } from './types.js';

/**
 * Defined terms, in three styles:
 * - `means`: a quoted or bold term followed by a defining verb, anywhere in a block
 *   ("Personal Data" means ..., “PHI” shall mean ..., **DPA** has the meaning given in ...),
 *   and an unformatted Title Case term opening a block ("Personal Data means ...").
 * - `parenthetical`: (the "Authority"), (hereinafter "Vendor"), ("CMIV"), (each a "Party");
 *   the body is the name just before the bracket.
 * - `definitions-block`: a bold or quoted term opening an entry in a definitions section,
 *   whatever follows ("Data: the data listed in ...", a two-column definitions table).
 */
export function buildDefinitions(blocks: TextBlock[], outline: Outline): Definitions {
  const list: Definition[] = [];
  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index]!;
    if (block.isHeading || !hasNonSpace(block.text)) continue;
    findDefinitions(blocks, index, list);
  }
  list.sort((a, b) => a.termStart - b.termStart);

  const byTerm = new Map<string, Definition>();
  for (const definition of list) {
    const key = termKey(definition.term);
    const existing = byTerm.get(key);
    if (!existing || RANK[definition.style] > RANK[existing.style]) byTerm.set(key, definition);
  }

  const section = outline.sections.find(isDefinitionsSection);
  let expander: RegExp | undefined;
  const lookup = (term: string): Definition | undefined => {
    const key = termKey(term);
    for (const form of [key, ...singulars(key), `${key}s`]) {
      const found = byTerm.get(form);
      if (found) return found;
    }
    return undefined;
  };

  return {
    byTerm,
    list,
    section,
    lookup,
    expand(text: string): string {
      if (byTerm.size === 0) return text;
      // One alternation of all terms, longest first, so "Personal Data Breach" beats "Personal Data".
      expander ??= new RegExp(
        `(?<![\\p{L}\\p{N}])(?:${[...new Set(list.map((d) => d.term))]
          .sort((a, b) => b.length - a.length)
          .map(escapeRegExp)
          .join('|')})(?:s|es)?(?![\\p{L}\\p{N}])`,
        'gu',
      );
      return text.replace(expander, (match) => {
        const definition = lookup(match);
        return definition ? `${match} [${definition.body.replace(/\s+/g, ' ').trim()}]` : match;
      });
    },
  };
}

/** Lookup key of a term: lower case, no quotes, no leading "the". */
function termKey(term: string): string {
  return term.trim().replace(/^["“'‘*]+|["”'’*]+$/g, '').replace(/^the\s+/i, '').replace(/\s+/g, ' ').toLowerCase();
}

const RANK: Record<Definition['style'], number> = { parenthetical: 0, 'definitions-block': 1, means: 2 };

const DEFINING_VERB =
  /\s*(?:\)\s*)?,?\s*(shall\s+mean|means|mean|shall\s+have\s+the\s+meanings?|has\s+the\s+meanings?|have\s+the\s+meanings?|is\s+defined\s+as|shall\s+be\s+defined\s+as|refers\s+to|shall\s+refer\s+to|shall\s+include|includes|include)\b\s*:?\s*/iy;
// "“Protected Health Information” or “PHI” means": extra quoted names before the verb.
const ALTERNATIVE = /\s*(?:,\s*)?(?:or|and)\s+(?:the\s+)?["“'‘]/iy;
const ENTRY_SEPARATOR = /\s*[:.\-–—]\s*|\s+/y;
// Sticky at 0 (as if anchored with ^); it always matches, perhaps empty.
const LIST_MARKER = /\s*(?:\d+(?:\.\d+)+\.?|\(?(?:\d+|[a-z]{1,2}|[ivx]+)[.)]|[-*•])?\s*/iy;

/** Length of the list marker (and white space) opening `text`: "1.2 ", "(a) ", "- ", or 0. */
function listMarkerLength(text: string): number {
  LIST_MARKER.lastIndex = 0;
  LIST_MARKER.test(text);
  return LIST_MARKER.lastIndex;
}
const TITLE_CASE_MEANS =
  /^(?!(?:The|This|These|Each|Any|All|A|An|It|Such)\s)((?:[\p{Lu}][\p{L}\p{N}'’-]*)(?:\s+(?:of|and|for|the|[\p{Lu}][\p{L}\p{N}'’-]*)){0,5})\s+(shall\s+mean|means|has\s+the\s+meanings?\s+given)\b\s*:?\s*/u;

// Term starts already taken in the current block (one set for all blocks, cleared per block).
const usedTerms = new Set<number>();

function findDefinitions(blocks: TextBlock[], index: number, out: Definition[]): void {
  const block = blocks[index]!;
  const text = block.text;
  const terms = termRanges(block);
  const used = usedTerms;
  used.clear();

  // 1. "Term" means ...
  for (let i = 0; i < terms.length; i++) {
    const names = [terms[i]!];
    let after = terms[i]![1] + closingLength(text, terms[i]![1]);
    // Collect "or “PHI”" alternatives.
    while (i + 1 < terms.length) {
      ALTERNATIVE.lastIndex = after;
      if (!ALTERNATIVE.test(text) || terms[i + 1]![0] > ALTERNATIVE.lastIndex + 1) break;
      i++;
      names.push(terms[i]!);
      after = terms[i]![1] + closingLength(text, terms[i]![1]);
    }
    DEFINING_VERB.lastIndex = after;
    const verb = DEFINING_VERB.exec(text);
    if (!verb) continue;
    const bodyFrom = DEFINING_VERB.lastIndex;
    const [bodyStartIndex, bodyEndBlock, bodyText] = bodyOf(blocks, index, bodyFrom, /meaning/i.test(verb[1]!) ? verb[1]! : '');
    for (const name of names) {
      used.add(name[0]);
      out.push(makeDefinition(block, name, 'means', bodyText, bodyStartIndex, bodyEndBlock));
    }
  }

  // 2. A definitions-section entry opening the block: **Term**: body, "Term" - body, | Term | body |.
  // Only a block with a term, or a table cell (a plain term cell), can open one: ask the
  // section question of those alone.
  if ((terms.length > 0 || block.inTable) && inDefinitionsSection(block)) {
    // A plain term cell of a two-column definitions table counts as a term too.
    const cellTerm: [number, number] | undefined =
      terms.length === 0 && block.inTable && /^\s*[\p{Lu}][^.;:]{0,60}$/u.test(text) && text.trim().split(/\s+/).length <= 6
        ? [text.length - text.trimStart().length, text.trimEnd().length]
        : undefined;
    const first = terms[0] ?? cellTerm;
    const header = first && /^(?:terms?|defined\s+terms?|expressions?|words?|definitions?|abbreviations?)$/i.test(text.slice(first[0], first[1]).trim());
    const markerEnd = listMarkerLength(text);
    if (first && !header && !used.has(first[0]) && first[0] - openingLength(text, first[0]) <= markerEnd) {
      const after = first[1] + closingLength(text, first[1]);
      ENTRY_SEPARATOR.lastIndex = after;
      if (ENTRY_SEPARATOR.test(text) || after >= text.trimEnd().length) {
        const bodyFrom = after >= text.trimEnd().length ? text.length : ENTRY_SEPARATOR.lastIndex;
        const next = blocks[index + 1];
        if (bodyFrom >= text.length && block.inTable && next?.inTable && sameRow(block, next)) {
          // Two-column definitions table: the term cell, then the body cell.
          const [start, end] = [0, next.text.length];
          out.push(makeDefinition(block, first, 'definitions-block', next.text.trim(), { block: next, index: start }, { block: next, index: end }));
        } else if (bodyFrom < text.length) {
          const [bodyStart, bodyEnd, body] = bodyOf(blocks, index, bodyFrom, '');
          out.push(makeDefinition(block, first, 'definitions-block', body, bodyStart, bodyEnd));
        }
        used.add(first[0]);
      }
    }
  }

  // 3. Unformatted: Personal Data means ... (opening the block).
  const markerEnd = listMarkerLength(text);
  // Cheap gate first: every defining verb of TITLE_CASE_MEANS spells "mean".
  const plain = text.includes('mean') ? TITLE_CASE_MEANS.exec(text.slice(markerEnd)) : null;
  if (plain && !terms.some(([start]) => start <= markerEnd + plain[1]!.length)) {
    const term: [number, number] = [markerEnd, markerEnd + plain[1]!.length];
    const [bodyStart, bodyEnd, body] = bodyOf(blocks, index, markerEnd + plain[0].length, '');
    out.push(makeDefinition(block, term, 'means', body, bodyStart, bodyEnd));
  }

  // 4. Parentheticals: Acme Ltd (the "Supplier").
  findParentheticals(block, terms, out);
}

// Sentence spans per block, computed once: a long block may hold many definitions.
const spanCache = new WeakMap<TextBlock, Array<[number, number]>>();
function spansOf(block: TextBlock): Array<[number, number]> {
  let spans = spanCache.get(block);
  if (!spans) spanCache.set(block, (spans = sentenceSpans(block.text)));
  return spans;
}

interface At {
  block: TextBlock;
  index: number;
}

/**
 * The definition body from `from` to the end of its sentence. A body that is only a colon's
 * lead-in ("means:") continues into the list items that follow as their own blocks.
 */
function bodyOf(blocks: TextBlock[], index: number, from: number, prefix: string): [At, At, string] {
  const block = blocks[index]!;
  const text = block.text;
  const span = spansOf(block).find(([start, end]) => start <= from && from < end);
  let to = span ? span[1] : text.length;
  while (to > from && /\s/.test(text[to - 1]!)) to--;
  let body = text.slice(from, to);
  let end: At = { block, index: to };
  if (body.trim() === '' || /:\s*$/.test(text.slice(0, to))) {
    const parts = body.trim() ? [body.trim()] : [];
    for (let next = index + 1; next < blocks.length && next <= index + 30; next++) {
      const item = blocks[next]!;
      if (!item.inList || item.isHeading) break;
      parts.push(item.text.trim());
      end = { block: item, index: item.text.trimEnd().length };
    }
    body = parts.join(' ');
  }
  if (prefix) body = `${prefix.replace(/^(?:shall\s+)?(?:has|have)\s+/i, '')} ${body}`.trim();
  return [{ block, index: from }, end, body];
}

function makeDefinition(block: TextBlock, term: [number, number], style: Definition['style'], body: string, bodyStart: At, bodyEnd: At): Definition {
  const [termStart, termEnd] = blockSpan(block, term[0], term[1]);
  return {
    term: block.text.slice(term[0], term[1]).replace(/\s+/g, ' ').trim(),
    body: body.trim(),
    style,
    termStart,
    termEnd,
    bodyStart: bodyStart.block.toOffset(bodyStart.index),
    bodyEnd: bodyEnd.index > 0 ? bodyEnd.block.toOffset(bodyEnd.index - 1) + 1 : bodyEnd.block.toOffset(0),
    block,
  };
}

// Characters trimmed off a bold run, and the tests a candidate term must pass.
const TERM_LEAD = /[\s"“”'‘’(]/;
const TERM_TRAIL = /[\s"“”'‘’:.,)]/;
const HAS_LETTER = /[\p{L}]/u;
const SENTENCE_BREAK = /[.;]\s/;

/** Candidate term spans: quoted runs and bold runs (bold text trimmed of quotes and punctuation). */
function termRanges(block: TextBlock): Array<[number, number]> {
  const text = block.text;
  const ranges = quotedRanges(text);
  const strong = strongRanges(block);
  for (let k = 0; k < strong.length; k++) {
    let start = strong[k]![0];
    let end = strong[k]![1];
    while (start < end && TERM_LEAD.test(text[start]!)) start++;
    while (end > start && TERM_TRAIL.test(text[end - 1]!)) end--;
    if (end > start && end - start <= 80 && !ranges.some(([a, b]) => a < end && start < b)) ranges.push([start, end]);
  }
  if (ranges.length === 0) return ranges; // most blocks: nothing quoted or bold
  return ranges
    .filter(([start, end]) => HAS_LETTER.test(text.slice(start, end)) && !SENTENCE_BREAK.test(text.slice(start, end)))
    .sort((a, b) => a[0] - b[0]);
}

const CLOSING_QUOTE_CHAR = /["”'’]/;
const OPENING_QUOTE_CHAR = /["“'‘]/;

/** Length of closing quotes/markup right after a term: `"`, `”`, `**` already stripped. */
function closingLength(text: string, index: number): number {
  let i = index;
  while (i < text.length && CLOSING_QUOTE_CHAR.test(text[i]!)) i++;
  return i - index;
}

function openingLength(text: string, index: number): number {
  let i = index;
  while (i > 0 && OPENING_QUOTE_CHAR.test(text[i - 1]!)) i--;
  return index - i;
}

// Words a parenthetical may hold besides the quoted terms: (collectively, the "Parties", and each, a "Party").
const PAREN_FILLER =
  /^(?:\s|,|the|this|these|each|a|an|and|or|collectively|together|jointly|individually|severally|hereinafter|herein|hereafter|referred|to|as|called|also|known|as applicable|respectively)*$/i;
const ACRONYM = /\(\s*([\p{Lu}][\p{Lu}\p{N}&-]{1,9}s?)\s*\)/gu;
const HEREINAFTER_PLAIN = /\(\s*(?:hereinafter|hereafter)\s+(?:referred\s+to\s+as\s+|called\s+)?(?:the\s+)?([\p{Lu}][\p{L}\p{N}'’-]*(?:\s+[\p{Lu}][\p{L}\p{N}'’-]*){0,3})\s*\)/gu;

const PARENTHETICAL = /\(([^()]{1,160})\)/g;
const HEREAFTER_WORD = /hereinafter|hereafter/;

function findParentheticals(block: TextBlock, terms: Array<[number, number]>, out: Definition[]): void {
  const text = block.text;
  // Every pattern below opens with a bracket: most blocks have none.
  if (!text.includes('(')) return;
  // Exec loops over shared regexes, not matchAll: matchAll would clone each for every block.
  // (referentBefore and abbreviates, called inside, use none of these regexes.)
  let match: RegExpExecArray | null;
  PARENTHETICAL.lastIndex = 0;
  while ((match = PARENTHETICAL.exec(text)) !== null) {
    const open = match.index;
    const close = open + match[0].length - 1;
    const inside = terms.filter(([s, e]) => s > open && e < close);
    if (inside.length === 0) continue;
    // Only a naming parenthetical: nothing but the quoted terms and filler words.
    let rest = '';
    let cursor = open + 1;
    for (const [s, e] of inside) {
      rest += text.slice(cursor, s - openingLength(text, s));
      cursor = e + closingLength(text, e);
    }
    rest += text.slice(cursor, close);
    if (!PAREN_FILLER.test(rest)) continue;
    const referent = referentBefore(text, open);
    for (const term of inside) {
      // Lower-case terms only when introduced explicitly: (hereinafter each "data exporter").
      if (!/^[\p{Lu}\p{N}]/u.test(text.slice(term[0], term[1])) && !/hereinafter|referred/i.test(rest)) continue;
      out.push(makeDefinition(block, term, 'parenthetical', referent.text, { block, index: referent.start }, { block, index: referent.end }));
    }
  }
  // "Family Educational Rights and Privacy Act (FERPA)": an unquoted acronym whose first
  // letter opens the name before it.
  let quoted: Array<[number, number]> | undefined;
  ACRONYM.lastIndex = 0;
  while ((match = ACRONYM.exec(text)) !== null) {
    const at = match.index;
    quoted ??= quotedRanges(text);
    if (quoted.some(([start, end]) => start <= at && at < end)) continue;
    const referent = referentBefore(text, at);
    if (!abbreviates(match[1]!, referent.text)) continue;
    const termStart = at + match[0].indexOf(match[1]!);
    out.push(makeDefinition(block, [termStart, termStart + match[1]!.length], 'parenthetical', referent.text, { block, index: referent.start }, { block, index: referent.end }));
  }
  if (!HEREAFTER_WORD.test(text)) return;
  HEREINAFTER_PLAIN.lastIndex = 0;
  while ((match = HEREINAFTER_PLAIN.exec(text)) !== null) {
    const termStart = match.index + match[0].lastIndexOf(match[1]!);
    const term: [number, number] = [termStart, termStart + match[1]!.length];
    const referent = referentBefore(text, match.index);
    out.push(makeDefinition(block, term, 'parenthetical', referent.text, { block, index: referent.start }, { block, index: referent.end }));
  }
}

const CONNECTORS = new Set(['of', 'for', 'the', 'de', 'du', 'des', 'la', 'le', 'van', 'von', 'der', '&', 'on', 'upon', 'in']);
const STOPPERS = new Set(['between', 'by', 'with', 'from', 'to', 'and', 'or', 'its', 'their', 'his', 'her', 'is', 'are', 'as']);
const SUFFIX_AFTER_COMMA = /^(?:Inc\.?|Ltd\.?|LLC|L\.L\.C\.|LLP|plc|PLC|S\.A\.|GmbH|AG|AB|B\.V\.|N\.V\.|Corp\.?|Co\.?|[\p{Lu}][\p{L}]+)$/u;

/**
 * The name a parenthetical definition refers to: the proper-noun phrase right before the
 * bracket ("the Illinois State Board of Education", "City of Kansas City, Missouri",
 * "GitHub, Inc."), else the few words before it.
 */
export function referentBefore(text: string, open: number): { text: string; start: number; end: number } {
  let end = open;
  while (end > 0 && /\s/.test(text[end - 1]!)) end--;
  // "Agreement (which incorporates ... (defined below)) ("MNDA")": step back over earlier brackets.
  for (let guard = 0; guard < 3 && text[end - 1] === ')'; guard++) {
    let depth = 0;
    let i = end - 1;
    for (; i >= Math.max(0, end - 400); i--) {
      if (text[i] === ')') depth++;
      else if (text[i] === '(' && --depth === 0) break;
    }
    if (depth !== 0 || i < 0) break;
    end = i;
    while (end > 0 && /\s/.test(text[end - 1]!)) end--;
  }
  const windowStart = Math.max(0, end - 240);
  const words = [...text.slice(windowStart, end).matchAll(/\S+/g)].map((m) => ({
    word: m[0],
    start: windowStart + m.index,
    end: windowStart + m.index + m[0].length,
  }));
  const taken: typeof words = [];
  let commaSeen = false;
  for (let i = words.length - 1; i >= 0 && taken.length < 14; i--) {
    const { word } = words[i]!;
    const bare = word.replace(/^[("“'‘[]+|[)"”'’\],;:]+$/g, '');
    const isName = /^[\p{Lu}\p{N}_[]/u.test(word.replace(/^[("“'‘]+/, '')) || /^_+|\]$/.test(word);
    if (/[;:.]$/.test(word) && !/^(?:\p{L}\.)+$|^(?:Inc|Ltd|Co|Corp|Jr|St)\.$/u.test(word) && taken.length > 0) break;
    // Another bracket or quotation ends the name: '(“Addendum”), GitHub, Inc.'.
    if (taken.length > 0 && (/[)"”'’]$/.test(word.replace(/[,;:]+$/, '')) || /^[("“]/.test(word))) break;
    if (word.endsWith(',')) {
      // "City of Kansas City, Missouri", "GitHub, Inc." keep one comma; other commas end the name.
      if (commaSeen || taken.length === 0 || taken.length > 2 || !SUFFIX_AFTER_COMMA.test(taken[taken.length - 1]!.word.replace(/[,]$/, ''))) break;
      commaSeen = true;
    }
    if (isName) {
      taken.push(words[i]!);
      continue;
    }
    const lower = bare.toLowerCase();
    if (lower === 'and' && taken.length > 0) {
      // "Health and Human Services" continues a name; "between Customer and Pydantic Services Inc." does not.
      const previous = words[i - 1]?.word ?? '';
      const listed = /^(?:between|by|with)$/i.test(words[i - 2]?.word ?? '') || (taken.length >= 3 && taken.some((t) => /^(?:Inc|Ltd|LLC|LLP|plc|Limited|GmbH|Corp)\.?,?$/.test(t.word)));
      if (/^[\p{Lu}]/u.test(previous) && !/[),;]$/.test(previous) && !listed) {
        taken.push(words[i]!);
        continue;
      }
      break;
    }
    if (CONNECTORS.has(lower) && taken.length > 0 && !STOPPERS.has(lower)) {
      taken.push(words[i]!);
      continue;
    }
    break;
  }
  taken.reverse();
  while (taken.length > 0 && CONNECTORS.has(taken[0]!.word.toLowerCase().replace(/^\(/, ''))) taken.shift();
  if (taken.length === 0) {
    // No proper name: fall back to the words since the last comma or bracket (at most eight).
    const fallback: typeof words = [];
    for (let i = words.length - 1; i >= 0 && fallback.length < 8; i--) {
      if (/[,;:()]$/.test(words[i]!.word) && fallback.length > 0) break;
      fallback.unshift(words[i]!);
      if (/^[,;:(]/.test(words[i]!.word)) break;
    }
    // Keep the last noun phrase: "allows each party" → "each party".
    const determiner = fallback.map((w) => w.word.toLowerCase()).lastIndexOf('each');
    const article = Math.max(determiner, ...['the', 'a', 'an', 'any', 'all'].map((d) => fallback.map((w) => w.word.toLowerCase()).lastIndexOf(d)));
    if (article > 0 && fallback.length - article >= 2) fallback.splice(0, article);
    while (fallback.length > 1 && /^(?:the|this|a|an)$/i.test(fallback[0]!.word)) fallback.shift();
    taken.push(...fallback);
  }
  if (taken.length === 0) return { text: '', start: end, end };
  while (taken.length > 1 && /^(?:the|this|these)$/i.test(taken[0]!.word)) taken.shift();
  const start = taken[0]!.start;
  const stop = taken[taken.length - 1]!.end;
  return { text: text.slice(start, stop).replace(/[,;:]$/, ''), start, end: stop };
}

/** "FERPA" abbreviates "Family Educational Rights and Privacy Act": its letters follow the initials. */
function abbreviates(acronym: string, name: string): boolean {
  const initials = name
    .replace(/^(?:the|this)\s+/i, '')
    .split(/[\s/-]+/)
    .filter((word) => /^[\p{Lu}]/u.test(word))
    .map((word) => word[0]!)
    .join('');
  const letters = acronym.replace(/s$/, '').replace(/[^\p{Lu}]/gu, '');
  if (!letters || initials[0] !== letters[0]) return false;
  let at = 0;
  for (const letter of letters) {
    at = initials.indexOf(letter, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

function sameRow(cell: TextBlock, next: TextBlock): boolean {
  return cell.node.position.start.line === next.node.position.start.line && cell.section === next.section;
}

function singulars(key: string): string[] {
  const forms: string[] = [];
  if (key.endsWith('ies')) forms.push(`${key.slice(0, -3)}y`);
  if (key.endsWith('es')) forms.push(key.slice(0, -2));
  if (key.endsWith('s')) forms.push(key.slice(0, -1));
  return forms;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
