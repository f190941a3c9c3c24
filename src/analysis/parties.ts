import type { DocumentNode } from '../tree/types.js';
import { blockSpan } from './inline.js';
import { sentenceSpans } from './sentences.js';
import type { Definition, Definitions, Parties, Party, PartyRole, TextBlock } from './types.js';

/**
 * The contracting parties and which side each is on.
 *
 * Sources, strongest first: the preamble ("made between X (the "Authority") and Y (the
 * "Supplier")", or a title page "between / X / and / Y"), parenthetical definitions in the
 * preamble that name an organisation, role-word definitions ("Authority" means the Department
 * of ...), and signature blocks ("For and on behalf of X", "X / By: ____").
 */
export function buildParties(tree: DocumentNode, blocks: TextBlock[], definitions: Definitions): Parties {
  const found = new PartyList();
  const preamble = blocks.slice(0, PREAMBLE_BLOCKS);

  // The first sentence that makes the agreement "between" parties names them; later ones
  // ("any conflict between the DPA Terms and ...") do not.
  preamble: for (const [index, block] of preamble.entries()) {
    if (block.isHeading) continue;
    // "… is made between:" followed by one block (list item) per party.
    if (LIST_LEAD_IN.test(block.text)) {
      listedParties(preamble.slice(index + 1, index + 1 + MAX_LISTED_PARTIES), found);
      if (found.list.some((party) => party.shortName)) break preamble;
    }
    for (const [from, to] of sentenceSpans(block.text)) {
      // A title line "X BETWEEN A AND B" may come first; the defining sentence names them (the "A").
      if (betweenSentence(block, from, to, found) && found.list.some((party) => party.shortName)) break preamble;
    }
  }
  titlePage(preamble, found);
  if (tree.data.title && found.list.length === 0) titleBetween(tree.data.title, preamble[0], found);

  const preambleSet = new Set(preamble);
  for (const definition of definitions.list) {
    if (definition.style === 'parenthetical' && preambleSet.has(definition.block)) fromParenthetical(definition, found);
  }
  for (const definition of definitions.list) {
    if (definition.style !== 'parenthetical') fromRoleDefinition(definition, found);
  }
  signatures(blocks, found);

  const list: Party[] = found.list.map(({ cue: _cue, ...party }) => ({ ...party, ...classify({ ...party, cue: _cue }) }));
  const publicParties = list.filter((party) => party.role === 'public');
  const privateParties = list.filter((party) => party.role === 'private');
  return {
    list,
    publicParties,
    privateParties,
    find: (name: string) => list.find((party) => sameParty(party, name)),
    publicName: displayName(publicParties, FALLBACK_PUBLIC_NAME),
    privateName: displayName(privateParties, FALLBACK_PRIVATE_NAME),
  };
}

const PREAMBLE_BLOCKS = 30;
// Neutral names for a side the document does not name, so an agreement between two companies
// is not told about an "Authority" it does not have.
const FALLBACK_PUBLIC_NAME = 'the public body';
const FALLBACK_PRIVATE_NAME = 'the company';

type Draft = Omit<Party, 'role' | 'reason'> & { cue?: string };

class PartyList {
  readonly list: Draft[] = [];

  /** Adds a party, or fills in what an existing entry for the same party lacks. */
  add(draft: Draft): void {
    draft = { ...draft, name: draft.name.replace(/\s+/g, ' ').trim(), shortName: draft.shortName.replace(/\s+/g, ' ').trim() };
    const existing = this.list.find(
      (party) =>
        (draft.shortName && sameParty(party, draft.shortName)) ||
        (hasLetters(draft.name) && sameParty(party, draft.name)) ||
        (party.shortName && normalize(party.shortName) === normalize(draft.name)),
    );
    if (!existing) {
      if (hasLetters(draft.name) || draft.shortName) this.list.push(draft);
      return;
    }
    if (!existing.shortName && draft.shortName) existing.shortName = draft.shortName;
    // "GitHub" from the preamble, then "GitHub, Inc." (the "GitHub"): keep the fuller name.
    // "THE ILLINOIS STATE BOARD OF EDUCATION" from a title page, then the same name in running text.
    const shouting = existing.name === existing.name.toUpperCase() && draft.name !== draft.name.toUpperCase() && normalize(existing.name) === normalize(draft.name);
    const fuller =
      shouting ||
      (hasLetters(draft.name) &&
      draft.name.length > existing.name.length &&
      (normalize(existing.name) === normalize(draft.shortName) || isPlaceholder(existing.name)));
    if (fuller || (!hasLetters(existing.name) && hasLetters(draft.name))) {
      existing.name = draft.name;
      existing.start = draft.start;
      existing.end = draft.end;
    }
    if (draft.cue) existing.cue = existing.cue ? `${existing.cue} ${draft.cue}` : draft.cue;
  }
}

