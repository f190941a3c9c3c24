/**
 * The SARIF reporter. Every log built here, from hand-made results and from real lint runs,
 * is checked three ways (sarif-validate.ts): the official 2.1.0 schema, Microsoft's multitool
 * with GitHub's rules, and GitHub's documented limits.
 */
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { LintResult } from '../../src/engine/diagnostic.js';
import { repositoryWebUrl, toolInfo } from '../../src/reporters/package-info.js';
import { clipSentences, createSarifReporter, FINGERPRINT_KEY, pascalCase, sarif } from '../../src/reporters/sarif.js';
import type { ReporterContext } from '../../src/reporters/types.js';
import { diagnostic, result, ruleMeta } from './helpers.js';
import { binaryFixtures, documentFolder, EXAMPLE, lintAll, markdownFixtures, REPO } from './sarif-corpus.js';
import { githubProblems, multitool, schemaErrors } from './sarif-validate.js';

vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

/** Every log any test builds, validated together at the end. */
const logs: Record<string, any> = {};
const keep = (name: string, text: string): any => {
  const log = JSON.parse(text);
  logs[name] = log;
  return log;
};

const tool = toolInfo({ name: 'clauselint', version: '1.2.3', repository: { type: 'git', url: 'git+https://github.com/example-org/clauselint.git' } });
const report = createSarifReporter({ tool });

const rulesMeta = new Map([
  ['data-access-list', ruleMeta({ id: 'data-access-list', safeguard: 'S1' })],
  [
    'processing-limits',
    ruleMeta({
      id: 'processing-limits',
      safeguard: 'S2',
      defaultSeverity: 'warning',
      description: 'Require closed purposes.',
      rationale: `${'An open purpose lets the data be reused for anything. '.repeat(30)}End.`,
      docs: '## What it checks\n\nPurposes.\n\n## How to fix\n\nList the purposes.\n\n## References\n\nGDPR.',
    }),
  ],
  ['house/best-efforts', ruleMeta({ id: 'house/best-efforts', safeguard: undefined, type: 'drafting', defaultSeverity: 'info' })],
]);
const context: ReporterContext = { cwd: '/w', rulesMeta, color: true };

const related = {
  message: 'Permitted Purpose is defined here.',
  location: { line: 2, column: 1, endLine: 2, endColumn: 9, offset: 20, endOffset: 28 },
  anchor: { line: 2, label: 'l. 2' },
};

const sample: LintResult[] = [
  result('/w/contracts/mobility.md', [
    diagnostic({ line: 3, column: 5, fingerprint: '0123456789abcdef', suggestion: 'The Operator shall provide only the data in Schedule 3.' }),
    diagnostic({
      ruleId: 'processing-limits',
      messageId: 'weak-open-purpose',
      severity: 'warning',
      message: 'The purpose  is open.',
      line: 12,
      column: 15,
      evidence: 'for any purpose the Authority may direct',
      fingerprint: 'fedcba9876543210:2',
      related: [related],
    }),
    diagnostic({ ruleId: 'house/best-efforts', messageId: 'best', severity: 'info', line: 20, fingerprint: '00000000000000aa' }),
    diagnostic({ ruleId: 'unused-disable-directive', messageId: 'unused', severity: 'warning', line: 30, fingerprint: 'unused-disable-directive:3000' }),
    diagnostic({ ruleId: 'unused-disable-directive', messageId: 'unused', severity: 'warning', line: 31, fingerprint: 'unused-disable-directive:3100' }),
  ]),
  result(
    '/w/contracts/Übereinkunft #2.docx',
    [
      diagnostic({
        line: 40,
        fingerprint: '1111111111111111',
        anchor: { paragraph: 17, clause: 'clause 4.2', label: '¶ 17, clause 4.2' },
        related: [{ ...related, anchor: { paragraph: 3, label: '¶ 3' } }],
      }),
    ],
    { format: 'docx' },
  ),
  result(
    '/w/contracts/msa.pdf',
    [diagnostic({ line: 90, fingerprint: '2222222222222222', anchor: { page: 3, line: 14, label: 'p. 3, l. 14' } })],
    { format: 'pdf' },
  ),
  result('/elsewhere/outside.md', [diagnostic({ line: 1, fingerprint: '3333333333333333' })]),
  result('/w/contracts/clean.md', []),
];

