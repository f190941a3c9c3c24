/**
 * Party-aware wording for findings: name the party a clause binds or frees, in the document's
 * own words ("the Supplier", "Provider", "each Recipient"), for messages such as "{party} only
 * has to notify requests". Used by the government-access and retention-deletion rules.
 */
import type { Party } from '../../src/analysis/index.js';
import type { Clause, Tools } from './safeguard.js';

/** "the Supplier" for a party with a short name, else its full name. */
export function displayPartyName(party: Party): string {
  const name = party.shortName || party.name;
  return /^the\s/i.test(name) || !party.shortName ? name : `the ${name}`;
}

/** A subject as written that reads as a noun phrase: "Each Recipient", "the Receiving Party". */
const SUBJECT_PHRASE =
  /^(?:(?:the|each|either|any|every)\s+)?(?:[\p{Lu}][\p{L}\p{N}'’&-]*)(?:\s+[\p{Lu}][\p{L}\p{N}'’&-]*){0,3}$/u;

/**
 * The party the clause's main modal binds: a known party by name, else the subject as written
 * ("each Recipient"), else `fallback` (usually the private party's name).
 */
export function partyLabel(clause: Clause, tools: Tools, fallback = tools.names.privateName): string {
  const subject = clause.modality.subject?.trim();
  if (!subject) return fallback;
  const party = tools.partyOf(subject);
  if (party) return displayPartyName(party);
  if (subject.length <= 40 && SUBJECT_PHRASE.test(subject) && !/^(?:It|They|This|That|Such|Nothing|No|Neither)$/i.test(subject)) {
    return subject.replace(/^(The|Each|Either|Any|Every)\b/, (word) => word.toLowerCase());
  }
  return fallback;
}
