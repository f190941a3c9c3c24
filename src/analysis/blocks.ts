import type { ContractNode, DocumentNode, SectionNode, TextNode } from '../tree/types.js';
import type { TextBlock } from './types.js';

/**
 * Collects the reader-visible text runs of a tree (paragraphs, headings, table cells) in
 * document order, each with a map from its plain text back to document offsets.
 */
export function buildBlocks(tree: DocumentNode): TextBlock[] {
  const blocks: TextBlock[] = [];
  const sections: SectionNode[] = [];
  // Blocks under the same sections share one copy of the stack, made when first needed.
  let sectionsCopy: SectionNode[] | undefined;
  let tableDepth = 0;
  let listDepth = 0;

  const visit = (node: ContractNode): void => {
    switch (node.type) {
      case 'paragraph':
      case 'heading':
        blocks.push(makeBlock(blocks.length, node, node.children, (sectionsCopy ??= [...sections]), tableDepth > 0, listDepth > 0));
        return;
      case 'tableCell': {
        const texts = node.children.filter((child): child is TextNode => child.type === 'text');
        if (texts.length > 0) blocks.push(makeBlock(blocks.length, node, texts, (sectionsCopy ??= [...sections]), true, listDepth > 0));
        break;
      }
      case 'text':
        return;
      default:
        break;
    }
    if (node.type === 'section') {
      sections.push(node);
      sectionsCopy = undefined;
    }
    if (node.type === 'table') tableDepth++;
    if (node.type === 'list') listDepth++;
    for (const child of node.children as ContractNode[]) visit(child);
    if (node.type === 'section') {
      sections.pop();
      sectionsCopy = undefined;
    }
    if (node.type === 'table') tableDepth--;
    if (node.type === 'list') listDepth--;
  };
  visit(tree);
  return blocks;
}

function makeBlock(
  index: number,
  node: TextBlock['node'],
  texts: readonly TextNode[],
  sections: SectionNode[],
  inTable: boolean,
  inList: boolean,
): TextBlock {
  // The common case is one text run: its value as is, mapped without segment tables.
  const only = texts.length === 1 ? texts[0]! : undefined;
  return {
    index,
    node,
    text: only ? only.value : joinedValues(texts),
    toOffset: only ? runOffsets(only) : segmentOffsets(node, texts),
    section: sections[sections.length - 1],
    sections,
    isHeading: node.type === 'heading',
    inTable,
    inList,
  };
}

function joinedValues(texts: readonly TextNode[]): string {
  let text = '';
  for (const child of texts) text += child.value;
  return text;
}

/** Offsets of one text run: linear from its start, clamped to its span. */
function runOffsets(run: TextNode): (index: number) => number {
  const docStart = run.position.start.offset;
  const docEnd = run.position.end.offset;
  return (index) => Math.min(docStart + index, docEnd);
}

/** Offsets of several text runs, by binary search of the run holding an index. */
function segmentOffsets(node: TextBlock['node'], texts: readonly TextNode[]): (index: number) => number {
  // Segment i covers text[segStart[i], segStart[i] + length) and maps to document offsets
  // starting at docStart[i]; a value whose length differs from its source span (an escape,
  // an entity) maps linearly and is clamped to its span.
  const segStart: number[] = [];
  const docStart: number[] = [];
  const docEnd: number[] = [];
  let length = 0;
  for (const child of texts) {
    segStart.push(length);
    docStart.push(child.position.start.offset);
    docEnd.push(child.position.end.offset);
    length += child.value.length;
  }
  const fallback = node.position.start.offset;
  return (index: number): number => {
    if (segStart.length === 0) return fallback;
    let low = 0;
    let high = segStart.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (segStart[mid]! <= index) low = mid;
      else high = mid - 1;
    }
    return Math.min(docStart[low]! + (index - segStart[low]!), docEnd[low]!);
  };
}
