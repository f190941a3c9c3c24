import { describe, expect, it } from 'vitest';
import { looksLikeTitle, matchItemMarker, matchNumber, recognise } from '../../src/parsers/sectioning.js';
import type { SectionNode } from '../../src/tree/types.js';
import { expectSound, findSection, nodesOf, parse, sectionTitles, sliceOf } from './helpers.js';

describe('matchNumber', () => {
  const cases: Array<[string, boolean, { number: string; path: string[]; keyword?: string } | undefined]> = [
    ['1. Definitions', false, { number: '1', path: ['1'] }],
    ['1.1 The Supplier', false, { number: '1.1', path: ['1', '1'] }],
    ['4.2(a) The Supplier', false, { number: '4.2(a)', path: ['4', '2', 'a'] }],
    ['4.0 Data Security', false, { number: '4.0', path: ['4'] }],
    ['Clause 4 Security', false, { number: '4', path: ['4'], keyword: 'clause' }],
    ['Article 5 – Term', false, { number: '5', path: ['5'], keyword: 'article' }],
    ['Section 3. Notices', false, { number: '3', path: ['3'], keyword: 'section' }],
    ['Schedule 2', false, { number: '2', path: ['2'], keyword: 'schedule' }],
    ['Annex A', false, { number: 'A', path: ['A'], keyword: 'annex' }],
    ['Annex I.A', false, { number: 'I.A', path: ['I', 'A'], keyword: 'annex' }],
    ['Appendix 1', false, { number: '1', path: ['1'], keyword: 'appendix' }],
    ['Exhibit B', false, { number: 'B', path: ['B'], keyword: 'exhibit' }],
    ['Part 3', false, { number: '3', path: ['3'], keyword: 'part' }],
    ['ARTICLE IV', false, { number: 'IV', path: ['IV'], keyword: 'article' }],
    ['IV. Purpose', true, { number: 'IV', path: ['IV'] }],
    ['4 Data Protection', true, { number: '4', path: ['4'] }],
    // Not numbers in running text:
    ['4 Data Protection', false, undefined],
    ['IV. Purpose', false, undefined],
    ['2016/679 applies', false, undefined],
    ['1.5% of the fee', false, undefined],
    ['2021 was a year', true, undefined],
    ['clause 4 applies', false, undefined],
    ['Parties agree', false, undefined],
    ['Section 1902(a)(7) of the Act', false, undefined],
  ];
  for (const [input, headingLike, expected] of cases) {
    it(`${JSON.stringify(input)}${headingLike ? ' (title line)' : ''}`, () => {
      const m = matchNumber(input, 0, headingLike);
      if (!expected) expect(m).toBeUndefined();
      else expect(m).toMatchObject(expected);
    });
  }
});

describe('item markers and titles', () => {
  it('recognises lettered and roman markers', () => {
    expect(matchItemMarker('(a) text', 0)?.marker).toBe('(a)');
    expect(matchItemMarker('(iv) text', 0)?.marker).toBe('(iv)');
    expect(matchItemMarker('a. text', 0)?.marker).toBe('a.');
    expect(matchItemMarker('B) text', 0)?.marker).toBe('B)');
    expect(matchItemMarker('iv. text', 0)?.marker).toBe('iv.');
    expect(matchItemMarker('The a. text', 0)).toBeUndefined();
  });

  it('tells a title from a sentence', () => {
    expect(looksLikeTitle('Obligations of Covered Entity')).toBe(true);
    expect(looksLikeTitle('Definitions')).toBe(true);
    expect(looksLikeTitle('The Receiving Party shall')).toBe(false);
    expect(looksLikeTitle('Pursuant to the provisions of the Agreement')).toBe(false);
  });

  it('reads a bold run-in title', () => {
    const visible = '4.2 Data Protection. The Supplier shall comply.';
    const lead = recognise(visible, [
      { start: 0, end: 20, strong: true },
      { start: 20, end: visible.length, strong: false },
    ]);
    expect(lead).toMatchObject({ type: 'section', start: { number: '4.2', heading: 'Data Protection' }, titleEnd: 20 });
  });
});

