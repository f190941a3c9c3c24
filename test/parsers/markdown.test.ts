import { describe, expect, it } from 'vitest';
import { MAX_TEXT_CHARS, MAX_TEXT_LINES } from '../../src/parsers/document-limits.js';
import { blankFrontMatter, markdownParser } from '../../src/parsers/markdown.js';
import { MAX_BRACKETS_PER_PARAGRAPH, MAX_STACKED_LINES, nestingHeavy } from '../../src/parsers/markdown-limits.js';
import { checkTree } from '../../src/tree/invariants.js';
import type { ListItemNode, ListNode, SectionNode, TableCellNode } from '../../src/tree/types.js';
import { toPlainText } from '../../src/tree/visit.js';
import { expectSound, findSection, nodesOf, parse, sliceOf } from './helpers.js';

const bytes = (...values: number[]) => new Uint8Array(values);

describe('Markdown parser: bad input is a result', () => {
  const errorOf = (input: Uint8Array) => {
    const result = markdownParser.parse(input, 'x.md');
    if (result instanceof Promise || result.ok) throw new Error('expected an error');
    return result.error;
  };

  it('refuses an empty or whitespace-only file', () => {
    expect(errorOf(bytes())).toEqual({ code: 'empty-file', message: 'the file is empty' });
    expect(errorOf(new TextEncoder().encode(' \n\t\r\n')).code).toBe('empty-file');
    expect(errorOf(bytes(0xef, 0xbb, 0xbf)).code).toBe('empty-file');
  });

  it('refuses bytes that are not UTF-8', () => {
    expect(errorOf(bytes(0x61, 0xc3, 0x28, 0x62)).code).toBe('not-utf8');
    expect(errorOf(bytes(0xff, 0xfe, 0x61, 0x00)).message).toMatch(/UTF-16/);
  });

  it('refuses binary content', () => {
    expect(errorOf(bytes(0x61, 0x00, 0x62)).code).toBe('binary-file');
  });

  it('refuses a paragraph of thousands of square brackets before Markdown parsing slows on it', () => {
    // 20,000 "[a] " in one paragraph took 4 s in micromark, and the time grows with the square.
    const heavy = errorOf(new TextEncoder().encode(`# Terms\n\n${'[a] '.repeat(MAX_BRACKETS_PER_PARAGRAPH + 1)}\n`));
    expect(heavy).toEqual({
      code: 'too-complex',
      message: 'a paragraph holds more than 2000 square brackets, which Markdown reads in time that grows with their square; split it',
    });
    // The same brackets spread over paragraphs (a template full of "[●]") are read.
    const spread = Array.from({ length: 50 }, () => `${'[●] '.repeat(100)}\n`).join('\n');
    expect(parse('x.md', `# Terms\n\n${spread}`).data.text).toContain('[●] [●]');
  });

  it('names nesting no contract has instead of reporting a parser crash', () => {
    const error = errorOf(new TextEncoder().encode(`${'> '.repeat(20_000)}The Supplier shall act.\n`));
    expect(error).toEqual({
      code: 'too-complex',
      message: 'a line opens 20000 lists or quotes at once, nesting that Markdown reads in time that grows with its square; flatten the lists or split the document',
    });
  });

  // Each was a near-hang: 5,000 lines of "- - item" took 8 s, one list of 15,000 items with a
  // sub-item each 87 s, 300 ladders 64 levels deep 20 s (see src/parsers/markdown-limits.ts).
  it('refuses lists nested in ways Markdown reads in time growing with their square, and reads what contracts hold', () => {
    const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
    const ladder = (levels: number): string => Array.from({ length: levels }, (_, d) => `${'  '.repeat(d)}- The Supplier shall act.\n`).join('');
    const withSubItems = (items: number): string => ladder(2).repeat(items);
    expect(errorOf(encode(`${'- '.repeat(17)}item\n`)).message).toMatch(/^a line opens 17 lists or quotes at once, /);
    expect(errorOf(encode('- - item\n'.repeat(MAX_STACKED_LINES + 1))).message).toMatch(/^more than 500 lines open several lists or quotes at once, /);
    expect(errorOf(encode(ladder(40))).message).toMatch(/^lists or quotes are nested more than 32 levels deep, /);
    expect(errorOf(encode(withSubItems(3001))).message).toMatch(/^a list holds 3001 items with lists in them, 2 levels deep, /);
    expect(errorOf(encode(ladder(32).repeat(188))).code).toBe('too-complex');

    // Within the limits: a deep but real outline, a long list of clauses with sub-items, lists
    // that a paragraph ends, a thematic break of many markers, stacked markers now and then.
    expect(nestingHeavy(ladder(12) + `${'- '.repeat(16)}item\n`)).toBeUndefined();
    // A page number centred with spaces, as text exported from a PDF has it: one level, not 40.
    expect(nestingHeavy(`The Parties agree.\n\n${' '.repeat(80)}- 2 -\n\nThey also agree.\n`)).toBeUndefined();
    expect(nestingHeavy(withSubItems(3000))).toBeUndefined();
    expect(nestingHeavy(`${withSubItems(2000)}\nThe Parties agree as follows.\n\n${withSubItems(2000)}`)).toBeUndefined();
    // Lists each within the limit, but too many of them: the whole document is bounded too.
    const lists = (count: number): string => Array.from({ length: count }, () => withSubItems(2900)).join('\nThe Parties agree.\n\n');
    expect(nestingHeavy(lists(2))).toBeUndefined();
    expect(nestingHeavy(lists(3))?.message).toMatch(/^the lists hold too many items with lists in them, /);
    expect(nestingHeavy(`${'* '.repeat(40)}\n\n${'- - item\n'.repeat(MAX_STACKED_LINES)}`)).toBeUndefined();
    const tree = parse('x.md', `# Terms\n\n${'* '.repeat(40)}\n\n${ladder(12)}`);
    expect(nodesOf(tree, 'list')).toHaveLength(12);
  });

  // Each line becomes nodes, blocks and sentences: 4 MB of one-letter lines took 1.7 GB, and a
  // 50 MB file (the file-size limit) would have run the process out of memory.
  it('refuses more text or lines than one document may hold, before building anything', () => {
    const lines = errorOf(new TextEncoder().encode('a\n'.repeat(MAX_TEXT_LINES)));
    expect(lines).toEqual({ code: 'document-too-large', message: 'the document has more than 1,000,000 lines; split the document' });
    const chars = errorOf(new TextEncoder().encode(`${'The Supplier shall act. '.repeat(800)}\n\n`.repeat(Math.ceil(MAX_TEXT_CHARS / 19_202))));
    expect(chars.code).toBe('document-too-large');
    expect(chars.message).toMatch(/^the document holds 16,\d{3},\d{3} characters of text, over the limit of 16,777,216; split the document$/);
  });
});