// --- the preamble --------------------------------------------------------------------------

const BETWEEN = /\b(?:by\s+and\s+)?between\b\s*:?\s*/i;
// A name ends at its bracket, at a comma before lower-case words, or at a describing clause.
const NAME_END =
  /\s*\(|,\s+(?=[a-z])|\s+(?:having|located|whose|which|who|acting|incorporated|registered|with\s+(?:its|a|an)|being|receiving|doing|organi[sz]ed|existing|operating|on\s+behalf|a\s+(?:company|corporation|body|municipal|public|limited|non-profit|nonprofit|state|political|constitutionally|[\w-]+\s+(?:company|corporation|body)))\b/;
// The second party's description ends where the sentence goes on ("and shall be effective").
const PIECE_END = /,?\s+and\s+(?=(?:shall|is|are|will|has|have|agrees?|each|who|which)\b)|;/;
const NAME_START = /^(?:(?:the|a|an|any|each)\s+)?[\p{Lu}\p{N}[_"“]|^(?:any|each|a|an)\s+[\p{L}]/u;

function betweenSentence(block: TextBlock, from: number, to: number, found: PartyList): boolean {
  const sentence = block.text.slice(from, to);
  const match = BETWEEN.exec(sentence);
  if (!match || NOT_PARTIES_BETWEEN.test(sentence.slice(Math.max(0, match.index - 60), match.index))) return false;
  const restStart = from + match.index + match[0].length;
  const rest = block.text.slice(restStart, Math.min(to, restStart + 600));
  const split = splitAtAnd(rest);
  if (split === undefined) return false;
  const second = rest.slice(split.right);
  const stop = PIECE_END.exec(second);
  addPiece(block, restStart, rest.slice(0, split.left), found);
  addPiece(block, restStart + split.right, stop ? second.slice(0, stop.index) : second, found);
  return true;
}

const LIST_LEAD_IN = /\bbetween\s*:?\s*$/i;
const MAX_LISTED_PARTIES = 4;
const LIST_MARKER = /^\s*(?:\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]|[-*•])\s+/i;

/** Parties listed one per block after a "between:" lead-in, until a block that is not one. */
function listedParties(candidates: TextBlock[], found: PartyList): void {
  for (const block of candidates) {
    const text = block.text.replace(LIST_MARKER, '');
    if (block.isHeading || !/^[\p{Lu}\p{N}"“[]/u.test(text) || /^(?:whereas|recitals?|background)\b/i.test(text)) return;
    const marker = LIST_MARKER.exec(block.text)?.[0].length ?? 0;
    const piece = block.text.slice(marker).replace(/[;,]?\s*(?:and|&)?\s*$/i, '');
    addPiece(block, marker, piece, found);
  }
}

// "between" that relates things, not parties: "any conflict between the DPA Terms and ...".
const NOT_PARTIES_BETWEEN = /\b(?:conflicts?|inconsistenc(?:y|ies)|discrepanc(?:y|ies)|disputes?|differences?|relationship|distinction|communications?|transfers?|flows?|exchanges?|days?|period|interval|choose|chosen|agreed)\b[^.]*$/i;

/** Where to split "X and Y": the " and " whose right side starts a name, preferring one after a bracket. */
function splitAtAnd(text: string): { left: number; right: number } | undefined {
  const candidates: Array<{ left: number; right: number; score: number }> = [];
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    if (depth > 0) continue;
    const and = /^[\s,;]+and\s+/i.exec(text.slice(i, i + 12));
    if (!and) continue;
    const right = i + and[0].length;
    if (!NAME_START.test(text.slice(right, right + 40))) continue;
    const before = text.slice(0, i).trimEnd();
    const score = (/[)\]_]$/.test(before) ? 2 : 0) + (COMPANY_SUFFIX.test(before.slice(-12)) ? 1 : 0);
    candidates.push({ left: i, right, score });
    i = right - 1;
  }
  if (candidates.length === 0) return undefined;
  return candidates.reduce((best, candidate) => (candidate.score > best.score ? candidate : best));
}

function addPiece(block: TextBlock, pieceStart: number, piece: string, found: PartyList): void {
  const lead = piece.length - piece.trimStart().length;
  const body = piece.trim().replace(/^the\s+/, '');
  const nameStart = pieceStart + lead + (piece.trim().length - body.length);
  const nameEnd = NAME_END.exec(body);
  const name = trimName(nameEnd ? body.slice(0, nameEnd.index) : body);
  const shortName = shortNameIn(piece);
  if (!name && !shortName) return;
  const [start, end] = blockSpan(block, nameStart, nameStart + Math.max(name.length, 1));
  found.add({ name: hasLetters(name) ? name : shortName || name, shortName, start, end });
}

// Not party names: document, date and collective terms.
const NOT_A_PARTY =
  /^(?:agreement|amendment|contract|dpa|terms|clauses|parties|party|effective\s+date|.*\bdate|commencement\s+date|services?|data|personal\s+data|schedule|annex|appendix|deed|addendum|mou|memorandum|consortium|project|programme|program|act|regulations?|policy|statement|affiliates?)$/i;

/** The short name a piece defines: (the "Authority"), ("TEA"), (Vendor), (hereinafter the Supplier). */
function shortNameIn(piece: string): string {
  for (const match of piece.matchAll(/\(([^()]{1,120})\)/g)) {
    const inside = match[1]!;
    const quoted = /["“'‘]([^"”'’]{1,60})["”'’]/.exec(inside)?.[1];
    const plain = /^\s*(?:hereinafter\s+(?:referred\s+to\s+as\s+|called\s+)?)?(?:the\s+)?([\p{Lu}][\p{L}\p{N}'’-]*(?:\s+[\p{Lu}][\p{L}\p{N}'’-]*){0,3})\s*$/u.exec(inside)?.[1];
    const term = (quoted ?? plain)?.replace(/\*/g, '').trim();
    if (term && !NOT_A_PARTY.test(term)) return term;
  }
  return '';
}

