/**
 * The ContractTree invariants every parser must keep. `checkTree` returns the violations found
 * (empty when the tree is sound); tests run it on every parse.
 */
import { LineIndex } from './line-index.js';
import type { ContractNode, DocumentNode, NodeType, Point } from './types.js';

/** Which children each node type may hold. `heading` is also limited to a section's first child. */
const ALLOWED_CHILDREN: Record<NodeType, ReadonlySet<NodeType>> = {
  document: new Set(['section', 'paragraph', 'list', 'table']),
  section: new Set(['heading', 'section', 'paragraph', 'list', 'table']),
  heading: new Set(['text']),
  paragraph: new Set(['text']),
  list: new Set(['listItem']),
  listItem: new Set(['section', 'paragraph', 'list', 'table']),
  table: new Set(['tableRow']),
  tableRow: new Set(['tableCell']),
  tableCell: new Set(['paragraph', 'text']),
  text: new Set(),
};

/** Parents that must not be empty (an empty table cell, list item or document is legitimate). */
const NON_EMPTY: ReadonlySet<NodeType> = new Set(['section', 'heading', 'paragraph', 'list', 'table', 'tableRow']);

const SECTION_KINDS = new Set([
  'clause', 'article', 'part', 'schedule', 'annex', 'appendix', 'exhibit', 'recitals', 'definitions', 'signatures', 'other',
]);

const MAX_VIOLATIONS = 200;

export function checkTree(tree: DocumentNode): string[] {
  const violations: string[] = [];
  const report = (where: string, problem: string): void => {
    if (violations.length < MAX_VIOLATIONS) violations.push(`${where}: ${problem}`);
  };

  if (tree?.type !== 'document') return ['root: not a document node'];
  const text = tree.data?.text;
  if (typeof text !== 'string') return ['document: data.text is not a string'];
  if (!['markdown', 'text', 'docx', 'pdf'].includes(tree.data.format)) report('document', `unknown format "${tree.data.format}"`);
  const lines = new LineIndex(text);

  const checkPoint = (where: string, which: string, point: Point | undefined): boolean => {
    if (!point || !Number.isInteger(point.offset) || !Number.isInteger(point.line) || !Number.isInteger(point.column)) {
      report(where, `${which} point missing or not integral`);
      return false;
    }
    if (point.offset < 0 || point.offset > text.length) {
      report(where, `${which} offset ${point.offset} outside the text (length ${text.length})`);
      return false;
    }
    const expected = lines.pointAt(point.offset);
    if (expected.line !== point.line || expected.column !== point.column) {
      report(
        where,
        `${which} ${point.line}:${point.column} disagrees with offset ${point.offset} (${expected.line}:${expected.column})`,
      );
    }
    return true;
  };

  const pos = tree.position;
  if (pos?.start.offset !== 0 || pos?.end.offset !== text.length) {
    report('document', `does not span the text (${pos?.start.offset}-${pos?.end.offset}, length ${text.length})`);
  }

  const visit = (node: ContractNode, where: string, sectionDepth: number): void => {
    const position = node.position;
    if (!position) {
      report(where, 'no position');
      return;
    }
    const okStart = checkPoint(where, 'start', position.start);
    const okEnd = checkPoint(where, 'end', position.end);
    if (okStart && okEnd && position.start.offset > position.end.offset) report(where, 'start after end');

    let depth = sectionDepth;
    switch (node.type) {
      case 'text':
        if (typeof node.value !== 'string' || node.value.length === 0) report(where, 'empty text node');
        if ('children' in node) report(where, 'text node has children');
        return;
      case 'section':
        if (!Number.isInteger(node.depth) || node.depth < 1) report(where, `section depth ${node.depth} is not ≥ 1`);
        else if (node.depth <= sectionDepth) {
          report(where, `section depth ${node.depth} does not increase on its parent section's ${sectionDepth}`);
        }
        if (!SECTION_KINDS.has(node.kind)) report(where, `unknown section kind "${node.kind}"`);
        depth = node.depth;
        break;
      case 'list':
        if (typeof node.ordered !== 'boolean') report(where, 'list.ordered is not a boolean');
        break;
      default:
        break;
    }

    const children = (node as { children?: ContractNode[] }).children;
    if (!Array.isArray(children)) {
      report(where, 'no children array');
      return;
    }
    if (children.length === 0 && NON_EMPTY.has(node.type)) report(where, 'no children');
    const allowed = ALLOWED_CHILDREN[node.type];
    let previousEnd = position.start.offset;
    children.forEach((child, i) => {
      const childWhere = `${where} > ${child?.type}[${i}]`;
      if (!child || !allowed?.has(child.type)) {
        report(childWhere, `a ${child?.type} may not be a child of a ${node.type}`);
        return;
      }
      if (child.type === 'heading' && (node.type !== 'section' || i !== 0)) {
        report(childWhere, 'a heading must be its section’s first child');
      }
      const cs = child.position?.start.offset;
      const ce = child.position?.end.offset;
      if (cs !== undefined && ce !== undefined) {
        if (cs < position.start.offset || ce > position.end.offset) {
          report(childWhere, `span ${cs}-${ce} outside its parent's ${position.start.offset}-${position.end.offset}`);
        }
        if (cs < previousEnd) report(childWhere, `starts at ${cs}, before the previous sibling ends (${previousEnd})`);
        previousEnd = Math.max(previousEnd, ce);
      }
      visit(child, childWhere, depth);
    });
  };

  visit(tree, 'document', 0);
  return violations;
}
