/**
 * Word numbering and structure edge cases on hand-written packages: number formats, level text,
 * restarts (lvlRestart, startOverride, a new num on the same abstract), legal numbering,
 * numbering-style links, properties under tracked changes, headings by outline level, and markup
 * mammoth would drop.
 */
import { describe, expect, it } from 'vitest';
import { formatNumber, Numbering, toLetters, toRoman } from '../../src/parsers/docx/numbering.js';
import { prepass } from '../../src/parsers/docx/prepass.js';
import { Styles } from '../../src/parsers/docx/styles.js';
import type { DocumentNode } from '../../src/tree/types.js';
import { expectSoundDocx, findSection, list, makeDocx, num, numPr, p, parseDocxOrFail, sections } from './docx-helpers.js';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const lines = (tree: DocumentNode): string[] => tree.data.text.split('\n');

/** Labels Word would show for a sequence of (numId, ilvl) paragraphs. */
function labels(numbering: string, paragraphs: Array<[string, number]>, styles = ''): string[] {
  const model = Numbering.parse(`<w:numbering ${W}>${numbering}</w:numbering>`, Styles.parse(`<w:styles ${W}>${styles}</w:styles>`));
  return paragraphs.map(([numId, ilvl]) => model.next(null, { numId, ilvl })?.text ?? '-');
}

describe('number formats', () => {
  it('writes letters, romans and zero-padded decimals as Word does', () => {
    expect([1, 2, 26, 27, 28, 53].map(toLetters)).toEqual(['a', 'b', 'z', 'aa', 'bb', 'aaa']);
    // Up to 30 letters; past that digits, so a start of 2000000000 cannot make a label of
    // 77 million letters per paragraph (found while fuzzing numbering values).
    expect(toLetters(780)).toBe('z'.repeat(30));
    expect([781, 2_000_000_000].map(toLetters)).toEqual(['781', '2000000000']);
    expect([1, 4, 9, 14, 40, 1999].map(toRoman)).toEqual(['i', 'iv', 'ix', 'xiv', 'xl', 'mcmxcix']);
    expect(formatNumber(3, 'upperLetter')).toBe('C');
    expect(formatNumber(12, 'upperRoman')).toBe('XII');
    expect(formatNumber(7, 'decimalZero')).toBe('07');
    expect(formatNumber(22, 'ordinal')).toBe('22nd');
    expect(formatNumber(5, 'none')).toBe('');
    expect(formatNumber(5, 'chineseCounting')).toBe('5');
  });
});

