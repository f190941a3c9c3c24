/**
 * The one-line and XML formats CI dashboards read: compact, unix, checkstyle, junit. Exact
 * output on hand-made results (Markdown, DOCX, PDF, an unreadable file, a clean file), the
 * readers' own patterns, XML well-formedness, and real lint output.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LintResult } from '../../src/engine/diagnostic.js';
import { checkstyle } from '../../src/reporters/checkstyle.js';
import { compact } from '../../src/reporters/compact.js';
import { builtinReporters, getReporter } from '../../src/reporters/index.js';
import { junit } from '../../src/reporters/junit.js';
import type { ReporterContext } from '../../src/reporters/types.js';
import { unix } from '../../src/reporters/unix.js';
import { cdata, xmlAttribute } from '../../src/reporters/xml.js';
import { findAll, parseXml, XmlError } from './formats-xml.js';
import { diagnostic, result, ruleMeta } from './helpers.js';
import { documentFolder, lintAll, markdownFixtures } from './sarif-corpus.js';

const context: ReporterContext = { cwd: '/w', rulesMeta: new Map([['data-access-list', ruleMeta()]]), color: true };

/** `$eslint-compact`, verbatim from conventions.md §1.1 (VS Code problemMatcher.ts). */
const ESLINT_COMPACT = /^(.+):\sline\s(\d+),\scol\s(\d+),\s(Error|Warning|Info)\s-\s(.+)\s\((.+)\)$/;
/** VS Code's `$go` pattern (conventions.md §1.1): file 2, line 4, column 6, message 7. */
const GO = /^([^:]*: )?((.:)?[^:]*):(\d+)(:(\d+))?: (.*)$/;

const sample: LintResult[] = [
  result('/w/contracts/mobility.md', [
    diagnostic({ line: 3, column: 5, evidence: 'data <including> "all" & more ]]> end', suggestion: 'List the data.' }),
    diagnostic({
      ruleId: 'processing-limits',
      messageId: 'weak-open-purpose',
      severity: 'warning',
      message: 'The purpose is open ("any purpose the Authority may direct").',
      line: 12,
      column: 15,
    }),
    diagnostic({ ruleId: 'house/note', messageId: 'note', severity: 'info', message: 'A drafting  note.', line: 20, column: 1 }),
  ]),
  result(
    '/w/contracts/msa.docx',
    [diagnostic({ line: 40, anchor: { paragraph: 17, clause: 'clause 4.2', label: '¶ 17, clause 4.2' } })],
    { format: 'docx' },
  ),
  result('/w/contracts/msa.pdf', [diagnostic({ line: 90, anchor: { page: 3, line: 14, label: 'p. 3, l. 14' } })], { format: 'pdf' }),
  result(
    '/w/contracts/broken.pdf',
    [diagnostic({ ruleId: 'parse-error', messageId: 'corrupt', message: 'The PDF is damaged.', fatal: true, sources: [], anchor: { label: 'file' } })],
    { format: null },
  ),
  result('/w/contracts/clean.md', []),
];

describe('registry', () => {
  it('knows every format by name', async () => {
    expect(Object.keys(builtinReporters)).toEqual(['stylish', 'json', 'sarif', 'compact', 'unix', 'junit', 'checkstyle', 'github']);
    for (const name of ['sarif', 'compact', 'unix', 'junit', 'checkstyle']) expect(typeof (await getReporter(name, '/w'))).toBe('function');
    await expect(getReporter('xml', '/w')).rejects.toThrow('built-in: stylish, json, sarif, compact, unix, junit, checkstyle, github;');
  });
});