describe('Markdown parser: positions', () => {
  it('drops a BOM; offsets count from the character after it', () => {
    const tree = parse('x.md', '\uFEFF# Title\n\n1.1 The Supplier shall act.\n');
    expectSound(tree);
    expect(tree.data.text.startsWith('# Title')).toBe(true);
    expect(tree.data.title).toBe('Title');
    const section = findSection(tree, '1.1')!;
    expect(section.position.start).toEqual({ line: 3, column: 1, offset: 9 });
  });

  it('keeps lines and columns right in CRLF files', () => {
    const source = '## 1. Scope\r\n\r\nThe Supplier shall act\r\nover **two** lines.\r\n\r\n- item one\r\n- item two\r\n';
    const tree = parse('x.md', source);
    expectSound(tree);
    const paragraph = nodesOf(tree, 'paragraph')[0]!;
    expect(paragraph.position.start).toMatchObject({ line: 3, column: 1 });
    expect(paragraph.position.end).toMatchObject({ line: 4, column: 20 });
    expect(paragraph.children.map((t) => t.value)).toEqual(['The Supplier shall act\r\n', 'over ', 'two', ' lines.']);
    expect(nodesOf(tree, 'text').find((t) => t.value === 'two')!.position.start).toMatchObject({ line: 4, column: 8 });
    const items = nodesOf(tree, 'listItem');
    expect(items.map((i) => [i.marker, i.position.start.line])).toEqual([['-', 6], ['-', 7]]);
  });

  it('gives every text node its exact source and reader-visible value', () => {
    const source = '# Agreement\n\n## 2. Services\n\nThe *Supplier* shall provide the **Services** under\n   [clause 4](#c4) and `Schedule 1`.\n';
    const tree = parse('x.md', source);
    expectSound(tree);
    const texts = nodesOf(tree, 'text');
    for (const text of texts) expect(sliceOf(tree, text)).toBe(text.value);
    expect(texts.find((t) => t.value === 'Supplier')!.data).toEqual({ emphasis: true });
    expect(texts.find((t) => t.value === 'Services')!.data).toEqual({ strong: true });
    const paragraph = nodesOf(tree, 'paragraph')[0]!;
    expect(toPlainText(paragraph)).toBe('The Supplier shall provide the Services under\nclause 4 and Schedule 1.');
  });

  it('resolves escapes and entities in values and keeps spans on the source', () => {
    const tree = parse('x.md', 'Fees \\* apply &amp; are due.\n');
    expectSound(tree, 1);
    const text = nodesOf(tree, 'text')[0]!;
    expect(text.value).toBe('Fees * apply & are due.');
    expect(sliceOf(tree, text)).toBe('Fees \\* apply &amp; are due.');
  });

  it('reads YAML front matter as the title and keeps it out of the text nodes', () => {
    const source = '---\ntitle: "GitHub DPA"\nversions:\n  fpt: "*"\n---\n\n## Introduction\n\nText.\n';
    const tree = parse('x.md', source);
    expectSound(tree);
    expect(tree.data.title).toBe('GitHub DPA');
    expect(tree.data.text).toBe(source);
    expect(nodesOf(tree, 'text').map((t) => t.value)).toEqual(['Introduction', 'Text.']);
    expect(blankFrontMatter(source).text.length).toBe(source.length);
  });
});

