import { describe, expect, it } from 'vitest';
import { buildBlocks } from '../../src/analysis/blocks.js';
import { sentenceSpans, splitSentences } from '../../src/analysis/sentences.js';
import { buildTree, list, p, sec, strong } from '../helpers/tree-builder.js';

const split = (text: string): string[] => sentenceSpans(text).map(([from, to]) => text.slice(from, to));

describe('sentenceSpans', () => {
  it('keeps abbreviation-heavy sentences whole', () => {
    expect(
      split('Pursuant to Art. 28(3) GDPR, i.e. the processor shall act only on documented instructions. The Authority may audit.'),
    ).toEqual([
      'Pursuant to Art. 28(3) GDPR, i.e. the processor shall act only on documented instructions.',
      'The Authority may audit.',
    ]);
    expect(
      split(
        'See Arts. 32 to 36, cl. 4 and Sch. 2, paras. 3-4, pp. 12-13 and No. 5 (approx. 30 days, incl. weekends, min. 2 and max. 5 staff), e.g. Mr. Smith v. Jones, Dr. Who vs. St. Paul.',
      ),
    ).toHaveLength(1);
  });

  it('does not split on clause numbers, decimals or list markers', () => {
    expect(split('The Supplier shall comply with clause 4.2(a) and Section 5.1 within 2.5 days. It shall pay.')).toEqual([
      'The Supplier shall comply with clause 4.2(a) and Section 5.1 within 2.5 days.',
      'It shall pay.',
    ]);
    expect(split('1. Definitions. The parties agree that the following terms apply.')).toEqual([
      '1. Definitions.',
      'The parties agree that the following terms apply.',
    ]);
    expect(split('4.2. The Supplier shall delete the Data.')).toEqual(['4.2. The Supplier shall delete the Data.']);
    expect(split('a. Limited Data Set. Covered Entity agrees to share the data.')).toEqual([
      'a. Limited Data Set.',
      'Covered Entity agrees to share the data.',
    ]);
  });

  it('ends a sentence on a clause number followed by a new sentence', () => {
    expect(split('Notice is given under clause 4.2. The Supplier shall respond.')).toEqual([
      'Notice is given under clause 4.2.',
      'The Supplier shall respond.',
    ]);
  });

  it('keeps an enumeration with ";" and ":" as one sentence', () => {
    const text = 'The Supplier shall:\n(a) process the Data only on instructions;\n(b) keep it secure; and\n(c) delete it on termination.';
    expect(split(text)).toEqual([text]);
    expect(split('The categories are: names; addresses; and telephone numbers. Nothing else.')).toHaveLength(2);
  });

  it('carries closing quotes and brackets with the period', () => {
    expect(split('The parties call this the "Agreement." The Supplier shall (where required.) Notify.')).toEqual([
      'The parties call this the "Agreement."',
      'The Supplier shall (where required.)',
      'Notify.',
    ]);
    expect(split('He wrote: “The data is shared.” Then it was.')).toEqual(['He wrote: “The data is shared.”', 'Then it was.']);
  });

  it('treats company suffixes and "etc." as final only before a capital', () => {
    expect(split('GitHub, Inc. (“GitHub”) and Acme Ltd. shall comply. The supplier is Beta Corp. The end.')).toEqual([
      'GitHub, Inc. (“GitHub”) and Acme Ltd. shall comply.',
      'The supplier is Beta Corp.',
      'The end.',
    ]);
    expect(split('Names, addresses, etc. The Supplier shall not collect more.')).toHaveLength(2);
    expect(split('Names, addresses, etc. shall be listed.')).toHaveLength(1);
  });

  it('reads initialisms, initials and lettered parts', () => {
    expect(split('The U.S. Department of Labor and the U.K. Government are bound. It is in the U.S. The next.')).toEqual([
      'The U.S. Department of Labor and the U.K. Government are bound.',
      'It is in the U.S.',
      'The next.',
    ]);
    expect(split('Signed by John A. Smith. The Data is listed in Annex A. The Supplier shall comply.')).toEqual([
      'Signed by John A. Smith.',
      'The Data is listed in Annex A.',
      'The Supplier shall comply.',
    ]);
    expect(split('See 45 C.F.R. Part 164 and 20 U.S.C. §1232g. Then stop.')).toHaveLength(2);
  });

  it('handles ellipses, question marks and blank lines', () => {
    expect(split('Nothing ... shall limit the Authority. Is it agreed? Yes! Done')).toEqual([
      'Nothing ... shall limit the Authority.',
      'Is it agreed?',
      'Yes!',
      'Done',
    ]);
    expect(split('First line without stop\n\nSecond paragraph')).toEqual(['First line without stop', 'Second paragraph']);
    expect(split('Terms continue\nacross a line break. Next.')).toEqual(['Terms continue\nacross a line break.', 'Next.']);
  });

  it('returns nothing for blank text', () => {
    expect(split('   \n ')).toEqual([]);
  });
});

describe('splitSentences', () => {
  it('maps sentences to document offsets through inline markup, headings whole', () => {
    const tree = buildTree([
      sec(
        { number: '4', heading: 'Data Protection. Security' },
        p('The ', strong('Supplier'), ' shall not process the Data. It may store it.'),
        list(['Names;', 'addresses.']),
      ),
    ]);
    const sentences = splitSentences(buildBlocks(tree));
    const text = tree.data.text;
    expect(sentences.map((sentence) => sentence.text)).toEqual([
      '4. Data Protection. Security',
      'The Supplier shall not process the Data.',
      'It may store it.',
      'Names;',
      'addresses.',
    ]);
    expect(text.slice(sentences[1]!.start, sentences[1]!.end)).toBe('The **Supplier** shall not process the Data.');
    expect(text.slice(sentences[2]!.start, sentences[2]!.end)).toBe('It may store it.');
    expect(sentences[2]!.blockIndex).toBe('The Supplier shall not process the Data. '.length);
    expect(sentences[0]!.block.isHeading).toBe(true);
  });
});
