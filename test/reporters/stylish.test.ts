import { describe, expect, it } from 'vitest';
import { stylish } from '../../src/reporters/stylish.js';
import type { ReporterContext } from '../../src/reporters/types.js';
import { diagnostic, result, ruleMeta } from './helpers.js';
import { collectMarkers, matcherAccepts } from './vscode-stylish-matcher.js';

const rulesMeta = new Map([
  ['data-access-list', ruleMeta()],
  [
    'processing-limits',
    ruleMeta({
      id: 'processing-limits',
      rationale: 'An open purpose lets data be reused for anything. More text.',
      sources: ['GDPR Art. 5(1)(b)'],
      messages: { 'weak-open-purpose': 'The purpose is open-ended.' },
    }),
  ],
]);
const context: ReporterContext = { cwd: '/w', rulesMeta, color: false };

const twoFiles = [
  result('/w/contracts/mobility.md', [
    diagnostic({ line: 3, column: 1, suggestion: 'The Operator shall provide the Authority with the data listed in Schedule 3.' }),
    diagnostic({
      ruleId: 'processing-limits',
      messageId: 'weak-open-purpose',
      severity: 'warning',
      message: 'The purpose  is   open-ended.',
      line: 12,
      column: 15,
      evidence: 'for any purpose the Authority may direct',
      sources: ['GDPR Art. 5(1)(b)'],
    }),
  ]),
  result('/w/contracts/clean.md', []),
  result('/w/contracts/health.md', [
    diagnostic({ severity: 'info', ruleId: 'drafting-note', messageId: 'note', message: 'A drafting note.', line: 7, column: 2 }),
  ]),
];

