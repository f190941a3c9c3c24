import type { ContractNode, DocumentNode, SectionNode } from '../tree/types.js';
import type { Outline } from './types.js';

/**
 * All sections in document order, with an innermost-section lookup by offset.
 *
 * Sections nest, so their spans cut the document into disjoint pieces, each owned by the
 * innermost section covering it (or by none). `sectionAt` binary-searches those pieces:
 * O(log n) per call, which matters because rules call it for every diagnostic.
 */
export function buildOutline(tree: DocumentNode): Outline {
  const sections: SectionNode[] = [];
  const starts: number[] = [];
  const owners: Array<SectionNode | undefined> = [];

  // Emits piece [start, ...) owned by `owner`; a later piece starting at the same offset wins.
  const piece = (start: number, owner: SectionNode | undefined): void => {
    if (starts.length > 0 && starts[starts.length - 1] === start) owners[owners.length - 1] = owner;
    else {
      starts.push(start);
      owners.push(owner);
    }
  };

  const visit = (node: ContractNode, owner: SectionNode | undefined): void => {
    if (node.type === 'section') {
      sections.push(node);
      piece(node.position.start.offset, node);
      owner = node;
    }
    if (!('children' in node)) return;
    for (const child of node.children as ContractNode[]) {
      // Text, paragraphs and headings hold only inline text: no section below them.
      if (child.type === 'text' || child.type === 'paragraph' || child.type === 'heading') continue;
      visit(child, owner);
      // Back to the enclosing owner after a nested section ends.
      if (child.type === 'section') piece(child.position.end.offset, owner);
    }
  };
  piece(0, undefined);
  visit(tree, undefined);

  return {
    sections,
    sectionAt(offset: number): SectionNode | undefined {
      let low = 0;
      let high = starts.length - 1;
      while (low < high) {
        const mid = (low + high + 1) >> 1;
        if (starts[mid]! <= offset) low = mid;
        else high = mid - 1;
      }
      return starts[low]! <= offset ? owners[low] : undefined;
    },
    byHeading(pattern: RegExp): SectionNode[] {
      return sections.filter((section) => {
        pattern.lastIndex = 0;
        if (section.heading !== undefined && pattern.test(section.heading)) return true;
        pattern.lastIndex = 0;
        return section.label !== undefined && pattern.test(section.label);
      });
    },
  };
}
