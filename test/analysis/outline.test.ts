import { describe, expect, it } from 'vitest';
import { buildOutline } from '../../src/analysis/outline.js';
import { walk } from '../../src/tree/visit.js';
import type { SectionNode } from '../../src/tree/types.js';
import { buildTree, sec } from '../helpers/tree-builder.js';

describe('buildOutline', () => {
  const tree = buildTree([
    'Preamble text before any section.',
    sec(
      { number: '1', heading: 'Definitions', kind: 'definitions' },
      'Terms.',
      sec({ number: '1.1', heading: 'Interpretation' }, 'Headings do not matter.', sec({ number: '1.1(a)', heading: 'Plurals' }, 'Singular includes plural.')),
      'Back in clause 1.',
    ),
    sec({ number: '2', heading: 'Data Protection' }, 'The Supplier shall comply.'),
    sec({ number: '3', heading: 'Data', kind: 'schedule', label: 'Schedule 3' }, 'Names.'),
  ]);
  const outline = buildOutline(tree);
  const text = tree.data.text;
  const numberAt = (needle: string): string | undefined => outline.sectionAt(text.indexOf(needle))?.number;

  it('lists all sections in document order', () => {
    expect(outline.sections.map((section) => section.number)).toEqual(['1', '1.1', '1.1(a)', '2', '3']);
  });

  it('finds the innermost section at an offset', () => {
    expect(outline.sectionAt(0)).toBeUndefined();
    expect(numberAt('Terms.')).toBe('1');
    expect(numberAt('Headings do not matter.')).toBe('1.1');
    expect(numberAt('Singular includes plural.')).toBe('1.1(a)');
    expect(numberAt('Back in clause 1.')).toBe('1');
    expect(numberAt('The Supplier shall comply.')).toBe('2');
    expect(numberAt('Names.')).toBe('3');
    expect(outline.sectionAt(text.length + 10)).toBeUndefined();
  });

  it('agrees with a tree walk at every offset', () => {
    const sections: SectionNode[] = [];
    walk(tree, (node) => {
      if (node.type === 'section') sections.push(node);
    });
    for (let offset = 0; offset < text.length; offset++) {
      const containing = sections.filter((s) => s.position.start.offset <= offset && offset < s.position.end.offset);
      expect(outline.sectionAt(offset)).toBe(containing[containing.length - 1]);
    }
  });

  it('finds sections by heading or label', () => {
    expect(outline.byHeading(/data/i).map((s) => s.number)).toEqual(['2', '3']);
    expect(outline.byHeading(/^schedule 3$/i).map((s) => s.number)).toEqual(['3']);
    const global = /interpretation/gi;
    expect(outline.byHeading(global)).toHaveLength(1);
    expect(outline.byHeading(global)).toHaveLength(1);
  });

  it('handles a document without sections', () => {
    const empty = buildOutline(buildTree(['Just text.']));
    expect(empty.sections).toEqual([]);
    expect(empty.sectionAt(3)).toBeUndefined();
  });
});