describe('Markdown parser: lists', () => {
  it('unwraps a numbered list of titled clauses into sections', () => {
    const tree = parse('x.md', '# Terms\n\n1. **Use**. The data is used only for the Purpose.\n\n2. **Term**. Two years.\n');
    expectSound(tree);
    expect(nodesOf(tree, 'list')).toEqual([]);
    const one = findSection(tree, '1')!;
    expect(one).toMatchObject({ heading: 'Use', kind: 'clause', depth: 2, label: 'clause 1' });
    expect(sliceOf(tree, one.children[0]!)).toBe('1. **Use**.');
  });

  it('ends a bold run-in title before a stray "**" that Markdown leaves in the body (found by fuzzing)', () => {
    const tree = parse('x.md', '# Terms\n\n1. **Use.**** The party shall use it only for the Purpose.\n');
    expectSound(tree);
    const one = findSection(tree, '1')!;
    expect(sliceOf(tree, one.children[0]!)).toBe('1. **Use.**');
    expect(sliceOf(tree, one.children[1]!)).toMatch(/^\*\* The party shall/);
  });

  it('treats "5." after clause 4 as clause 5 even without a title', () => {
    const tree = parse('x.md', '## 4. Data\n\n4.1 Text.\n\n5. The Supplier shall act.\n');
    expect(findSection(tree, '5')).toMatchObject({ depth: 1 });
  });

  it('keeps numbered sub-paragraphs of a numbered clause as a list', () => {
    const tree = parse('x.md', '### Clause 3: Beneficiaries\n\n1. The data subject can enforce this Clause.\n2. The data subject can enforce Clause 5.\n');
    expectSound(tree);
    const list = nodesOf(tree, 'list')[0]! as ListNode;
    expect(list.ordered).toBe(true);
    expect(list.children.map((i) => i.marker)).toEqual(['1.', '2.']);
    expect(nodesOf(tree, 'section').map((s) => s.number)).toEqual(['3']);
  });

  it('keeps a numbered list of bold party names in a preamble as a list, not clauses', () => {
    const tree = parse(
      'x.md',
      'This Agreement is made between:\n\n1. **Northbridge Transport Authority**, a public body (the "Authority"); and\n2. **Kinetica Ltd**, a company (the "Supplier").\n\n## 1. Definitions\n\nText.\n',
    );
    expectSound(tree);
    expect(nodesOf(tree, 'listItem').map((i) => i.marker)).toEqual(['1.', '2.']);
    expect(nodesOf(tree, 'section').map((s) => [s.number, s.heading])).toEqual([['1', 'Definitions']]);
  });

  it('keeps a plain numbered list (no titles) as a list', () => {
    const tree = parse('x.md', 'The Parties:\n\n1. The exporter, and\n2. The importer.\n');
    expect(nodesOf(tree, 'section')).toEqual([]);
    expect(nodesOf(tree, 'listItem').map((i) => i.marker)).toEqual(['1.', '2.']);
  });

  it('makes "(a)" paragraphs list items with their marker', () => {
    const tree = parse('x.md', '2.2 The Supplier shall:\n\n(a) encrypt data; and\n\n(b) log access.\n\nAfter the list.\n');
    expectSound(tree);
    const items = nodesOf(tree, 'listItem') as ListItemNode[];
    expect(items.map((i) => i.marker)).toEqual(['(a)', '(b)']);
    expect(items.map((i) => sliceOf(tree, i))).toEqual(['(a) encrypt data; and', '(b) log access.']);
    const section = findSection(tree, '2.2')!;
    expect(section.children.map((c) => c.type)).toEqual(['paragraph', 'list', 'paragraph']);
  });

  it('keeps bullet markers as written', () => {
    const tree = parse('x.md', '* one\n* two\n\n+ three\n');
    expect(nodesOf(tree, 'listItem').map((i) => i.marker)).toEqual(['*', '*', '+']);
  });
});