describe('sarif: the log', () => {
  const log = keep('sample', report(sample, context));
  const run = log.runs[0];

  it('is SARIF 2.1.0 with the schema GitHub names, one run, and no colour', () => {
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    expect(JSON.stringify(log)).not.toMatch(/\\u001b/);
    expect(run.columnKind).toBe('utf16CodeUnits');
  });

  it('names the tool with its version and home page', () => {
    expect(run.tool.driver).toMatchObject({
      name: 'clauselint',
      version: '1.2.3',
      semanticVersion: '1.2.3',
      informationUri: 'https://github.com/example-org/clauselint',
    });
  });

  it('takes the real version from package.json', () => {
    const { version } = JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8')) as { version: string };
    const real = JSON.parse(sarif([], context));
    expect(real.runs[0].tool.driver.version).toBe(version);
    expect(real.runs[0].tool.driver.informationUri).toMatch(/^https:\/\//);
  });

  it('roots relative URIs at %SRCROOT%, the working folder', () => {
    expect(run.originalUriBaseIds['%SRCROOT%'].uri).toBe('file:///w/');
    expect(run.invocations[0].workingDirectory.uri).toBe('file:///w/');
  });
});

describe('sarif: rules', () => {
  const run = JSON.parse(report(sample, context)).runs[0];
  const rules: any[] = run.tool.driver.rules;
  const rule = (id: string) => rules.find((entry) => entry.id === id);

  it('lists every known rule, plus rule entries for engine ids that appear in results', () => {
    expect(rules.map((entry) => entry.id)).toEqual(['data-access-list', 'processing-limits', 'house/best-efforts', 'unused-disable-directive']);
  });

  it('gives each rule what GitHub shows: descriptions, help text and Markdown, a friendly name', () => {
    expect(rule('data-access-list')).toMatchObject({
      name: 'DataAccessList',
      shortDescription: { text: 'Require a list of the data each party may access.' },
      defaultConfiguration: { level: 'error' },
      properties: { tags: ['safeguard', 'S1'], 'problem.severity': 'error' },
    });
    expect(rule('data-access-list').fullDescription.text).toMatch(/^Require a list of the data each party may access\. Without a list/);
    const help = rule('data-access-list').help;
    expect(help.text).toContain('Why it matters: Without a list of the data covered');
    expect(help.text).toContain('- GDPR Art. 28(3)(a)');
    expect(help.markdown).toContain('## Why it matters');
    expect(help.markdown).toContain('## Sources\n\n- GDPR Art. 28(3)(a)\n- B-Tech Foundational Paper 3');
  });

  it('puts the first finding\'s model clause in the rule help, saying which contract it was worded for', () => {
    const help = rule('data-access-list').help;
    expect(help.markdown).toContain('## Model clause\n\n> The Operator shall provide only the data in Schedule 3.');
    expect(help.markdown).toContain('As suggested for contracts/mobility.md');
    expect(help.text).toContain('Model clause: The Operator shall provide only the data in Schedule 3.');
    expect(rule('processing-limits').help.markdown).not.toContain('Model clause');
  });

  it('quotes the rule docs\' How to fix section', () => {
    expect(rule('processing-limits').help.markdown).toContain('## How to fix\n\nList the purposes.');
    expect(rule('processing-limits').help.markdown).not.toContain('GDPR.\n');
  });

  it('links built-in rules to docs/rules/<id>.md in the repository; plugin and engine rules have no helpUri', () => {
    expect(rule('data-access-list').helpUri).toBe('https://github.com/example-org/clauselint/blob/HEAD/docs/rules/data-access-list.md');
    expect(rule('data-access-list').help.markdown).toContain(
      'Full documentation: [data-access-list](https://github.com/example-org/clauselint/blob/HEAD/docs/rules/data-access-list.md)',
    );
    expect(rule('house/best-efforts').helpUri).toBeUndefined();
    expect(rule('unused-disable-directive').helpUri).toBeUndefined();
  });

  it('has no helpUri without a repository URL (a relative one would break the schema\'s format: uri)', () => {
    const bare = createSarifReporter({ tool: toolInfo({ name: 'clauselint', version: '1.2.3' }) });
    const driver = JSON.parse(bare(sample, context)).runs[0].tool.driver;
    expect(driver.rules.every((entry: any) => entry.helpUri === undefined)).toBe(true);
    expect(driver.informationUri).toBe('https://www.npmjs.com/package/clauselint');
    expect(driver.rules[0].help.text).toContain('Full documentation: clauselint --explain data-access-list.');
  });

  it('tags the rule type and safeguard number, and never sets security-severity', () => {
    expect(rule('house/best-efforts').properties).toEqual({ tags: ['drafting'], 'problem.severity': 'recommendation' });
    expect(JSON.stringify(run)).not.toContain('security-severity');
  });

  it('keeps descriptions within GitHub\'s 1,024 characters, cut after a sentence', () => {
    const full = rule('processing-limits').fullDescription.text;
    expect(full.length).toBeLessThanOrEqual(1024);
    expect(full).toMatch(/anything\.$/);
    expect(clipSentences('x'.repeat(2000), 1024)).toHaveLength(1024);
    expect(clipSentences('short.', 1024)).toBe('short.');
  });

  it('describes engine ids (directive problems) and unknown ids so every result has its rule', () => {
    expect(rule('unused-disable-directive').shortDescription.text).toBe('Flag clauselint-disable comments that suppress nothing.');
    const lone = JSON.parse(report([result('/w/a.md', [diagnostic({ ruleId: 'ghost/rule' })])], { ...context, rulesMeta: new Map() }));
    keep('unknown-rule', JSON.stringify(lone));
    expect(lone.runs[0].tool.driver.rules[0]).toMatchObject({ id: 'ghost/rule', name: 'GhostRule', shortDescription: { text: 'Findings of the rule ghost/rule.' } });
    expect(pascalCase('a--b/c_d')).toBe('ABCD');
    // A name that only repeats the id is left out (multitool SARIF1001).
    const single = JSON.parse(report([], { ...context, rulesMeta: new Map([['transparency', ruleMeta({ id: 'transparency' })]]) }));
    expect(single.runs[0].tool.driver.rules[0].name).toBeUndefined();
  });
});

describe('sarif: results', () => {
  const run = JSON.parse(report(sample, context)).runs[0];
  const results: any[] = run.results;
  const rules: any[] = run.tool.driver.rules;

  it('has one result per finding with ruleId, a matching ruleIndex and the level', () => {
    expect(results.map((entry) => [entry.ruleId, entry.level])).toEqual([
      ['data-access-list', 'error'],
      ['processing-limits', 'warning'],
      ['house/best-efforts', 'note'],
      ['unused-disable-directive', 'warning'],
      ['unused-disable-directive', 'warning'],
      ['data-access-list', 'error'],
      ['data-access-list', 'error'],
      ['data-access-list', 'error'],
    ]);
    for (const entry of results) expect(rules[entry.ruleIndex].id).toBe(entry.ruleId);
  });

  it('Markdown: exact region, relative URI, the message as is (single-spaced)', () => {
    expect(results[1]).toMatchObject({
      message: { text: 'The purpose is open.' },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'contracts/mobility.md', uriBaseId: '%SRCROOT%' },
            region: { startLine: 12, startColumn: 15, endLine: 12, endColumn: 20 },
          },
        },
      ],
    });
    expect(results[1].locations).toHaveLength(1);
  });

  it('DOCX: the anchor leads the message; region startLine 1 with the paragraph', () => {
    expect(results[5].message.text).toBe('¶ 17, clause 4.2: The contract does not list the data the operator may access.');
    expect(results[5].locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'contracts/%C3%9Cbereinkunft%20%232.docx', uriBaseId: '%SRCROOT%' },
      region: { startLine: 1, properties: { paragraph: 17 } },
    });
    expect(results[5].relatedLocations[0]).toMatchObject({
      message: { text: '¶ 3: Permitted Purpose is defined here.' },
      physicalLocation: { region: { startLine: 1, properties: { paragraph: 3 } } },
    });
  });

  it('PDF: page and line in the message and the region properties', () => {
    expect(results[6].message.text).toBe('p. 3, l. 14: The contract does not list the data the operator may access.');
    expect(results[6].locations[0].physicalLocation.region).toEqual({ startLine: 1, properties: { page: 3, lineOnPage: 14 } });
  });

  it('a file outside the working folder gets an absolute file: URI', () => {
    expect(results[7].locations[0].physicalLocation.artifactLocation).toEqual({ uri: 'file:///elsewhere/outside.md' });
  });

  it('related locations come from `related`', () => {
    expect(results[1].relatedLocations).toEqual([
      {
        id: 1,
        message: { text: 'Permitted Purpose is defined here.' },
        physicalLocation: {
          artifactLocation: { uri: 'contracts/mobility.md', uriBaseId: '%SRCROOT%' },
          region: { startLine: 2, startColumn: 1, endLine: 2, endColumn: 9 },
        },
      },
    ]);
    expect(results[0].relatedLocations).toBeUndefined();
  });

  it('evidence, suggestion, sources, messageId and anchor go in properties', () => {
    expect(results[1].properties).toEqual({
      messageId: 'weak-open-purpose',
      anchor: { line: 12, label: 'l. 12' },
      evidence: 'for any purpose the Authority may direct',
      sources: ['GDPR Art. 28(3)(a)'],
    });
    expect(results[0].properties.suggestion).toBe('The Operator shall provide only the data in Schedule 3.');
  });

  it('fingerprints: ours under clauselint/v1, and primaryLocationLineHash in hash:occurrence form', () => {
    expect(results[0].partialFingerprints).toEqual({ [FINGERPRINT_KEY]: '0123456789abcdef', primaryLocationLineHash: '0123456789abcdef:1' });
    expect(results[1].partialFingerprints.primaryLocationLineHash).toBe('fedcba9876543210:2');
    // Directive problems: the engine's id has an offset in it; the line hash does not, and two alike are told apart.
    const [first, second] = [results[3], results[4]].map((entry) => entry.partialFingerprints.primaryLocationLineHash);
    expect(first).toMatch(/^[0-9a-f]{16}:1$/);
    expect(second).toBe(first!.replace(/:1$/, ':2'));
  });

  it('a span that stops at the start of a line ends with the line before', () => {
    const spanning = diagnostic({ fingerprint: '4444444444444444' });
    spanning.location = { line: 3, column: 1, endLine: 5, endColumn: 1, offset: 0, endOffset: 90 };
    const region = JSON.parse(report([result('/w/a.md', [spanning])], context)).runs[0].results[0].locations[0].physicalLocation.region;
    expect(region).toEqual({ startLine: 3, startColumn: 1, endLine: 4 });
  });
});

