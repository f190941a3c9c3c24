/**
 * What a document says about its place in a larger contract: is it itself a schedule, annex,
 * amendment or addendum to another agreement, and does it take its defined terms from another
 * document ("Capitalised terms not defined here have the meaning given in the Agreement",
 * "Interpret this Contract using Joint Schedule 1 (Definitions)")?
 *
 * The consistency rules (undefined-term, broken-cross-reference) read these facts to stay quiet
 * where the answer is in a document they cannot see. Each test is a fixed set of precompiled
 * regexes over the first blocks or over each sentence once.
 */
import type { Sentence, TextBlock } from '../../src/analysis/index.js';
import type { DocumentNode } from '../../src/tree/types.js';

/** A title naming the document as a part of, or a change to, another one. */
const ATTACHMENT_TITLE =
  /^[\s*_#]*(?:(?:[\p{Lu}][\p{L}-]*\s+){0,2}(?:schedule|annex|appendix|exhibit|attachment)\s+(?:[\dIVXLC]+|[A-Z])\b|(?:[\p{L}]+\s+){0,3}(?:amendment|addendum|variation|supplement)\s+(?:(?:no\.?|number)\s*(?:\d+|[\p{L}]+)\s+)?to\b)/iu;

/** A sentence saying the document is part of, or amends, another agreement. */
const PART_OF =
  /\bthis\s+(?:schedule|annex|appendix|exhibit|attachment)\s+(?:forms?|is|shall\s+form)\s+(?:an?\s+(?:integral\s+)?)?part\s+of\b|\b(?:this|the)\s+(?:amendment|addendum|variation)\s+(?:amends|modifies|supplements|is\s+made\s+to)\b/i;

/** Blocks read from the top for a title. */
const TITLE_BLOCKS = 8;

export interface AttachmentFact {
  /** The title or sentence that says so. */
  evidence: string;
}

/** The document is a schedule, annex, appendix, exhibit, amendment or addendum of another agreement. */
export function attachmentOf(document: DocumentNode, blocks: readonly TextBlock[]): AttachmentFact | undefined {
  const title = document.data.title;
  if (title && ATTACHMENT_TITLE.test(title)) return { evidence: title };
  let seen = 0;
  for (const block of blocks) {
    const text = block.text.trim();
    if (!text) continue;
    const firstLine = text.split('\n', 1)[0]!.slice(0, 200);
    if (ATTACHMENT_TITLE.test(firstLine)) return { evidence: firstLine };
    if (PART_OF.test(text)) return { evidence: PART_OF.exec(text)![0] };
    if (++seen >= TITLE_BLOCKS) break;
  }
  return undefined;
}

/**
 * A clause that takes every undefined capitalised term from another document.
 * "Capitalized terms used but not defined in this DPA have the meanings given in the Agreement",
 * "Interpret this Contract using Joint Schedule 1 (Definitions)", "the following definitions
 * shall supplement Joint Schedule 1 (Definitions)", "Variables have the meanings given on a Cover Page".
 */
const GLOBAL_INCORPORATION = new RegExp(
  [
    String.raw`\bcapitali[sz]ed\s+(?:terms|words|expressions)\b[^.]{0,200}?\b(?:meanings?|defined|definitions?)\b`,
    String.raw`\b(?:terms|words|expressions)\s+(?:which\s+are\s+|that\s+are\s+)?(?:used\s+)?(?:(?:but|and)\s+)?(?:are\s+)?not\s+(?:otherwise\s+)?defined\b[^.]{0,200}?\b(?:meanings?|defined)\b`,
    String.raw`\binterpret(?:ed)?\s+(?:this|the)\s+(?:contract|agreement|schedule|annex|addendum)\s+(?:using|in\s+accordance\s+with)\b`,
    String.raw`\bsupplement\b[^.;]{0,80}\(\s*definitions\s*\)`,
    String.raw`\bdefined\s+terms?\b[^.]{0,120}?\b(?:meanings?\s+(?:given|set\s+(?:out|forth)|ascribed|assigned|attributed|provided)|as\s+defined)\b`,
    String.raw`\bvariables\s+(?:have|shall\s+have|will\s+have)\s+the\s+meanings?\b`,
    String.raw`\bunless\s+(?:otherwise\s+)?defined\s+(?:herein|in\s+this)\b[^.]{0,160}?\bmeanings?\b`,
  ].join('|'),
  'iu',
);

// Every alternative above contains one of these words (same flags, so the same case folding):
// a cheap test that rules out most sentences before the full pattern runs.
const GLOBAL_INCORPORATION_WORD = /capitali|defined|interpret|supplement|variables/iu;

/** The sentence that takes undefined terms from another document, if any. */
export function globalIncorporation(sentences: readonly Sentence[]): Sentence | undefined {
  return sentences.find(
    (sentence) => GLOBAL_INCORPORATION_WORD.test(sentence.text) && GLOBAL_INCORPORATION.test(sentence.text),
  );
}

/** A sentence that defines its quoted terms by reference to another text. */
export const BY_REFERENCE =
  /\b(?:meanings?|definitions?)\s+(?:given|set\s+(?:out|forth)|ascribed|assigned|attributed|provided|contained|stated|specified)\b|\bmeanings?\s+(?:in|under|of)\b|\b(?:as|is|are|term\s+is)\s+defined\s+(?:in|by|under|at)\b|\bwithin\s+the\s+meaning\s+of\b|\bas\s+(?:such\s+terms?\s+(?:is|are)\s+)?(?:used|understood)\s+in\b/i;

/** "Customer Data (as defined in the Agreement)", "Personal Data, as defined in the GDPR": the term right before. */
export const INLINE_REFERENCE = /^\s*[,(]?\s*(?:each\s+)?(?:as\s+(?:such\s+terms?\s+(?:is|are)\s+)?defined|within\s+the\s+meaning|as\s+(?:that\s+term\s+is\s+)?used)\b/i;
