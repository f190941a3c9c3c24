import { describe, expect, it } from 'vitest';
import { buildBlocks } from '../../src/analysis/blocks.js';
import { buildCrossReferences, referencesIn } from '../../src/analysis/cross-references.js';
import { buildOutline } from '../../src/analysis/outline.js';
import { buildTree, p, sec, strong } from '../helpers/tree-builder.js';

const refs = (text: string): string[] => referencesIn(text).map((ref) => `${ref.kind} ${ref.number}`);

describe('referencesIn', () => {
  it('finds the common reference forms', () => {
    expect(refs('as set out in clause 4.2, Clause 4.2(a) and Section 3 of this Agreement')).toEqual([
      'clause 4.2',
      'clause 4.2(a)',
      'section 3',
    ]);
    expect(refs('Article 5, Schedule 3, Annex A, Annex I.B, Appendix 1, Exhibit B, Part 2 and Attachment 4')).toEqual([
      'article 5',
      'schedule 3',
      'annex A',
      'annex I.B',
      'appendix 1',
      'exhibit B',
      'part 2',
      'annex 4',
    ]);
  });

  it('splits lists and ranges of numbers', () => {
    expect(refs('clauses 4 and 5')).toEqual(['clause 4', 'clause 5']);
    expect(refs('Clauses 8.1, 8.2 and/or 9')).toEqual(['clause 8.1', 'clause 8.2', 'clause 9']);
    expect(refs('clauses 4 to 6')).toEqual(['clause 4', 'clause 5', 'clause 6']);
    const [first, second] = referencesIn('see clauses 4 and 5.');
    expect('see clauses 4 and 5.'.slice(first!.from, first!.to)).toBe('clauses 4');
    expect('see clauses 4 and 5.'.slice(second!.from, second!.to)).toBe('5');
    expect(first!.label).toBe('clause 4');
  });

  it('points "paragraph 2 of Schedule 1" at the schedule', () => {
    const [ref] = referencesIn('in accordance with paragraph 2 of Schedule 1.');
    expect(ref).toMatchObject({ kind: 'schedule', number: '1', label: 'paragraph 2 of Schedule 1' });
    expect(refs('Annex III to Attachment 1')).toEqual(['annex III', 'annex 1']);
  });

  it('leaves out references to other instruments', () => {
    expect(refs('pursuant to Art. 28(3) GDPR and Article 28 of the GDPR')).toEqual([]);
    expect(refs('pursuant to Article 46(1) and Article 46(2)(c) of Regulation (EU) 2016/679')).toEqual([]);
    expect(refs('as required by Article 46 UK GDPR, FISA Section 702 and its Article 3(2)')).toEqual([]);
    expect(refs('Section 1902(a)(7) of the Social Security Act, 45 C.F.R. Part 164, 20 U.S.C. §1232g')).toEqual([]);
    expect(refs('Title I, Part C of the Federal Elementary and Secondary Education Act; Cal. Civ. Code §1798.100')).toEqual([]);
    expect(refs('clause 5 of this Agreement, Clause 14(e) of these Clauses and Section 9(d) of the Addendum')).toEqual([
      'clause 5',
      'clause 14(e)',
      'section 9(d)',
    ]);
  });

  it('needs a number, and letters in capitals', () => {
    expect(refs('class schedules, a part of the data, Schedule a meeting, this section')).toEqual([]);
    expect(refs('SEE CLAUSE 5 AND SCHEDULE 2')).toEqual(['clause 5', 'schedule 2']);
  });
});

describe('buildCrossReferences', () => {
  const tree = buildTree([
    sec(
      { number: '4', heading: 'Data Protection' },
      sec({ number: '4.2', heading: 'Processing' }, p('The Supplier shall process the Data listed in ', strong('Schedule 3'), ' only.')),
      'Clause 4 applies; see also clause 4.2(a), clause 7 and Schedule 2, paragraph 1 of Schedule 2 and Annex I.B.',
    ),
    sec({ number: '2', heading: 'Data', kind: 'schedule' }, 'SCHEDULE 2 – PURPOSES', 'Names; addresses.'),
    sec(
      { number: 'I', heading: 'Description', kind: 'annex' },
      sec({ number: 'B', heading: 'Description of transfer', kind: 'other' }, 'Categories of data.'),
    ),
  ]);
  const outline = buildOutline(tree);
  const { list, resolve } = buildCrossReferences(buildBlocks(tree), outline);
  const byLabel = (label: string) => list.filter((ref) => ref.label === label);

  it('resolves existing targets and leaves missing ones undefined', () => {
    expect(byLabel('Schedule 3')[0]!.target).toBeUndefined();
    expect(byLabel('Schedule 2')[0]!.target?.number).toBe('2');
    expect(byLabel('paragraph 1 of Schedule 2')[0]!.target?.kind).toBe('schedule');
    expect(byLabel('Clause 4')[0]!.target?.number).toBe('4');
    expect(byLabel('clause 4.2(a)')[0]!.target).toBeUndefined();
    expect(byLabel('clause 7')[0]!.target).toBeUndefined();
    expect(byLabel('Annex I.B')[0]!.target?.heading).toBe('Description of transfer');
  });

  it('maps offsets through markup and skips a section naming itself', () => {
    const text = tree.data.text;
    const schedule3 = byLabel('Schedule 3')[0]!;
    expect(text.slice(schedule3.start, schedule3.end)).toBe('Schedule 3');
    // "## Schedule 2 Data" (the heading) and a title line "SCHEDULE 2 – PURPOSES" are not references.
    expect(byLabel('Schedule 2')).toHaveLength(1);
    expect(byLabel('Schedule 2')[0]!.block.sections.some((s) => s.kind === 'schedule')).toBe(false);
  });

  it('resolves by kind and number, tolerant of trailing dots, roman numerals and sub-parts', () => {
    expect(resolve('clause', '4.')).toBe(resolve('clause', '4'));
    expect(resolve('article', '4.2')?.heading).toBe('Processing');
    expect(resolve('section', '4.2')?.heading).toBe('Processing');
    expect(resolve('annex', '1')?.number).toBe('I');
    expect(resolve('schedule', '4.2')).toBeUndefined();
    expect(resolve('annex', 'II')).toBeUndefined();
  });
});

describe('referencesIn: chains', () => {
  it('reads a chain as external only when all its references are of one kind', () => {
    expect(refs('as set out in clause 2.2 and Art. 28(3) GDPR')).toEqual(['clause 2.2']);
    expect(refs('Articles 46 or 47 Regulation of (EU) 2016/679')).toEqual([]);
  });
});