describe('sarif: files that could not be checked, clean runs, limits', () => {
  it('an unreadable file is a tool execution notification, not a result, and the run is unsuccessful', () => {
    const broken = result(
      '/w/contracts/broken.pdf',
      [diagnostic({ ruleId: 'parse-error', messageId: 'corrupt', message: 'The PDF is damaged.', fatal: true, sources: [], fingerprint: 'parse-error:corrupt' })],
      { format: null },
    );
    const log = keep('broken', report([broken, sample[0]!], context));
    const run = log.runs[0];
    expect(run.results.map((entry: any) => entry.ruleId)).not.toContain('parse-error');
    expect(run.invocations[0].executionSuccessful).toBe(false);
    expect(run.invocations[0].toolExecutionNotifications).toEqual([
      {
        level: 'error',
        message: { text: 'contracts/broken.pdf: The PDF is damaged.' },
        locations: [{ physicalLocation: { artifactLocation: { uri: 'contracts/broken.pdf', uriBaseId: '%SRCROOT%' } } }],
        descriptor: { id: 'parse-error', index: 0 },
        properties: { messageId: 'corrupt' },
      },
    ]);
    expect(run.tool.driver.notifications[0]).toMatchObject({ id: 'parse-error', name: 'ParseError' });
  });

  it('a file ignored by configuration is a warning notification; the run still succeeded', () => {
    const ignored = result('/w/archive/old.md', [
      diagnostic({ ruleId: 'ignored-file', messageId: 'ignored', severity: 'warning', message: 'File ignored by .clauselintignore (use --no-ignore to lint it).', fingerprint: 'ignored-file' }),
    ]);
    const run = keep('ignored', report([ignored], context)).runs[0];
    expect(run.results).toEqual([]);
    expect(run.invocations[0].executionSuccessful).toBe(true);
    expect(run.invocations[0].toolExecutionNotifications[0]).toMatchObject({ level: 'warning', descriptor: { id: 'ignored-file' } });
  });

  it('a clean run has an empty results array and no notifications', () => {
    const run = keep('clean', report([result('/w/a.md', [])], context)).runs[0];
    expect(run.results).toEqual([]);
    expect(run.invocations).toEqual([{ executionSuccessful: true, workingDirectory: { uri: 'file:///w/' } }]);
    expect(run.tool.driver.rules.length).toBe(3);
  });

  it('keeps at most maxResults results (25,000 for GitHub), the most severe, and says so', () => {
    const many = result('/w/a.md', [
      ...[1, 2, 3].map((line) => diagnostic({ severity: 'warning', line, fingerprint: `${line}`.repeat(16) })),
      ...[4, 5].map((line) => diagnostic({ severity: 'error', line, fingerprint: `${line}`.repeat(16) })),
    ]);
    const log = keep('truncated', createSarifReporter({ tool, maxResults: 3 })([many], context));
    const run = log.runs[0];
    expect(run.results.map((entry: any) => [entry.level, entry.locations[0].physicalLocation.region.startLine])).toEqual([
      ['warning', 1],
      ['error', 4],
      ['error', 5],
    ]);
    expect(run.invocations[0].toolExecutionNotifications[0].message.text).toMatch(/found 5 problems; this log holds the 3 most severe/);
    expect(run.invocations[0].executionSuccessful).toBe(true);
  });
});

