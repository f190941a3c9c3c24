import { describe, expect, it } from 'vitest';
import { textParser } from '../../src/parsers/text.js';
import type { ListItemNode, SectionNode } from '../../src/tree/types.js';
import { toPlainText } from '../../src/tree/visit.js';
import { expectSound, findSection, nodesOf, parse, sectionTitles, sliceOf } from './helpers.js';

const errorOf = (input: Uint8Array) => {
  const result = textParser.parse(input, 'x.txt');
  if (result instanceof Promise || result.ok) throw new Error('expected an error');
  return result.error;
};

describe('text parser', () => {
  it('refuses empty, non-UTF-8 and binary files', () => {
    expect(errorOf(new Uint8Array())).toEqual({ code: 'empty-file', message: 'the file is empty' });
    expect(errorOf(new TextEncoder().encode('   \n\n  ')).code).toBe('empty-file');
    expect(errorOf(new Uint8Array([0x41, 0xe9, 0x42])).code).toBe('not-utf8');
    expect(errorOf(new Uint8Array([0x41, 0x00, 0x42])).code).toBe('binary-file');
  });

  it('refuses more lines than one document may hold (4 MB of one-letter lines took 1.7 GB)', () => {
    expect(errorOf(new TextEncoder().encode('a\n'.repeat(2_000_000))).code).toBe('document-too-large');
    expect(errorOf(new TextEncoder().encode('a\r\n'.repeat(1_000_001))).message).toMatch(/more than 1,000,000 lines; split the document$/);
  });

  it('finds numbered clauses with run-in and line titles', () => {
    const tree = parse(
      'x.txt',
      [
        '                 DATA USE AGREEMENT',
        '',
        '1. Definitions. The parties agree that the following',
        '   terms have these meanings.',
        '',
        '2. Obligations of Covered Entity.',
        '',
        '   a. Limited Data Set. Covered Entity shall share data.',
        '',
        '3. Term',
      ].join('\n'),
    );
    expectSound(tree);
    expect(tree.data.title).toBe('DATA USE AGREEMENT');
    expect(sectionTitles(tree)).toEqual(['DATA USE AGREEMENT', '1 Definitions', '2 Obligations of Covered Entity', '3 Term']);
    const one = findSection(tree, '1')!;
    expect(one.kind).toBe('definitions');
    expect(sliceOf(tree, one.children[0]!)).toBe('1. Definitions.');
    expect(toPlainText(one.children[1]!)).toBe('The parties agree that the following\nterms have these meanings.');
    const item = nodesOf(tree, 'listItem')[0] as ListItemNode;
    expect(item.marker).toBe('a.');
    expect(findSection(tree, '2')!.children.map((c) => c.type)).toEqual(['heading', 'list']);
  });

  it('splits a paragraph where a numbered line follows a sentence end, not mid-sentence', () => {
    const tree = parse('x.txt', 'The Parties agree as follows:\n  1. Pursuant to the Agreement, the term is\n  4.2 years long.\n  A. The Agreement is amended.\n');
    expectSound(tree);
    const one = findSection(tree, '1')!;
    expect(toPlainText(one.children[0]!)).toBe('1. Pursuant to the Agreement, the term is\n4.2 years long.');
    expect(nodesOf(tree, 'listItem').map((i) => i.marker)).toEqual(['A.']);
  });

  it('nests lettered items by indentation, tolerating jitter', () => {
    const tree = parse('x.txt', '4. Termination.\n\n   a. Term.\n\n   c. Termination:\n\n        i.  first;\n\n         ii. second; or\n\n    d. Reporting.\n');
    expectSound(tree);
    const lists = nodesOf(tree, 'list');
    expect(lists.length).toBe(2);
    expect(lists[0]!.children.map((i) => i.marker)).toEqual(['a.', 'c.', 'd.']);
    expect(lists[1]!.children.map((i) => i.marker)).toEqual(['i.', 'ii.']);
  });

  it('reads recitals, capital headings and the signature block', () => {
    const tree = parse(
      'x.txt',
      'WHEREAS, A holds data;\n\nWHEREAS, B analyses it.\n\nDEFINITIONS\n1.1 "Data" means records.\n\nIN WITNESS WHEREOF the parties sign.\n\nTHE AUTHORITY          THE SUPPLIER\n',
    );
    expectSound(tree);
    const kinds = tree.children.map((c) => (c as SectionNode).kind);
    expect(kinds).toEqual(['recitals', 'definitions', 'signatures']);
    expect(findSection(tree, '1.1')!.depth).toBe(2);
    // Party names in capitals inside the signature block stay paragraphs.
    expect(nodesOf(tree, 'heading').length).toBe(1);
  });

  it('keeps CRLF lines and columns and drops a BOM', () => {
    const tree = parse('x.txt', '\uFEFF1. Scope.\r\n\r\n   a. First item;\r\n      continued.\r\n');
    expectSound(tree);
    const item = nodesOf(tree, 'listItem')[0]!;
    expect(item.position.start).toEqual({ line: 3, column: 4, offset: 16 });
    expect(item.position.end).toMatchObject({ line: 4, column: 17 });
    expect(nodesOf(tree, 'text').map((t) => t.value)).toEqual(['1. Scope.', 'First item;\r\n', 'continued.']);
  });

  it('gives exact source slices for every text node', () => {
    const tree = parse('x.txt', '  SCHEDULE 2\n\nThe data flows are:\n(a) records; and\n(b) logs.\n');
    expectSound(tree);
    expect(findSection(tree, '2')).toMatchObject({ kind: 'schedule', label: 'Schedule 2', depth: 1 });
    for (const text of nodesOf(tree, 'text')) expect(sliceOf(tree, text)).toBe(text.value);
  });
});
