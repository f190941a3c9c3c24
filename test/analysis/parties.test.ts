import { describe, expect, it } from 'vitest';
import { buildBlocks } from '../../src/analysis/blocks.js';
import { buildDefinitions } from '../../src/analysis/definitions.js';
import { buildOutline } from '../../src/analysis/outline.js';
import { buildParties } from '../../src/analysis/parties.js';
import type { Parties } from '../../src/analysis/types.js';
import type { DocumentNode } from '../../src/tree/types.js';
import { buildTree, p, sec, strong } from '../helpers/tree-builder.js';

const partiesOf = (tree: DocumentNode): Parties => {
  const blocks = buildBlocks(tree);
  return buildParties(tree, blocks, buildDefinitions(blocks, buildOutline(tree)));
};
const summary = (parties: Parties) => parties.list.map(({ name, shortName, role }) => [name, shortName, role]);

describe('buildParties: preamble', () => {
  it('reads a city and a company with their short names', () => {
    const tree = buildTree([
      'Data Licence Agreement',
      'This Agreement is made on 1 May 2024 between the City of Kansas City, Missouri, a constitutionally chartered municipality (the "City"), and Acme Mobility Ltd, a company registered in England with number 123456 (the "Vendor").',
      'The Vendor shall process the data.',
    ]);
    const parties = partiesOf(tree);
    expect(summary(parties)).toEqual([
      ['City of Kansas City, Missouri', 'City', 'public'],
      ['Acme Mobility Ltd', 'Vendor', 'private'],
    ]);
    expect(parties.publicParties[0]!.reason).toBe('public body keyword: city');
    expect(parties.privateParties[0]!.reason).toBe('company suffix: Ltd');
    expect(parties.publicName).toBe('the City');
    expect(parties.privateName).toBe('the Vendor');
    const city = parties.list[0]!;
    expect(tree.data.text.slice(city.start, city.end)).toBe('City of Kansas City, Missouri');
  });

  it('reads parties listed one per item after "made between:"', () => {
    const parties = partiesOf(
      buildTree([
        'This Agreement is dated 1 May 2025 and is made between:',
        '1. Northbridge Metropolitan Transport Authority, a public transport authority whose office is at 40 Harbour Street, Northbridge (the "Authority"); and',
        '2. Kinetica Mobility Analytics Ltd, a company whose registered office is at Unit 7, Canal Wharf, Leeds (the "Supplier"),',
        'each a "Party" and together the "Parties".',
      ]),
    );
    expect(summary(parties)).toEqual([
      ['Northbridge Metropolitan Transport Authority', 'Authority', 'public'],
      ['Kinetica Mobility Analytics Ltd', 'Supplier', 'private'],
    ]);
    expect([parties.publicName, parties.privateName]).toEqual(['the Authority', 'the Supplier']);
  });

  it('reads "made and entered into by and between" with acronyms, two public bodies', () => {
    const parties = partiesOf(
      buildTree([
        'THIS AMENDMENT (this "Amendment") is hereby made and entered into by and between the Illinois State Board of Education ("ISBE") and the Texas Education Agency ("TEA"), as Administrative Agent for the New Generation System ("NGS") consortium (collectively, the "Parties", and each, a "Party").',
      ]),
    );
    expect(summary(parties)).toEqual([
      ['Illinois State Board of Education', 'ISBE', 'public'],
      ['Texas Education Agency', 'TEA', 'public'],
    ]);
    expect(parties.publicName).toBe('ISBE');
    expect(parties.privateName).toBe('the company');
  });

  it('reads "X (the Authority) and Y (the Supplier)" without "between"', () => {
    const parties = partiesOf(
      buildTree(['The Department for Transport (the "Authority") and Northwind Analytics Inc. (the "Supplier") agree as follows.']),
    );
    expect(summary(parties)).toEqual([
      ['Department for Transport', 'Authority', 'public'],
      ['Northwind Analytics Inc.', 'Supplier', 'private'],
    ]);
    expect(parties.find('the supplier')?.name).toBe('Northwind Analytics Inc.');
    expect(parties.find('Department for Transport')?.shortName).toBe('Authority');
    expect(parties.find('Authority')?.role).toBe('public');
    expect(parties.find('the Contractor')).toBeUndefined();
  });

  it('reads a title page and blanks left for a vendor', () => {
    const parties = partiesOf(
      buildTree([
        'DATA SHARING AGREEMENT',
        'between',
        'Tulane University',
        'and',
        '[Vendor Name]',
        'This Data Sharing Agreement is entered into by and between the Administrators of the Tulane Fund (Tulane University) and ______________________________  (Vendor) to establish the content, use, and protection of data.',
      ]),
    );
    expect(summary(parties)).toEqual([
      ['Administrators of the Tulane Fund', 'Tulane University', 'unknown'],
      ['Vendor', 'Vendor', 'private'],
    ]);
    expect(parties.privateName).toBe('the Vendor');
  });

  it('ignores "between" that relates things rather than parties', () => {
    const parties = partiesOf(buildTree(['In the event of any conflict between the DPA Terms and any other terms, the DPA Terms prevail.']));
    expect(parties.list).toEqual([]);
    expect(parties.publicName).toBe('the public body');
    expect(parties.privateName).toBe('the company');
  });
});

describe('buildParties: definitions and signatures', () => {
  it('reads a role word defined as a named body', () => {
    const parties = partiesOf(
      buildTree([
        sec(
          { number: '1', heading: 'Definitions', kind: 'definitions' },
          '"Authority" means the Department of Health and Social Care, acting through NHS England.',
          '"Supplier" means Data Insights plc and its permitted successors.',
          '"Customer" means any customer of the Supplier.',
        ),
      ]),
    );
    expect(summary(parties)).toEqual([
      ['Department of Health and Social Care', 'Authority', 'public'],
      ['Data Insights plc', 'Supplier', 'private'],
    ]);
  });

  it('reads signature blocks', () => {
    const parties = partiesOf(
      buildTree([
        'This Agreement is made between Acme Ltd (the "Supplier") and the Council.',
        'The Supplier shall comply.',
        sec(
          { heading: 'Signatures', kind: 'signatures' },
          'Signed for and on behalf of Westshire County Council by its Director.',
          p(strong('Acme Ltd')),
          'By: ______________',
          'Name: ______________',
          'Metro Police Service\nAddress: 1 High Street',
          'By: ______________',
          'Signed by Jane Doe for Riverside School District',
          'Ministry of Digital Affairs By: ________ Name: ________ Title: ________',
        ),
      ]),
    );
    expect(summary(parties)).toEqual([
      ['Acme Ltd', 'Supplier', 'private'],
      ['Council', '', 'public'],
      ['Westshire County Council', '', 'public'],
      ['Metro Police Service', '', 'public'],
      ['Riverside School District', '', 'public'],
      ['Ministry of Digital Affairs', '', 'public'],
    ]);
    expect(parties.publicName).toBe('the Council');
  });

  it('classifies by suffix first, then public keyword, then role word', () => {
    const parties = partiesOf(
      buildTree([
        'This Agreement is made between Smart City Solutions GmbH (the "Contractor") and the Regents of the University of California (the "University").',
      ]),
    );
    expect(parties.list.map((party) => [party.role, party.reason])).toEqual([
      ['private', 'company suffix: GmbH'],
      ['public', 'public body keyword: university of california'],
    ]);
  });
});
