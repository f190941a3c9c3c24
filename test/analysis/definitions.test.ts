import { describe, expect, it } from 'vitest';
import { buildBlocks } from '../../src/analysis/blocks.js';
import { buildDefinitions } from '../../src/analysis/definitions.js';
import { buildOutline } from '../../src/analysis/outline.js';
import type { Definitions } from '../../src/analysis/types.js';
import type { DocumentNode } from '../../src/tree/types.js';
import { buildTree, list, p, sec, strong, table } from '../helpers/tree-builder.js';

const definitionsOf = (tree: DocumentNode): Definitions => buildDefinitions(buildBlocks(tree), buildOutline(tree));
const summary = (definitions: Definitions) => definitions.list.map((d) => [d.style, d.term, d.body]);

describe('buildDefinitions: "means" style', () => {
  it('reads straight, curly and single quotes and the verb variants', () => {
    const defs = definitionsOf(
      buildTree([
        '"Personal Data" means any information relating to an identified or identifiable natural person. An identifiable person is one who can be identified.',
        '“Permitted Purpose” shall mean the provision of the Services described in Schedule 2.',
        "'Data Subject' has the meaning given in the GDPR.",
        '“Protected Health Information” or “PHI” means individually identifiable health information.',
        '“Services” includes the hosting and support services.',
        'For purposes of this section, “Processed Data” means: (a) Customer Data; (b) Personal Data.',
      ]),
    );
    expect(summary(defs)).toEqual([
      ['means', 'Personal Data', 'any information relating to an identified or identifiable natural person.'],
      ['means', 'Permitted Purpose', 'the provision of the Services described in Schedule 2.'],
      ['means', 'Data Subject', 'the meaning given in the GDPR.'],
      ['means', 'Protected Health Information', 'individually identifiable health information.'],
      ['means', 'PHI', 'individually identifiable health information.'],
      ['means', 'Services', 'the hosting and support services.'],
      ['means', 'Processed Data', '(a) Customer Data; (b) Personal Data.'],
    ]);
  });

  it('reads bold terms, with offsets of term and body in the document', () => {
    const tree = buildTree([p(strong('Personal Data'), ' means any information relating to a natural person.')]);
    const [definition] = definitionsOf(tree).list;
    expect(definition).toMatchObject({ style: 'means', term: 'Personal Data' });
    expect(tree.data.text.slice(definition!.termStart, definition!.termEnd)).toBe('Personal Data');
    expect(tree.data.text.slice(definition!.bodyStart, definition!.bodyEnd)).toBe('any information relating to a natural person.');
  });

  it('continues a body that ends with a colon into the list below', () => {
    const defs = definitionsOf(
      buildTree(['“Data” means:', list(['names and addresses;', 'telephone numbers; and', 'location data.']), 'The Supplier shall comply.']),
    );
    expect(defs.lookup('Data')?.body).toBe('names and addresses; telephone numbers; and location data.');
  });

  it('reads an unformatted Title Case term opening a block', () => {
    const defs = definitionsOf(buildTree(['1.1 Customer Data means all data provided by the Customer.', 'The Data means nothing here.']));
    expect(summary(defs)).toEqual([['means', 'Customer Data', 'all data provided by the Customer.']]);
  });
});