describe('package.json repository forms', () => {
  it.each([
    ['github:owner/repo', 'https://github.com/owner/repo'],
    ['owner/repo', 'https://github.com/owner/repo'],
    ['gitlab:group/proj', 'https://gitlab.com/group/proj'],
    ['https://github.com/owner/repo', 'https://github.com/owner/repo'],
    ['git+https://github.com/owner/repo.git', 'https://github.com/owner/repo'],
    ['git://github.com/owner/repo.git', 'https://github.com/owner/repo'],
    ['git@github.com:owner/repo.git', 'https://github.com/owner/repo'],
    ['https://example.org/owner/repo', undefined],
  ])('%s', (spec, expected) => {
    expect(repositoryWebUrl(spec)).toBe(expected);
  });

  it('a monorepo directory and GitLab blob paths are respected', () => {
    const gitlab = toolInfo({ name: 'clauselint', version: '1.0.0', repository: { url: 'gitlab:g/p', directory: 'packages/clauselint' } });
    const rule = JSON.parse(createSarifReporter({ tool: gitlab })([], context)).runs[0].tool.driver.rules[0];
    expect(rule.helpUri).toBe('https://gitlab.com/g/p/-/blob/HEAD/packages/clauselint/docs/rules/data-access-list.md');
  });
});

