import type { ContractNode, SectionNode } from './types.js';

type Visitor = (node: ContractNode, ancestors: readonly ContractNode[]) => void;

/** Depth-first, document-order walk with the ancestor chain (outermost first). */
export function walk(root: ContractNode, visitor: Visitor): void {
  const ancestors: ContractNode[] = [];
  const visit = (node: ContractNode): void => {
    visitor(node, ancestors);
    if ('children' in node) {
      ancestors.push(node);
      for (const child of node.children as ContractNode[]) visit(child);
      ancestors.pop();
    }
  };
  visit(root);
}

/** Plain text of a node: its text descendants joined, blocks separated by a newline. */
export function toPlainText(node: ContractNode): string {
  if (node.type === 'text') return node.value;
  const children = node.children as ContractNode[];
  const inline = children.every((child) => child.type === 'text');
  return children.map(toPlainText).join(inline ? '' : '\n');
}

/**
 * The child of `node` whose span contains `offset`, if any. Siblings are in document order and
 * do not overlap (src/tree/invariants.ts), so this is a binary search: the last child starting at
 * or before the offset is the only one that can contain it.
 */
export function childAt(node: ContractNode, offset: number): ContractNode | undefined {
  if (!('children' in node)) return undefined;
  const children = node.children as ContractNode[];
  let low = 0;
  let high = children.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (children[mid]!.position.start.offset <= offset) {
      found = mid;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  const child = found >= 0 ? children[found]! : undefined;
  return child && offset < child.position.end.offset ? child : undefined;
}

/** Sections containing an offset, outermost first. */
export function sectionsAt(root: ContractNode, offset: number): SectionNode[] {
  const chain: SectionNode[] = [];
  let node = childAt(root, offset);
  while (node) {
    if (node.type === 'section') chain.push(node);
    node = childAt(node, offset);
  }
  return chain;
}

/** The deepest node containing an offset. */
export function deepestNodeAt(root: ContractNode, offset: number): ContractNode {
  let node: ContractNode = root;
  for (let next = childAt(node, offset); next; next = childAt(node, offset)) node = next;
  return node;
}