describe('buildDefinitions: parentheticals', () => {
  it('reads (the "X"), (hereinafter "X"), ("X"), (each a "X") and acronyms', () => {
    const defs = definitionsOf(
      buildTree([
        'This Agreement is made between the Illinois State Board of Education ("ISBE") and the Texas Education Agency (the “Authority”).',
        'The Council of the City of Leeds (hereinafter “Vendor”) and Acme Ltd (collectively, the "Parties", and each, a "Party") agree.',
        'The City Mobility Innovation Vehicle ("CMIV") and the Family Educational Rights and Privacy Act (FERPA) apply, see Regulation (EU) 2016/679.',
        p('Services are provided by GitHub, Inc. (“', strong('GitHub'), '”) and by City of Kansas City, Missouri (the "City").'),
      ]),
    );
    expect(summary(defs)).toEqual([
      ['parenthetical', 'ISBE', 'Illinois State Board of Education'],
      ['parenthetical', 'Authority', 'Texas Education Agency'],
      ['parenthetical', 'Vendor', 'Council of the City of Leeds'],
      ['parenthetical', 'Parties', 'Acme Ltd'],
      ['parenthetical', 'Party', 'Acme Ltd'],
      ['parenthetical', 'CMIV', 'City Mobility Innovation Vehicle'],
      ['parenthetical', 'FERPA', 'Family Educational Rights and Privacy Act'],
      ['parenthetical', 'GitHub', 'GitHub, Inc.'],
      ['parenthetical', 'City', 'City of Kansas City, Missouri'],
    ]);
  });

  it('ignores brackets that do more than name', () => {
    const defs = definitionsOf(buildTree(['The Supplier shall notify the Authority (see the "Notice" clause) promptly (within 24 hours).']));
    expect(defs.list).toEqual([]);
  });

  it('steps over an earlier bracket to find the name', () => {
    const defs = definitionsOf(
      buildTree(['This Mutual Non-Disclosure Agreement (which incorporates the Cover Page (defined below)) (“MNDA”) allows each party (“Disclosing Party”) to disclose.']),
    );
    expect(summary(defs)).toEqual([
      ['parenthetical', 'MNDA', 'Mutual Non-Disclosure Agreement'],
      ['parenthetical', 'Disclosing Party', 'each party'],
    ]);
  });
});

describe('buildDefinitions: definitions sections', () => {
  const tree = buildTree([
    sec(
      { number: '1', heading: 'Definitions and Interpretation' },
      p(strong('Data'), ': the data listed in Schedule 1.'),
      p('“Authority” – the Department of Health.'),
      p(strong('Permitted Purpose'), ' means only the purpose in clause 3.'),
      table([
        ['Term', 'Meaning'],
        ['Sub-processor', 'any third party engaged by the Supplier to process Data.'],
      ]),
    ),
    sec({ number: '2', heading: 'Processing' }, p(strong('Note'), ': this is not a definition.')),
  ]);
  const defs = definitionsOf(tree);

  it('takes bold or quoted entry terms whatever the verb, and table rows (not the header)', () => {
    expect(summary(defs)).toEqual([
      ['definitions-block', 'Data', 'the data listed in Schedule 1.'],
      ['definitions-block', 'Authority', 'the Department of Health.'],
      ['means', 'Permitted Purpose', 'only the purpose in clause 3.'],
      ['definitions-block', 'Sub-processor', 'any third party engaged by the Supplier to process Data.'],
    ]);
    expect(defs.section?.number).toBe('1');
  });

  it('looks terms up case-insensitively, with or without a plural s or "the"', () => {
    expect(defs.lookup('permitted purposes')?.term).toBe('Permitted Purpose');
    expect(defs.lookup('the Authority')?.term).toBe('Authority');
    expect(defs.lookup('“DATA”')?.term).toBe('Data');
    expect(defs.lookup('Sub-processors')?.term).toBe('Sub-processor');
    expect(defs.lookup('Unknown')).toBeUndefined();
    expect(defs.byTerm.get('permitted purpose')?.style).toBe('means');
  });

  it('expands defined terms one level deep, longest first, whole words only', () => {
    expect(defs.expand('The Supplier shall process Data only for the Permitted Purpose.')).toBe(
      'The Supplier shall process Data [the data listed in Schedule 1.] only for the Permitted Purpose [only the purpose in clause 3.].',
    );
    expect(defs.expand('Database and Metadata are not terms; Sub-processors are.')).toBe(
      'Database and Metadata are not terms; Sub-processors [any third party engaged by the Supplier to process Data.] are.',
    );
  });
});

describe('buildDefinitions: precedence and empty documents', () => {
  it('prefers a "means" definition to a parenthetical of the same term', () => {
    const defs = definitionsOf(buildTree(['Acme Ltd (the "Supplier") agrees.', '"Supplier" means Acme Ltd and its successors.']));
    expect(defs.list).toHaveLength(2);
    expect(defs.lookup('supplier')?.style).toBe('means');
  });

  it('returns empty facts for a document without definitions', () => {
    const defs = definitionsOf(buildTree(['No terms here.']));
    expect(defs.list).toEqual([]);
    expect(defs.section).toBeUndefined();
    expect(defs.expand('Data stays Data.')).toBe('Data stays Data.');
  });
});
