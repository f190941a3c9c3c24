import type { Anchor } from '../engine/diagnostic.js';
import type { LineIndex } from './line-index.js';
import type { ContractNode, DocumentNode, SectionNode, SourceLocation } from './types.js';
import { childAt, sectionsAt } from './visit.js';

/** The word a reader cites a section kind by ("Schedule 3", "clause 4.2"). */
export const SECTION_KIND_WORD: Partial<Record<SectionNode['kind'], string>> = {
  clause: 'clause',
  article: 'Article',
  part: 'Part',
  schedule: 'Schedule',
  annex: 'Annex',
  appendix: 'Appendix',
  exhibit: 'Exhibit',
};

/** How a reader cites a section: its own label, else "clause 4.2" / "Schedule 3". */
export function sectionLabel(section: SectionNode): string | undefined {
  if (section.label) return section.label;
  if (!section.number) return undefined;
  return `${SECTION_KIND_WORD[section.kind] ?? 'clause'} ${section.number}`;
}

/** The source location of the deepest node at `offset` that carries one. */
function sourceAt(root: ContractNode, offset: number): SourceLocation | undefined {
  let found: SourceLocation | undefined = root.data?.source as SourceLocation | undefined;
  for (let node = childAt(root, offset); node; node = childAt(node, offset)) {
    const source = node.data?.source as SourceLocation | undefined;
    if (source) found = source;
  }
  return found;
}

/** Where a lawyer finds `offset`: page/paragraph/line plus the clause and heading around it. */
export function anchorAt(tree: DocumentNode, lines: LineIndex, offset: number): Anchor {
  const chain = sectionsAt(tree, offset);
  const numbered = [...chain].reverse().find((section) => sectionLabel(section));
  const titled = [...chain].reverse().find((section) => section.heading);
  const anchor: Anchor = { label: '' };
  const parts: string[] = [];

  const source = sourceAt(tree, offset);
  if (source?.kind === 'docx') {
    anchor.paragraph = source.paragraph;
    parts.push(`¶ ${source.paragraph}`);
  } else if (source?.kind === 'pdf') {
    anchor.page = source.page;
    anchor.line = source.line;
    parts.push(`p. ${source.page}, l. ${source.line}`);
  } else {
    anchor.line = lines.pointAt(offset).line;
    parts.push(`l. ${anchor.line}`);
  }
  if (numbered) {
    anchor.clause = sectionLabel(numbered);
    parts.push(anchor.clause!);
  }
  if (titled?.heading) anchor.heading = titled.heading;
  anchor.label = parts.join(', ');
  return anchor;
}

/** How a reader cites some pages: "p. 7", "pp. 2 and 4–6", "pp. 1, 3 and 9–12" (sorted, distinct). */
export function pagesLabel(pages: readonly number[]): string {
  const ranges: string[] = [];
  for (let i = 0; i < pages.length; i++) {
    let end = i;
    while (end + 1 < pages.length && pages[end + 1] === pages[end]! + 1) end++;
    ranges.push(end > i ? `${pages[i]}–${pages[end]}` : String(pages[i]));
    i = end;
  }
  if (ranges.length === 1 && pages.length === 1) return `p. ${ranges[0]}`;
  return `pp. ${ranges.length > 1 ? `${ranges.slice(0, -1).join(', ')} and ${ranges.at(-1)}` : ranges[0]}`;
}