describe('stylish reporter', () => {
  it('prints ESLint-style groups with aligned columns, a blank line after each and a summary', () => {
    const lines = stylish(twoFiles, { ...context, hints: false }).split('\n');
    expect(lines).toEqual([
      '/w/contracts/mobility.md',
      '  3:1    error    The contract does not list the data the operator may access.  data-access-list',
      '  12:15  warning  The purpose is open-ended.                                    processing-limits',
      '',
      '/w/contracts/health.md',
      '  7:2  info  A drafting note.  drafting-note',
      '',
      '✖ 3 problems (1 error, 1 warning, 1 info)',
      '',
    ]);
  });

  it('never leaves two consecutive spaces inside a message', () => {
    const output = stylish(twoFiles, { ...context, hints: false });
    const line = output.split('\n').find((text) => text.includes('open-ended'))!;
    expect(line).toContain('The purpose is open-ended.');
  });

  it('prints a fatal file error as 1:1 error <cause> parse-error', () => {
    const fatal = result('/w/broken.md', [
      diagnostic({ ruleId: 'parse-error', messageId: 'not-utf8', message: 'The file is not valid UTF-8 text.', fatal: true, sources: [] }),
    ]);
    const lines = stylish([fatal], context).split('\n');
    expect(lines.slice(0, 3)).toEqual(['/w/broken.md', '  1:1  error  The file is not valid UTF-8 text.  parse-error', '']);
    // No rule docs for parse errors, so no "How to fix" section.
    expect(lines).not.toContain('How to fix');
  });

  it('puts the anchor label first for DOCX and PDF, which have no editor lines', () => {
    const docx = result(
      '/w/a.docx',
      [diagnostic({ line: 40, anchor: { paragraph: 17, clause: 'clause 4.2', label: '¶ 17, clause 4.2' } })],
      { format: 'docx' },
    );
    const pdf = result('/w/b.pdf', [diagnostic({ line: 90, anchor: { page: 3, line: 14, label: 'p. 3, l. 14' } })], {
      format: 'pdf',
    });
    const lines = stylish([docx, pdf], { ...context, hints: false }).split('\n');
    expect(lines[1]).toBe('  17:1  error  ¶ 17, clause 4.2: The contract does not list the data the operator may access.  data-access-list');
    expect(lines[4]).toBe('  1:1  error  p. 3, l. 14: The contract does not list the data the operator may access.  data-access-list');
  });

  it('says so when there is nothing to report', () => {
    expect(stylish([result('/w/a.md', []), result('/w/b.md', [])], context)).toBe('✔ No problems found in 2 files.\n');
  });

  it('colours only when asked', () => {
    expect(stylish(twoFiles, context)).not.toMatch(/\u001b\[/);
    const coloured = stylish(twoFiles, { ...context, color: true });
    expect(coloured).toMatch(/\u001b\[31merror/);
    expect(coloured.replace(/\u001b\[\d+m/g, '')).toBe(stylish(twoFiles, context));
  });

  describe('How to fix section', () => {
    it('explains each rule and messageId once, after the summary', () => {
      const repeated = [
        ...twoFiles,
        result('/w/contracts/other.md', [
          diagnostic({ line: 5, suggestion: 'A different model clause that is not shown.' }),
          diagnostic({
            ruleId: 'processing-limits',
            messageId: 'weak-open-purpose',
            severity: 'warning',
            line: 9,
            sources: ['GDPR Art. 5(1)(b)'],
          }),
        ]),
      ];
      const output = stylish(repeated, context);
      const section = output.slice(output.indexOf('How to fix'));
      expect(section.split('\n')).toEqual([
        'How to fix',
        '  • data-access-list (missing): 2 findings in 2 files',
        '    Why: Without a list of the data covered, the public authority cannot know what it may',
        '         demand, e.g. trip records.',
        '    Sources: GDPR Art. 28(3)(a)',
        '    Evidence: none quoted',
        '    Model clause:',
        '      │ The Operator shall provide the Authority with the data listed in Schedule 3.',
        '    Run `clauselint --explain data-access-list` for details.',
        '',
        '  • processing-limits (weak-open-purpose): 2 findings in 2 files',
        '    Why: An open purpose lets data be reused for anything.',
        '    Sources: GDPR Art. 5(1)(b)',
        '    Evidence: quoted in 1 of 2 findings, e.g. "for any purpose the Authority may direct"',
        '    Run `clauselint --explain processing-limits` for details.',
        '',
      ]);
      expect(output.indexOf('✖')).toBeLessThan(output.indexOf('How to fix'));
    });

    it('gives a rule\'s why and sources once, even when several of its messageIds fired', () => {
      const output = stylish(
        [
          result('/w/a.md', [
            diagnostic({ line: 2, suggestion: 'The model clause.' }),
            diagnostic({ line: 4, messageId: 'weak-discretion', evidence: 'as the City may require', suggestion: 'The model clause.' }),
          ]),
        ],
        context,
      );
      const section = output.slice(output.indexOf('How to fix')).split('\n');
      expect(section.filter((line) => line.startsWith('    Why: '))).toHaveLength(1);
      expect(section.filter((line) => line.startsWith('    Sources: '))).toHaveLength(1);
      expect(section).toContain('  • data-access-list (weak-discretion): 1 finding in 1 file');
      // The same model clause is printed once; the later messageId refers back to it.
      expect(section.filter((line) => line === '    Model clause:')).toHaveLength(1);
      expect(section).toContain('    Model clause: as above.');
    });

    it('is left out with hints: false', () => {
      expect(stylish(twoFiles, { ...context, hints: false })).not.toContain('How to fix');
    });

    it('wraps long model clauses and keeps every line away from the matcher', () => {
      const tricky = [
        '/etc/passwd is not a contract path',
        'C:\\Windows also looks like one',
        '  12:30  error  looks like a finding  rule',
        '12:30 error at half past twelve',
        '.hidden dot start',
        'Long text '.repeat(30),
      ].join('\n');
      const output = stylish([result('/w/x.md', [diagnostic({ suggestion: tricky, evidence: '/root  3:4  error  x' })])], context);
      const section = output.slice(output.indexOf('How to fix')).split('\n');
      for (const line of section) expect(matcherAccepts(line), line).toBe(false);
      expect(section.filter((line) => line.startsWith('      │ ')).length).toBeGreaterThan(6);
      expect(Math.max(...section.map((line) => line.length))).toBeLessThan(100);
    });
  });

  describe("VS Code's $eslint-stylish matcher", () => {
    it('finds every finding with its file, line, column, severity, message and rule id', () => {
      const results = [
        ...twoFiles,
        result('/w/contracts/a b/spaced name.md', [
          diagnostic({ line: 2, column: 4, message: 'Clause 4.2 (Schedule 3)   lets the City   direct: "any purpose".' }),
          diagnostic({ line: 100, column: 1, severity: 'warning', ruleId: 'plugin/odd-rule', messageId: 'x' }),
        ]),
        result('/w/broken.pdf', [diagnostic({ ruleId: 'parse-error', messageId: 'corrupt', message: 'The PDF is damaged.', fatal: true })], {
          format: 'pdf',
        }),
      ];
      const output = stylish(results, context);
      expect(output).toContain('How to fix');

      const expected = results.flatMap((fileResult) =>
        fileResult.messages.map((message) => ({
          file: fileResult.filePath,
          line: fileResult.format === 'pdf' && !message.fatal ? 1 : message.location.line,
          column: fileResult.format === 'pdf' && !message.fatal ? 1 : message.location.column,
          severity: message.severity,
          message: message.message.replace(/\s+/g, ' '),
          code: message.ruleId,
        })),
      );
      expect(collectMarkers(output)).toEqual(expected);
    });

    it('the port really is strict: a bare relative path or a double space breaks it', () => {
      expect(collectMarkers('contracts/a.md\n  1:1  error  Message.  rule-id\n')).toEqual([]);
      expect(collectMarkers('/w/a.md\n  1:1  error  Two  spaces.  rule-id\n')[0]).toMatchObject({
        message: 'Two',
        code: 'spaces.  rule-id',
      });
    });
  });
});