describe('Markdown parser: tables, HTML, code, breaks', () => {
  it('rebuilds a GFM pipe table with exact cell positions', () => {
    const tree = parse('x.md', 'Domain | Practices\n-------|---------|\nSecurity | **Owner**. GitHub has officers. <br/> More.\nAccess | Least privilege\n');
    expectSound(tree);
    const table = nodesOf(tree, 'table')[0]!;
    expect(table.children.length).toBe(3);
    const cells = nodesOf(tree, 'tableCell') as TableCellNode[];
    expect(cells.map((c) => sliceOf(tree, c))).toEqual([
      'Domain',
      'Practices',
      'Security',
      '**Owner**. GitHub has officers. <br/> More.',
      'Access',
      'Least privilege',
    ]);
    expect(cells.map((c) => toPlainText(c))).toContain('Owner. GitHub has officers.  More.');
    expect((cells[3]!.children[0] as { data?: { strong?: boolean } }).data?.strong).toBe(true);
  });

  it('leaves a paragraph with pipes but no delimiter row alone', () => {
    const tree = parse('x.md', 'Either A | B applies.\nNo table here.\n');
    expect(nodesOf(tree, 'table')).toEqual([]);
  });

  it('skips HTML comments and thematic breaks, keeps HTML text', () => {
    const tree = parse('x.md', '<!-- clauselint-disable rule-x -- reason -->\n\nText.\n\n---\n\n<p>Held <b>securely</b>.</p>\n');
    expectSound(tree);
    const all = nodesOf(tree, 'text').map((t) => t.value).join('|');
    expect(all).not.toMatch(/clauselint|---/);
    expect(all).toContain('securely');
  });

  it('turns an HTML heading into a section', () => {
    const tree = parse('x.md', '<p id="a"><h1>Appendix A – Security Safeguards</h1></p>\n\nText.\n');
    expectSound(tree);
    expect(nodesOf(tree, 'section')[0]).toMatchObject({ number: 'A', kind: 'appendix', heading: 'Security Safeguards' });
  });

  it('keeps code block text as paragraphs', () => {
    const tree = parse('x.md', 'Intro.\n\n```\nThe Supplier shall act.\n```\n');
    expectSound(tree);
    expect(nodesOf(tree, 'paragraph').map((p) => toPlainText(p))).toEqual(['Intro.', 'The Supplier shall act.']);
  });

  it('flattens block quotes', () => {
    const tree = parse('x.md', '> **1.1 Scope.** The Supplier\n> shall act.\n');
    expectSound(tree);
    expect(findSection(tree, '1.1')).toMatchObject({ heading: 'Scope' });
    expect(toPlainText(nodesOf(tree, 'paragraph')[0]!)).toBe('The Supplier\nshall act.');
  });
});

describe('Markdown parser: never throws', () => {
  const fragments = [
    '# ', '## 1. ', '1. ', '1.1 ', '(a) ', '**', '*', '`', '|', '---', '-', '> ', '<ol><li>', '</li>', '</ol>',
    '<!--', '-->', '&amp;', '\\', 'Clause 4', 'Schedule 2', 'WHEREAS ', 'text ', '\n', '\n\n', '\r\n', '    ', '\t',
    '[x](y)', '![i](j)', '<b>', '</b>', '<h2>', '</h2>', '~~~\n', '```\n', '\uFEFF', 'é', '😀',
  ];
  let seed = 7;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  it('gives a sound tree or an error for 400 random documents', () => {
    for (let n = 0; n < 400; n++) {
      let source = '';
      const length = 1 + Math.floor(random() * 40);
      for (let k = 0; k < length; k++) source += fragments[Math.floor(random() * fragments.length)];
      const result = markdownParser.parse(new TextEncoder().encode(source), 'fuzz.md');
      if (result instanceof Promise) throw new Error('async');
      if (!result.ok) {
        expect(result.error.code, JSON.stringify(source)).toBe('empty-file');
        continue;
      }
      expect(checkTree(result.tree), JSON.stringify(source)).toEqual([]);
    }
  });

  it('has sections with depth increasing by nesting', () => {
    const tree = parse('x.md', '# A\n\n## 1. B\n\n### 1.1 C\n\n#### 1.1(a) D\n');
    const depths = (nodesOf(tree, 'section') as SectionNode[]).map((s) => s.depth);
    expect(depths).toEqual([1, 2, 3, 4]);
  });
});