describe('compact', () => {
  const output = compact(sample, context);

  it('is ESLint\'s compact format, with the anchor leading DOCX and PDF messages', () => {
    expect(output).toBe(
      [
        '/w/contracts/mobility.md: line 3, col 5, Error - The contract does not list the data the operator may access. (data-access-list)',
        '/w/contracts/mobility.md: line 12, col 15, Warning - The purpose is open ("any purpose the Authority may direct"). (processing-limits)',
        '/w/contracts/mobility.md: line 20, col 1, Info - A drafting note. (house/note)',
        '/w/contracts/msa.docx: line 17, col 1, Error - ¶ 17, clause 4.2: The contract does not list the data the operator may access. (data-access-list)',
        '/w/contracts/msa.pdf: line 1, col 1, Error - p. 3, l. 14: The contract does not list the data the operator may access. (data-access-list)',
        '/w/contracts/broken.pdf: line 1, col 1, Error - The PDF is damaged. (parse-error)',
        '',
        '6 problems',
        '',
      ].join('\n'),
    );
  });

  it('VS Code\'s $eslint-compact reads every problem line with the right groups, and nothing else', () => {
    const lines = output.split('\n');
    const parsed = lines.map((line) => ESLINT_COMPACT.exec(line)).filter((match) => match !== null);
    expect(parsed).toHaveLength(6);
    expect(parsed.map((match) => match.slice(1))).toEqual([
      ['/w/contracts/mobility.md', '3', '5', 'Error', 'The contract does not list the data the operator may access.', 'data-access-list'],
      ['/w/contracts/mobility.md', '12', '15', 'Warning', 'The purpose is open ("any purpose the Authority may direct").', 'processing-limits'],
      ['/w/contracts/mobility.md', '20', '1', 'Info', 'A drafting note.', 'house/note'],
      ['/w/contracts/msa.docx', '17', '1', 'Error', '¶ 17, clause 4.2: The contract does not list the data the operator may access.', 'data-access-list'],
      ['/w/contracts/msa.pdf', '1', '1', 'Error', 'p. 3, l. 14: The contract does not list the data the operator may access.', 'data-access-list'],
      ['/w/contracts/broken.pdf', '1', '1', 'Error', 'The PDF is damaged.', 'parse-error'],
    ]);
    expect(ESLINT_COMPACT.test('6 problems')).toBe(false);
  });

  it('prints nothing for a clean run; a line break in a path cannot split a record', () => {
    expect(compact([result('/w/a.md', [])], context)).toBe('');
    const odd = compact([result('/w/odd\nname.md', [diagnostic()])], context);
    expect(odd.split('\n')[0]).toMatch(ESLINT_COMPACT);
  });
});

