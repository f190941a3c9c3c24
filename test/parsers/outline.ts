/**
 * A compact, reviewable form of a ContractTree for golden files and debugging: one object per
 * node with its type, its legal fields, its span as "line:column-line:column" and, for text,
 * its value and emphasis. `data.text` and `data.source` are left out (positions imply them).
 */
import type { ContractNode } from '../../src/tree/types.js';

export interface Outline {
  type: string;
  at: string;
  [key: string]: unknown;
}

export function outline(node: ContractNode): Outline {
  const { start, end } = node.position;
  const out: Outline = { type: node.type, at: `${start.line}:${start.column}-${end.line}:${end.column}` };
  switch (node.type) {
    case 'document':
      out.format = node.data.format;
      if (node.data.title !== undefined) out.title = node.data.title;
      break;
    case 'section':
      for (const key of ['number', 'heading', 'kind', 'depth', 'label'] as const) {
        if (node[key] !== undefined) out[key] = node[key];
      }
      break;
    case 'list':
      out.ordered = node.ordered;
      break;
    case 'listItem':
      if (node.marker !== undefined) out.marker = node.marker;
      break;
    case 'text':
      out.value = node.value;
      if (node.data?.strong) out.strong = true;
      if (node.data?.emphasis) out.emphasis = true;
      return out;
    default:
      break;
  }
  out.children = (node.children as ContractNode[]).map(outline);
  return out;
}

/** One line per section: "  4.2 Data Protection [clause, depth 2] @12:1". */
export function sectionList(node: ContractNode, indent = ''): string[] {
  const lines: string[] = [];
  if (!('children' in node)) return lines;
  for (const child of node.children as ContractNode[]) {
    if (child.type === 'section') {
      const title = [child.number, child.heading].filter(Boolean).join(' ');
      lines.push(`${indent}${title || '(untitled)'} [${child.kind}, depth ${child.depth}] @${child.position.start.line}`);
      lines.push(...sectionList(child, `${indent}  `));
    } else {
      lines.push(...sectionList(child, indent));
    }
  }
  return lines;
}
