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

/** Sections containing an offset, outermost first. */
export function sectionsAt(root: ContractNode, offset: number): SectionNode[] {
  const chain: SectionNode[] = [];
  let node: ContractNode | undefined = root;
  while (node && 'children' in node) {
    const next: ContractNode | undefined = (node.children as ContractNode[]).find(
      (child) => child.position.start.offset <= offset && offset < child.position.end.offset,
    );
    if (next?.type === 'section') chain.push(next);
    node = next;
  }
  return chain;
}

/** The deepest node containing an offset. */
export function deepestNodeAt(root: ContractNode, offset: number): ContractNode {
  let node: ContractNode = root;
  for (;;) {
    if (!('children' in node)) return node;
    const next = (node.children as ContractNode[]).find(
      (child) => child.position.start.offset <= offset && offset < child.position.end.offset,
    );
    if (!next) return node;
    node = next;
  }
}