describe('unix', () => {
  const output = unix(sample, context);

  it('is path:line:col: message [Severity/rule]', () => {
    expect(output.split('\n').slice(0, 6)).toEqual([
      '/w/contracts/mobility.md:3:5: The contract does not list the data the operator may access. [Error/data-access-list]',
      '/w/contracts/mobility.md:12:15: The purpose is open ("any purpose the Authority may direct"). [Warning/processing-limits]',
      '/w/contracts/mobility.md:20:1: A drafting note. [Info/house/note]',
      '/w/contracts/msa.docx:17:1: ¶ 17, clause 4.2: The contract does not list the data the operator may access. [Error/data-access-list]',
      '/w/contracts/msa.pdf:1:1: p. 3, l. 14: The contract does not list the data the operator may access. [Error/data-access-list]',
      '/w/contracts/broken.pdf:1:1: The PDF is damaged. [Error/parse-error]',
    ]);
    expect(output.endsWith('\n\n6 problems\n')).toBe(true);
    expect(unix([result('/w/a.md', [])], context)).toBe('');
  });

  it('reads back with file:line:col patterns ($go, errorformat %f:%l:%c: %m)', () => {
    const lines = output.split('\n').slice(0, 6);
    for (const line of lines) {
      const match = GO.exec(line)!;
      expect(match[2]).toMatch(/^\/w\/contracts\//);
      expect(Number(match[4])).toBeGreaterThan(0);
      expect(Number(match[6])).toBeGreaterThan(0);
      expect(match[7]).toMatch(/ \[(Error|Warning|Info)\/[\w/-]+\]$/);
    }
  });
});

describe('checkstyle', () => {
  const output = checkstyle(sample, context);
  const root = parseXml(output);

  it('is well-formed checkstyle 4.3 XML with one <file> per linted file, clean ones included', () => {
    expect(output.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<checkstyle version="4.3">\n')).toBe(true);
    expect(root).toMatchObject({ name: 'checkstyle', attributes: { version: '4.3' } });
    expect(root.children.map((file) => [file.name, file.attributes.name, file.children.length])).toEqual([
      ['file', '/w/contracts/mobility.md', 3],
      ['file', '/w/contracts/msa.docx', 1],
      ['file', '/w/contracts/msa.pdf', 1],
      ['file', '/w/contracts/broken.pdf', 1],
      ['file', '/w/contracts/clean.md', 0],
    ]);
  });

  it('each finding is an <error> with line, column, severity, the message with its rule, and the source', () => {
    expect(findAll(root, 'error').map((error) => error.attributes)).toEqual([
      {
        line: '3',
        column: '5',
        severity: 'error',
        message: 'The contract does not list the data the operator may access. (data-access-list)',
        source: 'clauselint.rules.data-access-list',
      },
      {
        line: '12',
        column: '15',
        severity: 'warning',
        message: 'The purpose is open ("any purpose the Authority may direct"). (processing-limits)',
        source: 'clauselint.rules.processing-limits',
      },
      { line: '20', column: '1', severity: 'info', message: 'A drafting note. (house/note)', source: 'clauselint.rules.house/note' },
      {
        line: '17',
        column: '1',
        severity: 'error',
        message: '¶ 17, clause 4.2: The contract does not list the data the operator may access. (data-access-list)',
        source: 'clauselint.rules.data-access-list',
      },
      {
        line: '1',
        column: '1',
        severity: 'error',
        message: 'p. 3, l. 14: The contract does not list the data the operator may access. (data-access-list)',
        source: 'clauselint.rules.data-access-list',
      },
      { line: '1', column: '1', severity: 'error', message: 'The PDF is damaged. (parse-error)', source: 'clauselint.rules.parse-error' },
    ]);
  });

  it('escapes what XML needs escaped in paths and messages', () => {
    const nasty = result('/w/R&D <"draft">\'s.md', [diagnostic({ message: 'Use <b> & "quotes" \'here\'.', ruleId: 'a&b' })]);
    const xml = checkstyle([nasty], context);
    const parsed = parseXml(xml);
    expect(parsed.children[0]!.attributes.name).toBe('/w/R&D <"draft">\'s.md');
    expect(findAll(parsed, 'error')[0]!.attributes).toMatchObject({ message: 'Use <b> & "quotes" \'here\'. (a&b)', source: 'clauselint.rules.a&b' });
  });
});

describe('junit', () => {
  const output = junit(sample, context);
  const root = parseXml(output);
  const suites = findAll(root, 'testsuite');

  it('one testsuite per file with counts, one testcase per finding; totals on <testsuites>', () => {
    expect(root.attributes).toEqual({ name: 'clauselint', tests: '7', failures: '5', errors: '1' });
    expect(suites.map((suite) => suite.attributes)).toEqual([
      { package: 'clauselint', time: '0', tests: '3', failures: '3', errors: '0', name: '/w/contracts/mobility.md' },
      { package: 'clauselint', time: '0', tests: '1', failures: '1', errors: '0', name: '/w/contracts/msa.docx' },
      { package: 'clauselint', time: '0', tests: '1', failures: '1', errors: '0', name: '/w/contracts/msa.pdf' },
      { package: 'clauselint', time: '0', tests: '1', failures: '0', errors: '1', name: '/w/contracts/broken.pdf' },
      { package: 'clauselint', time: '0', tests: '1', failures: '0', errors: '0', name: '/w/contracts/clean.md' },
    ]);
  });

  it('a finding is a <failure> whose text starts with ESLint\'s line, then evidence, sources and model clause', () => {
    const [first, second] = findAll(suites[0]!, 'testcase');
    expect(first!.attributes).toEqual({ time: '0', name: 'clauselint.data-access-list', classname: '/w/contracts/mobility' });
    const failure = first!.children[0]!;
    expect(failure.name).toBe('failure');
    expect(failure.attributes).toEqual({ message: 'The contract does not list the data the operator may access.', type: 'error' });
    expect(failure.text).toBe(
      [
        'line 3, col 5, Error - The contract does not list the data the operator may access. (data-access-list)',
        'Evidence: "data <including> "all" & more ]]> end"',
        'Sources: GDPR Art. 28(3)(a)',
        'Model clause: List the data.',
      ].join('\n'),
    );
    expect(second!.children[0]!.attributes.type).toBe('warning');
  });

  it('DOCX and PDF anchors lead the message; an unreadable file is an <error>; a clean file one passing testcase', () => {
    expect(findAll(suites[1]!, 'failure')[0]!.attributes.message).toBe('¶ 17, clause 4.2: The contract does not list the data the operator may access.');
    expect(findAll(suites[1]!, 'failure')[0]!.text).toMatch(/^line 17, col 1, Error - ¶ 17, clause 4\.2: /);
    expect(findAll(suites[2]!, 'failure')[0]!.attributes.message).toMatch(/^p\. 3, l\. 14: /);
    expect(findAll(suites[3]!, 'error')[0]!.attributes.message).toBe('The PDF is damaged.');
    expect(findAll(suites[3]!, 'failure')).toEqual([]);
    expect(suites[4]!.children).toEqual([
      { name: 'testcase', attributes: { time: '0', name: '/w/contracts/clean.md', classname: '/w/contracts/clean' }, children: [], text: '' },
    ]);
  });

  it('keeps text XML cannot hold out: control characters are replaced, "]]>" is split across CDATA sections', () => {
    const odd = junit([result('/w/a.md', [diagnostic({ message: 'Bell\u0007 and \uD800 lone.', evidence: 'a ]]> b' })])], context);
    const failure = findAll(parseXml(odd), 'failure')[0]!;
    expect(failure.attributes.message).toBe('Bell\uFFFD and \uFFFD lone.');
    expect(failure.text).toContain('Evidence: "a ]]> b"');
  });
});

describe('the XML checker has teeth', () => {
  it.each([
    ['two roots', '<a/><b/>'],
    ['unclosed', '<a><b></a>'],
    ['raw <', '<a x="<"/>'],
    ['bare &', '<a>R&D</a>'],
    ['unknown entity', '<a>&nbsp;</a>'],
    ['duplicate attribute', '<a x="1" x="2"/>'],
    ['unquoted', '<a x=1/>'],
    [']]> in text', '<a>]]></a>'],
    ['control character', '<a>\u0001</a>'],
    ['-- in comment', '<a><!-- a -- b --></a>'],
  ])('rejects %s', (_name, xml) => {
    expect(() => parseXml(xml)).toThrow(XmlError);
  });

  it('escaping helpers', () => {
    expect(xmlAttribute('a\tb\nc"&<>\'')).toBe('a&#9;b&#10;c&quot;&amp;&lt;&gt;&apos;');
    expect(parseXml(`<a x="${xmlAttribute('l1\nl2')}"/>`).attributes.x).toBe('l1\nl2');
    expect(cdata('x]]>y')).toBe('<![CDATA[x]]]]><![CDATA[>y]]>');
  });
});

describe('real lint output', () => {
  let folder: Awaited<ReturnType<typeof documentFolder>>;
  const runs: Array<{ name: string; results: LintResult[]; context: ReporterContext }> = [];

  beforeAll(async () => {
    const corpus = await lintAll(markdownFixtures());
    runs.push({ name: 'fixtures', results: corpus.results, context: { cwd: corpus.cwd, rulesMeta: corpus.rulesMeta, color: false } });
    folder = await documentFolder();
    const documents = await lintAll(Object.values(folder.files), folder.dir);
    runs.push({ name: 'documents', results: documents.results, context: { cwd: folder.dir, rulesMeta: documents.rulesMeta, color: false } });
  }, 120_000);
  afterAll(() => folder?.remove());

  it('compact and unix: one line per finding, every compact line read by $eslint-compact', () => {
    for (const { results, context: runContext } of runs) {
      const total = results.reduce((sum, entry) => sum + entry.messages.length, 0);
      expect(total).toBeGreaterThan(0);
      const compactLines = compact(results, runContext).split('\n');
      expect(compactLines.filter((line) => ESLINT_COMPACT.test(line))).toHaveLength(total);
      expect(compactLines.at(-2)).toBe(`${total} problem${total === 1 ? '' : 's'}`);
      const unixLines = unix(results, runContext).split('\n').filter((line) => /\[(Error|Warning|Info)\/[^\]]+\]$/.test(line));
      expect(unixLines).toHaveLength(total);
      for (const line of compactLines.filter((entry) => ESLINT_COMPACT.test(entry))) {
        expect(path.isAbsolute(ESLINT_COMPACT.exec(line)![1]!)).toBe(true);
      }
    }
  });

  it('checkstyle and junit: well-formed, with one entry per finding and per file', () => {
    for (const { results, context: runContext } of runs) {
      const total = results.reduce((sum, entry) => sum + entry.messages.length, 0);
      const fatal = results.reduce((sum, entry) => sum + entry.messages.filter((message) => message.fatal).length, 0);
      const style = parseXml(checkstyle(results, runContext));
      expect(findAll(style, 'file')).toHaveLength(results.length);
      expect(findAll(style, 'error')).toHaveLength(total);
      const tests = parseXml(junit(results, runContext));
      expect(findAll(tests, 'testsuite')).toHaveLength(results.length);
      expect(findAll(tests, 'failure')).toHaveLength(total - fatal);
      expect(findAll(tests, 'error')).toHaveLength(fatal);
    }
  });

  it('DOCX and PDF findings (once the parsers read them) carry the anchor in every format', () => {
    const { results, context: runContext } = runs[1]!;
    const parsed = results.filter((entry) => (entry.format === 'docx' || entry.format === 'pdf') && !entry.messages.some((message) => message.fatal));
    for (const entry of parsed) {
      for (const message of entry.messages) {
        const label = message.anchor.label;
        const one = result(entry.filePath, [message], { format: entry.format });
        expect(compact([one], runContext)).toContain(` - ${label}: `);
        expect(unix([one], runContext)).toContain(`: ${label}: `);
        expect(findAll(parseXml(checkstyle([one], runContext)), 'error')[0]!.attributes.message!.startsWith(`${label}: `)).toBe(true);
      }
    }
    // Unreadable (or not yet supported) documents are still listed, as errors.
    const unreadable = results.filter((entry) => entry.fatalErrorCount > 0);
    expect(unreadable.length).toBeGreaterThanOrEqual(3);
    expect(findAll(parseXml(junit(unreadable, runContext)), 'error')).toHaveLength(unreadable.length);
  });
});