describe('sarif: real lint output', () => {
  let folder: Awaited<ReturnType<typeof documentFolder>>;
  const real: Record<string, any> = {};

  beforeAll(async () => {
    const corpus = await lintAll([...markdownFixtures(), ...binaryFixtures()]);
    real.corpus = keep('corpus', sarif(corpus.results, { cwd: corpus.cwd, rulesMeta: corpus.rulesMeta, color: false }));

    folder = await documentFolder();
    const documents = await lintAll(Object.values(folder.files), folder.dir);
    real.documents = keep('documents', sarif(documents.results, { cwd: documents.cwd, rulesMeta: documents.rulesMeta, color: false }));
    real.documentResults = documents.results;

    // Clean whatever the rules become: a project whose config turns every rule off.
    await writeFile(path.join(folder.dir, 'clauselint.config.json'), '{ "root": true }');
    const clean = await lintAll([folder.files.markdown], folder.dir);
    await rm(path.join(folder.dir, 'clauselint.config.json'));
    real.clean = keep('real-clean', sarif(clean.results, { cwd: clean.cwd, rulesMeta: clean.rulesMeta, color: false }));
    real.cleanResults = clean.results;

    const broken = await lintAll([folder.files.brokenDocx, folder.files.brokenPdf, folder.files.empty], folder.dir);
    real.broken = keep('real-broken', sarif(broken.results, { cwd: broken.cwd, rulesMeta: broken.rulesMeta, color: false }));
  });
  afterAll(() => folder?.remove());

  it('the fixtures give results for every built-in safeguard rule: Markdown with exact regions, DOCX/PDF anchored', () => {
    const run = real.corpus.runs[0];
    expect(run.results.length).toBeGreaterThan(50);
    const fired = new Set(run.results.map((entry: any) => entry.ruleId));
    for (const id of ['data-access-list', 'processing-limits', 'impact-assessment', 'transparency']) expect(fired).toContain(id);
    for (const entry of run.results) {
      const { artifactLocation, region } = entry.locations[0].physicalLocation;
      expect(artifactLocation).toMatchObject({ uri: expect.stringMatching(/^fixtures\/.*\.(md|docx|pdf)$/), uriBaseId: '%SRCROOT%' });
      if (artifactLocation.uri.endsWith('.md')) {
        expect(region.startColumn).toBeGreaterThanOrEqual(1);
        expect(region.endLine).toBeGreaterThanOrEqual(region.startLine);
      } else {
        expect(region.startLine).toBe(1);
        expect(region.startColumn).toBeUndefined();
        expect(entry.message.text).toMatch(/^(¶ \d+|p\. \d+, l\. \d+)/);
      }
    }
  });

  it('DOCX and PDF: anchored messages when the parsers read them, notifications when they cannot', () => {
    const run = real.documents.runs[0];
    for (const [kind, file] of [['docx', 'contracts/mobility%20partnership.docx'], ['pdf', 'contracts/mobility-partnership.pdf']] as const) {
      const lintResult = real.documentResults.find((entry: LintResult) => entry.filePath.endsWith(`.${kind}`) && !entry.filePath.includes('broken'));
      const parsed = lintResult.messages.every((message: any) => !message.fatal);
      const mine = run.results.filter((entry: any) => entry.locations[0].physicalLocation.artifactLocation.uri === file);
      if (parsed) {
        for (const entry of mine) {
          expect(entry.message.text).toMatch(kind === 'docx' ? /^¶ \d+/ : /^p\. \d+, l\. \d+/);
          expect(entry.locations[0].physicalLocation.region.startLine).toBe(1);
        }
      } else {
        expect(mine).toEqual([]);
        const notes = run.invocations[0].toolExecutionNotifications.filter(
          (note: any) => note.locations[0].physicalLocation.artifactLocation.uri === file,
        );
        expect(notes).toHaveLength(1);
      }
    }
  });

  it('a clean run is valid with an empty results array, and still describes every rule', () => {
    expect(real.cleanResults.flatMap((entry: LintResult) => entry.messages)).toEqual([]);
    expect(real.clean.runs[0].results).toEqual([]);
    expect(real.clean.runs[0].tool.driver.rules.length).toBeGreaterThanOrEqual(4);
    expect(real.clean.runs[0].invocations[0].executionSuccessful).toBe(true);
  });

  it('broken files: no results, one error notification each, executionSuccessful false', () => {
    const run = real.broken.runs[0];
    expect(run.results).toEqual([]);
    expect(run.invocations[0].executionSuccessful).toBe(false);
    expect(run.invocations[0].toolExecutionNotifications.map((note: any) => [note.level, note.locations[0].physicalLocation.artifactLocation.uri])).toEqual([
      ['error', 'contracts/broken.docx'],
      ['error', 'contracts/broken.pdf'],
      ['error', 'contracts/empty.md'],
    ]);
  });

  it('primaryLocationLineHash is stable across runs and across edits elsewhere in the file', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'clauselint-stable-'));
    try {
      const text = readFileSync(EXAMPLE, 'utf8');
      const file = path.join(dir, 'contract.md');
      const hashes = async (content: string) => {
        await writeFile(file, content);
        const linted = await lintAll([file], dir);
        const run = JSON.parse(sarif(linted.results, { cwd: dir, rulesMeta: linted.rulesMeta, color: false })).runs[0];
        return run.results.map((entry: any) => ({
          key: `${entry.ruleId} ${entry.partialFingerprints.primaryLocationLineHash}`,
          line: entry.locations[0].physicalLocation.region.startLine,
        }));
      };
      const first = await hashes(text);
      const again = await hashes(text);
      expect(again).toEqual(first);
      expect(first.length).toBeGreaterThan(3);
      // Blank lines and a reviewer's note above the title move every finding down.
      const edited = await hashes(`<!-- Reviewed by legal, round 2. -->\n\n\n\n${text}`);
      expect(edited.map((entry: any) => entry.key)).toEqual(first.map((entry: any) => entry.key));
      expect(edited.map((entry: any) => entry.line)).toEqual(first.map((entry: any) => entry.line + 4));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('every log above', () => {
  it('is valid against the official SARIF 2.1.0 schema', () => {
    expect(Object.keys(logs).length).toBeGreaterThanOrEqual(10);
    for (const [name, log] of Object.entries(logs)) expect(schemaErrors(log), name).toEqual([]);
  });

  it('meets GitHub code scanning\'s requirements and limits', () => {
    for (const [name, log] of Object.entries(logs)) expect(githubProblems(log), name).toEqual([]);
  });

  it('has zero errors under Microsoft\'s SARIF multitool with GitHub\'s rules (validate --rule-kind Gh)', async () => {
    const findings = await multitool(logs);
    const errors = findings.filter((finding) => finding.level === 'error');
    expect(errors.map((finding) => `${finding.file}: ${finding.ruleId} ${finding.text}`)).toEqual([]);
  });

  it('has no errors or warnings under the multitool\'s own SARIF rules either (--rule-kind Sarif)', async () => {
    // Notes remain, by choice: conventional ids like "CL0001" (SARIF2009), code snippets and
    // context regions (SARIF2010/2011), versionControlProvenance (SARIF2003), a reachable
    // $schema URL (SARIF2006, offline here), message arguments (SARIF2002), and helpUri while
    // package.json has no repository (SARIF2012).
    const findings = await multitool(logs, 'Sarif');
    const serious = findings.filter((finding) => finding.level === 'error' || finding.level === 'warning');
    expect(serious.map((finding) => `${finding.file}: ${finding.level} ${finding.ruleId} ${finding.text}`)).toEqual([]);
  });

  it('the multitool check has teeth: it reports GitHub errors in a log without rules or locations', async () => {
    const bad = JSON.parse(JSON.stringify(logs.sample));
    delete bad.runs[0].tool.driver.rules;
    bad.runs[0].results[0].locations = [];
    const findings = await multitool({ bad });
    const ids = new Set(findings.filter((finding) => finding.level === 'error').map((finding) => finding.ruleId));
    expect(ids).toContain('GH1018');
    expect(schemaErrors({ version: '2.1.0', runs: [{ tool: { driver: {} } }] })).not.toEqual([]);
    expect(githubProblems(bad)).not.toEqual([]);
  });
});