/** A title page: "between" / X / "and" / Y as separate blocks or lines. */
function titlePage(preamble: TextBlock[], found: PartyList): void {
  const units: Array<{ block: TextBlock; from: number; text: string }> = [];
  for (const block of preamble) {
    let from = 0;
    for (const line of block.text.split('\n')) {
      if (line.trim()) units.push({ block, from: from + (line.length - line.trimStart().length), text: line.trim() });
      from += line.length + 1;
    }
  }
  const between = units.findIndex((unit) => /^(?:by\s+and\s+)?between:?$/i.test(unit.text));
  if (between < 0) return;
  const and = units.findIndex((unit, i) => i > between + 1 && /^and:?$/i.test(unit.text));
  if (and < 0 || and > between + 4) return;
  for (const [first, last] of [
    [between + 1, and],
    [and + 1, Math.min(units.length, and + 3)],
  ] as const) {
    const parts = units.slice(first, last).filter((unit) => !/^(?:this|the\s+parties|whereas)\b/i.test(unit.text));
    // A second line continues the name only when it is still shouting in capitals ("NEW GENERATION SYSTEM CONSORTIUM").
    const taken = parts.filter((unit, i) => i === 0 || (unit.text === unit.text.toUpperCase() && parts[0]!.text === parts[0]!.text.toUpperCase()));
    const head = taken[0];
    if (!head) continue;
    const text = taken.map((unit) => unit.text).join(' ');
    const name = trimName(text.replace(/^the\s+/i, '').split(NAME_END)[0]!);
    const [start, end] = blockSpan(head.block, head.from, head.from + head.text.length);
    found.add({ name, shortName: shortNameIn(text), start, end });
  }
}