describe('numbering model', () => {
  const outline = list(1, [
    ['decimal', '%1.'],
    ['decimal', '%1.%2'],
    ['lowerLetter', '(%3)'],
    ['lowerRoman', '(%4)'],
  ]);

  it('expands "%1.%2" level text and restarts deeper levels', () => {
    expect(
      labels(outline + num(1, 1), [
        ['1', 0], ['1', 1], ['1', 1], ['1', 2], ['1', 3], ['1', 3], ['1', 2], ['1', 0], ['1', 1], ['1', 2],
      ]),
    ).toEqual(['1.', '1.1', '1.2', '(a)', '(i)', '(ii)', '(b)', '2.', '2.1', '(a)']);
  });

  it('shows an unused higher level at its start value', () => {
    expect(labels(outline + num(1, 1), [['1', 1], ['1', 1]])).toEqual(['1.1', '1.2']);
  });

  it('continues one sequence across nums of the same abstract numbering; an override restarts', () => {
    const restart = '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>';
    expect(labels(outline + num(1, 1) + num(2, 1) + num(3, 1, restart), [['1', 0], ['2', 0], ['3', 0], ['3', 0], ['1', 0]])).toEqual([
      '1.', '2.', '1.', '2.', '3.',
    ]);
    const startAt5 = '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride>';
    expect(labels(outline + num(4, 1, startAt5), [['4', 0], ['4', 0]])).toEqual(['5.', '6.']);
  });

  it('keeps counting a level whose lvlRestart is 0, and restarts after the level lvlRestart names', () => {
    const never = list(2, [['decimal', '%1.'], ['decimal', 'Note %2', '<w:lvlRestart w:val="0"/>']]);
    expect(labels(never + num(1, 2), [['1', 0], ['1', 1], ['1', 0], ['1', 1]])).toEqual(['1.', 'Note 1', '2.', 'Note 2']);
    const onlyAfterTop = list(3, [['decimal', '%1.'], ['decimal', '%2)'], ['lowerLetter', '%3.', '<w:lvlRestart w:val="1"/>']]);
    expect(labels(onlyAfterTop + num(1, 3), [['1', 2], ['1', 1], ['1', 2], ['1', 0], ['1', 2]])).toEqual(['a.', '1)', 'b.', '1.', 'a.']);
  });

  it('shows every level in arabic on a legal (isLgl) level', () => {
    const legal = list(4, [['upperRoman', 'Article %1'], ['decimal', '%1.%2', '<w:isLgl/>']]);
    expect(labels(legal + num(1, 4), [['1', 0], ['1', 0], ['1', 1]])).toEqual(['Article I', 'Article II', '2.1']);
  });

  it('follows a numbering-style link (numStyleLink → a numbering style → its num)', () => {
    const numbering =
      list(5, [['upperLetter', '%1.']]) + '<w:abstractNum w:abstractNumId="6"><w:numStyleLink w:val="Schedules"/></w:abstractNum>' + num(1, 5) + num(2, 6);
    const styles = `<w:style w:type="numbering" w:styleId="Schedules"><w:pPr>${numPr(1)}</w:pPr></w:style>`;
    expect(labels(numbering, [['2', 0], ['2', 0]], styles)).toEqual(['A.', 'B.']);
  });

  it('gives bullets their glyph, maps private-use symbol glyphs to "•", and numId 0 to nothing', () => {
    const bullets = list(7, [['bullet', '\uf0b7'], ['bullet', 'o'], ['bullet', '▪']]);
    expect(labels(bullets + num(1, 7), [['1', 0], ['1', 1], ['1', 2], ['0', 0]])).toEqual(['•', '◦', '▪', '-']);
  });

  it('numbers through a paragraph style and its basedOn chain, the level found by w:pStyle', () => {
    const numbering = list(8, [['decimal', '%1.', '<w:pStyle w:val="H1"/>'], ['decimal', '%1.%2', '<w:pStyle w:val="H2"/>']]) + num(3, 8);
    const styles =
      `<w:style w:type="paragraph" w:styleId="H1"><w:name w:val="heading 1"/><w:pPr>${numPr(3)}</w:pPr></w:style>` +
      `<w:style w:type="paragraph" w:styleId="H2"><w:name w:val="heading 2"/><w:pPr>${numPr(3)}</w:pPr></w:style>` +
      `<w:style w:type="paragraph" w:styleId="MyH2"><w:name w:val="Clause Heading"/><w:basedOn w:val="H2"/></w:style>`;
    const model = Numbering.parse(`<w:numbering ${W}>${numbering}</w:numbering>`, Styles.parse(`<w:styles ${W}>${styles}</w:styles>`));
    expect([model.next('H1', undefined), model.next('H2', undefined), model.next('MyH2', undefined)].map((l) => l?.text)).toEqual(['1.', '1.1', '1.2']);
    // A direct numId 0 switches the style's numbering off.
    expect(model.next('H1', { numId: '0' })).toBeUndefined();
  });
});

