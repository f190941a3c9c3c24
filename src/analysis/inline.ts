import type { TextNode } from '../tree/types.js';
import type { TextBlock } from './types.js';

/**
 * Helpers shared by the analyses that read inline formatting and quoted terms in block text.
 */

/** Index ranges [start, end) of bold runs in `block.text` (the parsers keep `data.strong`). */
export function strongRanges(block: TextBlock): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let index = 0;
  // Same children, same order as buildBlocks: a table cell contributes only its text children.
  for (const child of block.node.children) {
    if (child.type !== 'text') continue;
    const text = child as TextNode;
    if (text.data?.strong) {
      const last = ranges[ranges.length - 1];
      if (last && last[1] === index) last[1] = index + text.value.length;
      else ranges.push([index, index + text.value.length]);
    }
    index += text.value.length;
  }
  return ranges;
}

const PAIRS: Record<string, string> = { '"': '"', '“': '”', '”': '”', "'": "'", '‘': '’', '’': '’' };

const OPENING_QUOTE = /(?<![\p{L}\p{N}])["“”'‘’](?=[\p{L}\p{N}])/gu;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Quoted spans of `text` as [start, end) of the content (quotes excluded), up to 80 chars. */
export function quotedRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  // An exec loop over a shared regex, not matchAll: matchAll would clone it for every block.
  OPENING_QUOTE.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = OPENING_QUOTE.exec(text)) !== null) {
    const start = match.index + 1;
    const closer = PAIRS[match[0]]!;
    // The content ends at the first matching closer that is not followed by a letter
    // (so the apostrophe in "Supplier's" does not close a single-quoted term).
    let end = -1;
    for (let i = start; i < Math.min(text.length, start + 81); i++) {
      const ch = text[i]!;
      if (ch === '\n') break;
      if ((ch === closer || (closer === '"' && ch === '”') || (closer === '”' && ch === '"')) && !LETTER_OR_DIGIT.test(text[i + 1] ?? '')) {
        end = i;
        break;
      }
    }
    if (end > start) ranges.push([start, end]);
  }
  return ranges;
}

/** Maps [from, to) in a block's text to document offsets. */
export function blockSpan(block: TextBlock, from: number, to: number): [number, number] {
  return [block.toOffset(from), to > from ? block.toOffset(to - 1) + 1 : block.toOffset(from)];
}

// Blocks under the same sections share their `sections` array: judge each array once.
const definitionsSections = new WeakMap<TextBlock['sections'], boolean>();

/** True when the block sits in a definitions section (by kind or by heading). */
export function inDefinitionsSection(block: TextBlock): boolean {
  let inside = definitionsSections.get(block.sections);
  if (inside === undefined) {
    inside = block.sections.some(isDefinitionsSection);
    definitionsSections.set(block.sections, inside);
  }
  return inside;
}

const DEFINITIONS_HEADING = /\b(?:definitions?|interpretation|defined\s+terms)\b/i;

export function isDefinitionsSection(section: TextBlock['sections'][number]): boolean {
  return section.kind === 'definitions' || DEFINITIONS_HEADING.test(section.heading ?? '');
}