function titleBetween(title: string, first: TextBlock | undefined, found: PartyList): void {
  const match = BETWEEN.exec(title);
  if (!match || !first) return;
  const rest = title.slice(match.index + match[0].length);
  const split = splitAtAnd(rest);
  if (!split) return;
  const offset = first.toOffset(0);
  for (const piece of [rest.slice(0, split.left), rest.slice(split.right)]) {
    const name = piece.trim().replace(/^the\s+/i, '').split(NAME_END)[0]!.trim();
    if (name) found.add({ name, shortName: shortNameIn(piece), start: offset, end: offset });
  }
}

// --- definitions ---------------------------------------------------------------------------

function fromParenthetical(definition: Definition, found: PartyList): void {
  if (NOT_A_PARTY.test(definition.term) || !definition.body) return;
  // Only a proper name can be a party: not "agency/ies or other body/ies", not "Annex I.A".
  const body = definition.body.replace(/^the\s+/i, '');
  if (!/^[\p{Lu}\[_]/u.test(body) || body.split(/\s+/).length > 12 || /^(?:schedule|annex|appendix|exhibit|attachment|clause|section|article|part)\b/i.test(body)) return;
  const organisation = COMPANY_SUFFIX.test(definition.body) || PUBLIC_BODY.test(definition.body);
  if (!organisation && !ROLE_WORD.test(definition.term)) return;
  found.add({ name: definition.body, shortName: definition.term, start: definition.bodyStart, end: definition.bodyEnd });
}

/** "Authority" means the Department of Health ...: a role word defined as a named body. */
function fromRoleDefinition(definition: Definition, found: PartyList): void {
  if (!ROLE_WORD.test(definition.term)) return;
  const body = definition.body.replace(/^the\s+/, '');
  if (!/^[\p{Lu}]/u.test(body) || /^(?:A|An|Any|Each|Such)\s/.test(body)) return;
  const name = body.split(/\s*[(;]|,\s+(?=[a-z])|\s+(?:and\s+its|including|acting|and\s+any)\b/)[0]!.replace(/[\s,.]+$/, '');
  if (name.split(/\s+/).length > 14) return;
  const offset = definition.bodyStart + (definition.body.length - body.length);
  found.add({ name, shortName: definition.term, start: offset, end: offset + name.length, cue: body });
}

// --- signature blocks ------------------------------------------------------------------------

const ON_BEHALF = /\bfor\s+and\s+on\s+behalf\s+of\s*:?\s+(?:the\s+)?([^\n:;,]+?)\s*(?=[\n:;,]|\s+by\b|$)/gi;
const SIGNED_FOR = /^\s*signed\s+(?:by\s+[^\n]+?\s+)?for\s+(?:and\s+on\s+behalf\s+of\s+)?(?:the\s+)?([^\n:;,]+?)\s*(?=[\n:;,]|\s+by\b|$)/i;
const BY_LINE = /^\s*by\s*:/i;
const INLINE_BY = /^[ \t]*([^\n:]{2,80}?)[ \t]+By\s*:\s*_{2,}/gm;

function signatures(blocks: TextBlock[], found: PartyList): void {
  const from = Math.max(0, blocks.length - 80);
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    const inSignatures = block.sections.some((section) => section.kind === 'signatures');
    if (i < from && !inSignatures) continue;
    const add = (index: number, name: string): void => {
      const clean = name.replace(/[_\s:]+$/, '').trim();
      if (!hasLetters(clean) || clean.split(/\s+/).length > 12) return;
      const [start, end] = blockSpan(block, index, index + clean.length);
      found.add({ name: clean, shortName: '', start, end });
    };
    for (const match of block.text.matchAll(ON_BEHALF)) add(match.index + match[0].indexOf(match[1]!), match[1]!);
    const signed = SIGNED_FOR.exec(block.text);
    if (signed) add(signed.index + signed[0].lastIndexOf(signed[1]!), signed[1]!);
    // "Acme Ltd By: ________ Name: ____" on one line (a flattened signature table).
    for (const match of block.text.matchAll(INLINE_BY)) {
      if (isNameLine(match[1]!.trim())) add(match.index + match[0].indexOf(match[1]!.trim()), match[1]!.trim());
    }
    // "Acme Ltd" / "By: ________": the line or block before "By:".
    const lines = block.text.split('\n');
    lines.forEach((line, n) => {
      if (!BY_LINE.test(line)) return;
      if (n > 0) {
        const previous = lines[n - 1]!.trim();
        if (isNameLine(previous)) add(block.text.indexOf(previous), previous);
      } else if (i > 0) {
        const previous = blocks[i - 1]!;
        // The name is the first line of the block before "By:" (an address may follow it).
        const text = previous.text.trim().split('\n')[0]!.trim();
        if (isNameLine(text) && !previous.isHeading) {
          const index = previous.text.indexOf(text);
          const [start, end] = blockSpan(previous, index, index + text.length);
          if (hasLetters(text)) found.add({ name: text.replace(/[_\s:]+$/, ''), shortName: '', start, end });
        }
      }
    });
  }
}

function isNameLine(text: string): boolean {
  return hasLetters(text) && text.length <= 80 && !/[.;]$|^(?:name|title|date|signature|witness|by)\s*:/i.test(text) && !/\b(?:shall|will|may|hereby)\b/i.test(text);
}

// --- classification --------------------------------------------------------------------------

const COMPANY_SUFFIX =
  /(?:\b(?:Ltd|Limited|Inc|Incorporated|LLC|L\.L\.C|LLP|plc|PLC|Plc|GmbH|Corp|Corporation|Company|Pty|S\.A\.S|S\.A|S\.L|SARL|B\.V|N\.V|S\.p\.A|Oy|ApS|A\/S)\b\.?|\b(?:AB|AG|SA|BV|NV|SE|KG)\b)/;
const US_STATES =
  'alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|georgia|hawaii|idaho|illinois|indiana|iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts|michigan|minnesota|mississippi|missouri|montana|nebraska|nevada|new\\s+hampshire|new\\s+jersey|new\\s+mexico|new\\s+york|north\\s+carolina|north\\s+dakota|ohio|oklahoma|oregon|pennsylvania|rhode\\s+island|south\\s+carolina|south\\s+dakota|tennessee|texas|utah|vermont|virginia|washington|west\\s+virginia|wisconsin|wyoming';
const PUBLIC_BODY = new RegExp(
  String.raw`\b(?:authority|ministry|department|agency|council|city|county|municipality|municipal|borough|state\s+of|state\s+board|state\s+agency|state\s+department|state\s+government|government|commission|public\s+body|health\s+service|nhs|public\s+hospital|university\s+of\s+(?:${US_STATES})|state\s+university|public\s+university|school\s+district|board\s+of\s+education|crown|police|federal|secretary\s+of\s+state|commonwealth\s+of)\b`,
  'i',
);
const PRIVATE_ROLE = /\b(?:vendor|supplier|contractor|subcontractor|sub-contractor|service\s+provider|provider|processor|sub-processor|company|consultant)\b/i;
const PUBLIC_ROLE = /\b(?:authority|council|city|county|department|agency|ministry|government|commission|municipality|state|crown)\b/i;
// Role words that make a defined term a party name (both sides, plus neutral roles).
const ROLE_WORD =
  /^(?:(?:contracting\s+|customer\s+|public\s+|data\s+)?(?:authority|supplier|vendor|contractor|provider|service\s+provider|processor|controller|customer|client|council|city|county|department|agency|ministry|company|licensee|licensor|recipient|discloser|data\s+user|covered\s+entity|requester|requestor|custodian|buyer|purchaser|consultant|operator|partner|state|commission|government|district|trust|university|importer|exporter|data\s+importer|data\s+exporter))$/i;

function classify(party: Draft): { role: PartyRole; reason: string } {
  const suffix = COMPANY_SUFFIX.exec(party.name);
  if (suffix) return { role: 'private', reason: `company suffix: ${suffix[0]}` };
  const body = PUBLIC_BODY.exec(party.name);
  if (body) return { role: 'public', reason: `public body keyword: ${body[0].toLowerCase()}` };
  const cueSuffix = party.cue ? COMPANY_SUFFIX.exec(party.cue) : null;
  if (cueSuffix) return { role: 'private', reason: `company suffix in definition: ${cueSuffix[0]}` };
  const cueBody = party.cue ? PUBLIC_BODY.exec(party.cue) : null;
  if (cueBody) return { role: 'public', reason: `public body keyword in definition: ${cueBody[0].toLowerCase()}` };
  for (const text of [party.shortName, party.name]) {
    const privateRole = PRIVATE_ROLE.exec(text);
    if (privateRole) return { role: 'private', reason: `private role word: ${privateRole[0]}` };
    const publicRole = PUBLIC_ROLE.exec(text);
    if (publicRole) return { role: 'public', reason: `public role word: ${publicRole[0]}` };
  }
  return { role: 'unknown', reason: 'no public or private cue' };
}

// --- names -----------------------------------------------------------------------------------

const COMMON_ROLE_NOUN =
  /\b(?:authority|supplier|vendor|contractor|provider|processor|controller|customer|client|council|city|county|department|agency|ministry|company|licensee|licensor|recipient|discloser|user|entity|requester|requestor|custodian|buyer|purchaser|consultant|operator|partner|state|commission|government|district|trust|importer|exporter|board)$/i;

// "Ministry of Digital Affairs" reads "the Ministry of …"; "Acme Ltd" takes no article.
const LEADING_COMMON_NOUN =
  /^(?:ministry|department|city|county|state|council|authority|agency|commission|government|board|office|university|district|municipality|borough|secretary|administrators?)\b/i;

/** "the Authority" for a role-word short name, "TEA" or "GitHub" for a proper one. */
function displayName(parties: Party[], fallback: string): string {
  const named = parties.find((party) => party.shortName);
  if (!named) {
    // A known party without a short name is still better than a generic one.
    const first = parties.find((party) => !isPlaceholder(party.name));
    if (!first) return fallback;
    const name = first.name.replace(/^the\s+/i, '');
    return LEADING_COMMON_NOUN.test(name) ? `the ${name}` : name;
  }
  const shortName = named.shortName.replace(/^the\s+/i, '');
  return COMMON_ROLE_NOUN.test(shortName) ? `the ${shortName}` : shortName;
}

/** Drops trailing punctuation, but not the stop of "Inc." or "Ltd.". */
function trimName(name: string): string {
  const trimmed = name.replace(/[\s,;:]+$/, '');
  return /\b(?:Inc|Ltd|Co|Corp|Jr|L\.L\.C|S\.A|N\.V|B\.V|P\.C)\.$/.test(trimmed) ? trimmed : trimmed.replace(/[.\s]+$/, '');
}

/** "[Vendor Name]", "______", "[full legal name of entity]". */
function isPlaceholder(name: string): boolean {
  return !hasLetters(name) || /^\[[^\]]*\]/.test(name.trim());
}

function normalize(name: string): string {
  return name
    .replace(/^\s*\[([^\]]*)\][\s_]*$/, (_, inner: string) => inner.replace(/\b(?:full|legal|name|of|the)\b/gi, ' '))
    .toLowerCase()
    .replace(/["“”'‘’*]/g, '')
    .replace(/^\s*the\s+/, '')
    .replace(/[\s,.]+/g, ' ')
    .trim();
}

function sameParty(party: Pick<Party, 'name' | 'shortName'>, name: string): boolean {
  const wanted = normalize(name);
  if (!wanted) return false;
  return normalize(party.name) === wanted || (party.shortName !== '' && normalize(party.shortName) === wanted);
}

function hasLetters(text: string): boolean {
  return /\p{L}/u.test(text);
}