describe('prepass', () => {
  it('counts top-level paragraphs (empty ones too), gives text-box paragraphs their anchor’s index', () => {
    const xml = `<w:document ${W}><w:body>${p('one')}<w:p/><w:p><w:r><w:pict><v:textbox><w:txbxContent>${p('box')}</w:txbxContent></v:textbox></w:pict></w:r></w:p>${p('four')}</w:body></w:document>`;
    const scan = prepass(xml);
    expect(scan.paragraphCount).toBe(4);
    expect(scan.records.map((r) => [r.paragraph, r.nested])).toEqual([[1, false], [2, false], [3, false], [3, true], [4, false]]);
    expect(scan.xml.match(/_clauselint_\d+/g)).toEqual(['_clauselint_0', '_clauselint_2', '_clauselint_3', '_clauselint_4']);
  });

  it('reads the current numbering, not the old one a tracked property change keeps; a deleted mark; a section break', () => {
    const changed = `<w:p><w:pPr>${numPr(2, 1)}<w:rPr><w:del w:id="1" w:author="A"/></w:rPr><w:pPrChange w:id="2"><w:pPr>${numPr(9, 3)}</w:pPr></w:pPrChange></w:pPr><w:r><w:t>x</w:t></w:r></w:p>`;
    const onlyOld = `<w:p><w:pPr><w:pPrChange w:id="3"><w:pPr>${numPr(9, 3)}</w:pPr></w:pPrChange></w:pPr></w:p>`;
    const sectionBreak = `<w:p><w:pPr><w:sectPr><w:pgSz w:w="12240"/></w:sectPr></w:pPr></w:p>`;
    const scan = prepass(`<w:document ${W}><w:body>${changed}${onlyOld}${sectionBreak}</w:body></w:document>`);
    expect(scan.records).toEqual([
      { paragraph: 1, nested: false, numId: '2', ilvl: 1, deletedMark: true },
      { paragraph: 2, nested: false },
      { paragraph: 3, nested: false, sectionBreak: true },
    ]);
  });

  it('hands mammoth the XML without each paragraph’s own numPr when asked, the same records read', () => {
    const own = `<w:p><w:pPr><w:pStyle w:val="B"/>${numPr(2, 1)}<w:pPrChange w:id="2"><w:pPr>${numPr(9, 3)}</w:pPr></w:pPrChange></w:pPr><w:r><w:t>x</w:t></w:r></w:p>`;
    const selfClosed = `<w:p><w:pPr><w:numPr/><w:jc w:val="left"/></w:pPr></w:p>`;
    const xml = `<w:document ${W}><w:body>${own}${selfClosed}${p('plain')}</w:body></w:document>`;
    const kept = prepass(xml);
    const dropped = prepass(xml, { dropNumbering: true });
    expect(dropped.records).toEqual(kept.records);
    expect(dropped.xml).toBe(kept.xml.replace(numPr(2, 1), '').replace('<w:numPr/>', ''));
    // The old properties of the tracked change stay.
    expect(dropped.xml).toContain(numPr(9, 3));
    // Without bookmarks: the same records, and the XML as it was.
    const plain = prepass(xml, { bookmarks: false });
    expect(plain.records).toEqual(kept.records);
    expect(plain.xml).toBe(xml);
  });

  it('drops numPr for mammoth only when every numbering-style link names a numbering style', () => {
    const linked = '<w:abstractNum w:abstractNumId="6"><w:numStyleLink w:val="Schedules"/></w:abstractNum>' + num(2, 6);
    const numbering = (styles: string): Numbering =>
      Numbering.parse(`<w:numbering ${W}>${list(5, [['upperLetter', '%1.']])}${num(1, 5)}${linked}</w:numbering>`, Styles.parse(`<w:styles ${W}>${styles}</w:styles>`));
    expect(numbering(`<w:style w:type="numbering" w:styleId="Schedules"><w:pPr>${numPr(1)}</w:pPr></w:style>`).styleLinksResolve()).toBe(true);
    expect(numbering(`<w:style w:type="paragraph" w:styleId="Schedules"/>`).styleLinksResolve()).toBe(false);
    expect(numbering('').styleLinksResolve()).toBe(false);
    expect(Numbering.parse(undefined, Styles.parse(undefined)).styleLinksResolve()).toBe(true);
  });

  it('leaves markup with another prefix alone (and says so)', () => {
    const xml = '<document xmlns="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><body><p/></body></document>';
    expect(prepass(xml)).toMatchObject({ xml, aligned: false, records: [] });
  });
});