describe('sections in Markdown', () => {
  const numbered = (line: string) => {
    const tree = parse('x.md', `${line}\n`);
    expectSound(tree);
    return nodesOf(tree, 'section')[0] as SectionNode | undefined;
  };

  const patterns: Array<[string, Partial<SectionNode>]> = [
    ['1. Definitions. In this Agreement words have meanings.', { number: '1', heading: 'Definitions', kind: 'definitions', label: 'clause 1' }],
    ['1.1 The Supplier shall act.', { number: '1.1', kind: 'clause', label: 'clause 1.1' }],
    ['4.2(a) The Supplier shall act.', { number: '4.2(a)', kind: 'clause', label: 'clause 4.2(a)' }],
    ['Clause 4 – Security', { number: '4', heading: 'Security', kind: 'clause', label: 'clause 4' }],
    ['Article 5 Term', { number: '5', heading: 'Term', kind: 'article', label: 'Article 5' }],
    ['Section 3 Notices', { number: '3', heading: 'Notices', kind: 'clause', label: 'Section 3' }],
    ['Schedule 2', { number: '2', kind: 'schedule', label: 'Schedule 2' }],
    ['Annex A – Technical Measures', { number: 'A', heading: 'Technical Measures', kind: 'annex', label: 'Annex A' }],
    ['Appendix 1', { number: '1', kind: 'appendix', label: 'Appendix 1' }],
    ['Exhibit B', { number: 'B', kind: 'exhibit', label: 'Exhibit B' }],
    ['Part 3', { number: '3', kind: 'part', label: 'Part 3' }],
    ['# ARTICLE IV', { number: 'IV', kind: 'article', label: 'Article IV' }],
    ['**4.2 Data Protection.** The Supplier shall comply.', { number: '4.2', heading: 'Data Protection', kind: 'clause' }],
    ['## Definitions and Interpretation', { heading: 'Definitions and Interpretation', kind: 'definitions' }],
    ['## Recitals', { heading: 'Recitals', kind: 'recitals' }],
    ['## Background', { heading: 'Background', kind: 'recitals' }],
    ['WHEREAS the Authority holds data.', { kind: 'recitals' }],
    ['IN WITNESS WHEREOF the parties have signed.', { kind: 'signatures' }],
    ['Signed by the Authority', { kind: 'signatures' }],
    ['## Signatures', { kind: 'signatures' }],
    ['#### I. PURPOSE', { number: 'I', heading: 'PURPOSE', kind: 'clause' }],
  ];
  for (const [line, expected] of patterns) {
    it(JSON.stringify(line), () => {
      expect(numbered(line)).toMatchObject({ depth: 1, ...expected });
    });
  }

  it('does not take prose for a clause', () => {
    for (const line of ['Schedule 2 sets out the data.', '2.5 times the fee is payable.', '2016 was a good year.', 'Clause 4 applies to the data.', '**2 years** notice is required.']) {
      expect(numbered(line), line).toBeUndefined();
    }
  });

  it('nests 4.2 in 4 and 4.2(a) in 4.2, and a Schedule at the top level', () => {
    const tree = parse(
      'x.md',
      ['## 4. Data', '', '4.1 First.', '', '4.2 Second.', '', '4.2(a) Third.', '', '4.3 Fourth.', '', '5. Next Clause', '', 'Schedule 1', '', '1. The data.'].join('\n'),
    );
    expectSound(tree);
    const depth = (n: string) => findSection(tree, n)?.depth;
    expect([depth('4'), depth('4.1'), depth('4.2'), depth('4.2(a)'), depth('4.3'), depth('5')]).toEqual([1, 2, 2, 3, 2, 1]);
    const schedule = nodesOf(tree, 'section').find((s) => s.kind === 'schedule')!;
    expect(schedule.depth).toBe(1);
    expect(tree.children.map((c) => c.type === 'section' && c.label)).toEqual(['clause 4', 'clause 5', 'Schedule 1']);
  });

  it('keeps numbering when heading levels are inconsistent', () => {
    const tree = parse('x.md', '#### SECTION II\n\n##### Clause 8\n\n**8.1 Instructions**\n\nText.\n\n#### Clause 9\n\nText.\n');
    expectSound(tree);
    const part = findSection(tree, 'II')!;
    expect(part.kind).toBe('part');
    expect(part.children.filter((c) => c.type === 'section').map((c) => (c as SectionNode).number)).toEqual(['8', '9']);
    expect(findSection(tree, '8.1')!.depth).toBe(3);
  });

  it('takes a bold line after a bare "Clause 1" heading as its title', () => {
    const tree = parse('x.md', '### Clause 1\n\n**Purpose and scope**\n\nText.\n');
    expect(findSection(tree, '1')).toMatchObject({ heading: 'Purpose and scope', label: 'clause 1' });
  });

  it('puts the title line in a heading node that slices to the number and title', () => {
    const tree = parse('x.md', 'Intro.\n\n**4.2 Data Protection.** The Supplier shall comply.\n');
    const section = findSection(tree, '4.2')!;
    expect(section.children[0]!.type).toBe('heading');
    expect(sliceOf(tree, section.children[0]!)).toBe('**4.2 Data Protection.**');
    expect(sliceOf(tree, section.children[1]!)).toBe('The Supplier shall comply.');
    expect(sliceOf(tree, section)).toBe('**4.2 Data Protection.** The Supplier shall comply.');
  });

  it('lists section titles in order', () => {
    const tree = parse('x.md', '# Title\n\n## 1. A\n\n## 2. B\n');
    expect(sectionTitles(tree)).toEqual(['Title', '1 A', '2 B']);
  });
});