describe('DOCX structure from hand-written packages', () => {
  const numbering = list(1, [['decimal', '%1.'], ['decimal', '%1.%2'], ['lowerLetter', '(%3)']]) + list(2, [['decimal', '%1.']]) + num(1, 1) + num(2, 2);

  it('makes a numbered list of another list inside a numbered clause items of that clause', async () => {
    const tree = await parseDocxOrFail(
      makeDocx({
        numbering,
        body: p('Data', numPr(1, 0)) + p('The Supplier shall report:', numPr(1, 1)) + p('the trips;', numPr(2, 0)) + p('the requests.', numPr(2, 0)) + p('Each report is public.', numPr(1, 1)),
      }),
    );
    expectSoundDocx(tree);
    expect(lines(tree)).toEqual(['1. Data', '1.1 The Supplier shall report:', '1. the trips;', '2. the requests.', '1.2 Each report is public.']);
    expect(sections(tree).map((s) => s.number)).toEqual(['1', '1.1', '1.1(1)', '1.1(2)', '1.2']);
  });

  it('reads a custom heading style by its outline level, and a long heading-styled paragraph as a clause', async () => {
    const styles =
      '<w:style w:type="paragraph" w:styleId="Part"><w:name w:val="Part Title"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>' +
      '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/></w:style>';
    const long = 'Access. During the Subscription Period and subject to this Agreement, the Customer may access and use the Cloud Service.';
    const tree = await parseDocxOrFail(makeDocx({ styles, numbering, body: p('Data Protection', '<w:pStyle w:val="Part"/>') + p(long, `<w:pStyle w:val="Heading2"/>${numPr(1, 1)}`) }));
    expectSoundDocx(tree);
    expect(sections(tree)[0]).toMatchObject({ heading: 'Data Protection', depth: 1 });
    // Not a heading line: the run-in title is the heading, the sentence is its body.
    expect(findSection(tree, '1.1')).toMatchObject({ heading: 'Access', depth: 2 });
  });

  it('keeps the text of simple fields (a cross-reference) that mammoth would drop', async () => {
    const body = '<w:p><w:r><w:t xml:space="preserve">As set out in clause </w:t></w:r><w:fldSimple w:instr=" REF _Ref1 \\r "><w:r><w:t>4.2</w:t></w:r></w:fldSimple><w:r><w:t>.</w:t></w:r></w:p>';
    expect((await parseDocxOrFail(makeDocx({ body }))).data.text).toBe('As set out in clause 4.2.');
  });

  it('counts paragraphs itself when the markup uses another prefix', async () => {
    const tree = await parseDocxOrFail(
      makeDocx({
        rootTag: '<document xmlns="http://schemas.openxmlformats.org/wordprocessingml/2006/main">',
        body: '<p><r><t>First paragraph.</t></r></p><p><r><t>Second paragraph.</t></r></p>',
      }),
    );
    expectSoundDocx(tree);
    expect(tree.children.map((c) => c.data?.source)).toEqual([
      { kind: 'docx', paragraph: 1 },
      { kind: 'docx', paragraph: 2 },
    ]);
  });

  it('keeps each paragraph’s ¶ when mammoth drops a paragraph it was expected to keep (read again with bookmarks)', async () => {
    // mammoth drops an element it does not know with its content: here the second paragraph.
    const tree = await parseDocxOrFail(
      makeDocx({ body: `${p('One.')}<w:unknownWrapper>${p('Two.')}</w:unknownWrapper>${p('Three.')}<w:p/>${p('Four.', numPr(0))}` }),
    );
    expectSoundDocx(tree);
    expect(lines(tree)).toEqual(['One.', 'Three.', 'Four.']);
    expect(tree.children.map((c) => c.data?.source)).toEqual([
      { kind: 'docx', paragraph: 1 },
      { kind: 'docx', paragraph: 3 },
      { kind: 'docx', paragraph: 5 },
    ]);
  });

  it('takes a bold line after "SCHEDULE 1" as its title; other bold lines are titles one level below the styled headings', async () => {
    const styles = '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style>';
    const bold = (text: string): string => `<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>${text}</w:t></w:r></w:p>`;
    const tree = await parseDocxOrFail(
      makeDocx({
        styles,
        body:
          p('SCHEDULE 1', '') + bold('Data Categories') + p('Trip records.') + bold('Sources') + p('The platform.') +
          p('Services', '<w:pStyle w:val="Heading1"/>') + bold('Service Levels') + p('Monthly.'),
      }),
    );
    expectSoundDocx(tree);
    const outline = sections(tree).map((s) => `${s.depth} ${[s.label, s.heading].filter(Boolean).join(': ')}`);
    expect(outline).toEqual(['1 Schedule 1: Data Categories', '2 Sources', '2 Services', '3 Service Levels']);
  });

  it('leaves an empty paragraph that only carries a section break unnumbered', async () => {
    const tree = await parseDocxOrFail(
      makeDocx({
        numbering,
        body: `<w:p><w:pPr>${numPr(1, 0)}<w:sectPr/></w:pPr></w:p>` + p('Service', numPr(1, 0)) + p('Access.', numPr(1, 1)),
      }),
    );
    expect(lines(tree)).toEqual(['1. Service', '1.1 Access.']);
  });
});
