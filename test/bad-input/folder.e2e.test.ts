/**
 * End to end: a folder of good contracts (Markdown, DOCX, PDF) and every broken file in
 * fixtures/bad-input/ (whichever exist), linted by the BUILT CLI (`npm run build` first; `npm test`
 * does it in pretest). The run ends with exit code 2, one stderr line per bad file naming it and
 * the cause, the good files reported exactly as in a run without the bad ones, and no input file
 * changed. A busy PDF is stopped by the PDF time limit (CLAUSELINT_PDF_TIMEOUT, 5 s here).
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LintResult } from '../../src/engine/diagnostic.js';
import { assertBuilt, REPO, runCli, type RunResult } from '../cli/helpers.js';

const BAD = path.join(REPO, 'fixtures/bad-input');
const GOOD: string[] = [
  'fixtures/parsers/pdf/mobility-agreement.md',
  'fixtures/parsers/pdf/mobility-agreement.pdf',
  'fixtures/parsers/pdf/layout.pdf',
  ...(existsSync(path.join(REPO, 'fixtures/parsers/docx'))
    ? readdirSync(path.join(REPO, 'fixtures/parsers/docx'))
        .filter((name) => name.endsWith('.docx'))
        .slice(0, 1)
        .map((name) => `fixtures/parsers/docx/${name}`)
    : []),
];
const badNames = existsSync(BAD) ? readdirSync(BAD).filter((name) => !name.startsWith('.') && !/\.(md|json)$/i.test(name) || /^empty/.test(name)) : [];

const hashes = (dir: string): Map<string, string> =>
  new Map(readdirSync(dir).map((name) => [name, createHash('sha256').update(readFileSync(path.join(dir, name))).digest('hex')]));

let root: string;
let mixed: string;
let goodOnly: string;
let before: Map<string, string>;
let run: RunResult;
let baseline: RunResult;

const ENV = { CLAUSELINT_PDF_TIMEOUT: '5', NO_COLOR: '1' };

describe('a folder with broken files, through the built CLI', { timeout: 120_000 }, () => {
  beforeAll(async () => {
    assertBuilt();
    root = mkdtempSync(path.join(tmpdir(), 'clauselint-bad-folder-'));
    mixed = path.join(root, 'mixed');
    goodOnly = path.join(root, 'good');
    mkdirSync(mixed);
    mkdirSync(goodOnly);
    for (const file of GOOD) {
      copyFileSync(path.join(REPO, file), path.join(mixed, path.basename(file)));
      copyFileSync(path.join(REPO, file), path.join(goodOnly, path.basename(file)));
    }
    for (const name of badNames) copyFileSync(path.join(BAD, name), path.join(mixed, `bad-${name}`));
    before = hashes(mixed);
    // One after the other: the machine may be loaded, and the good files get the default limit.
    run = await runCli([mixed, '-f', 'json'], { cwd: root, env: ENV });
    baseline = await runCli([goodOnly, '-f', 'json'], { cwd: root, env: { NO_COLOR: '1' } });
  }, 120_000);

  afterAll(() => {
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it('has bad files to lint', () => {
    expect(badNames.filter((name) => name.endsWith('.pdf')).length).toBeGreaterThanOrEqual(5);
  });

  it('exits with 2 (fatal: unreadable input)', () => {
    expect(run.code, run.stderr).toBe(2);
  });

  it('writes one stderr line per bad file, naming it and the cause', () => {
    const lines = run.stderr.split('\n').filter((line) => line.trim() !== '');
    for (const name of badNames) {
      const mine = lines.filter((line) => line.includes(`bad-${name}`));
      expect(mine, name).toHaveLength(1);
      expect(mine[0]!.length, mine[0]).toBeGreaterThan(`clauselint: bad-${name}: `.length + 5);
    }
    expect(lines).toHaveLength(badNames.length);
    const line = (name: string) => lines.find((l) => l.includes(`bad-${name}`)) ?? '';
    if (badNames.includes('encrypted.pdf')) expect(line('encrypted.pdf')).toMatch(/encrypted PDF: remove the password first/);
    if (badNames.includes('scanned-no-text.pdf')) expect(line('scanned-no-text.pdf')).toMatch(/no text layer: run OCR first/);
    if (badNames.includes('busy.pdf')) expect(line('busy.pdf')).toMatch(/longer than the 5 s limit/);
    if (badNames.includes('truncated.pdf')) expect(line('truncated.pdf')).toMatch(/truncated/);
    if (badNames.includes('corrupt.pdf')) expect(line('corrupt.pdf')).toMatch(/damaged/);
  });

  it('reports every file; a bad one with exactly one fatal message', () => {
    const results = JSON.parse(run.stdout) as LintResult[] | { results: LintResult[] };
    const list = Array.isArray(results) ? results : results.results;
    const byName = new Map(list.map((result) => [path.basename(result.filePath), result]));
    for (const name of badNames) {
      const result = byName.get(`bad-${name}`);
      expect(result, name).toBeDefined();
      expect(result!.messages.filter((m) => m.fatal), name).toHaveLength(1);
    }
  });

  it('reports the good files exactly as a run without the bad ones does', () => {
    expect(baseline.code, baseline.stderr).not.toBe(2);
    const pick = (output: string) => {
      const parsed = JSON.parse(output) as LintResult[] | { results: LintResult[] };
      const list = Array.isArray(parsed) ? parsed : parsed.results;
      return new Map(
        list
          .filter((result) => GOOD.some((file) => path.basename(file) === path.basename(result.filePath)))
          .map((result) => [path.basename(result.filePath), result.messages.map((m) => [m.ruleId, m.messageId, m.anchor.label, m.fatal ?? false])]),
      );
    };
    const good = pick(baseline.stdout);
    expect([...good.keys()].sort()).toEqual(GOOD.map((file) => path.basename(file)).sort());
    for (const [name, messages] of good) expect(messages.some(([, , , fatal]) => fatal), name).toBe(false);
    expect(good.get('mobility-agreement.pdf')!.length).toBeGreaterThan(0);
    expect(pick(run.stdout)).toEqual(good);
  });

  it('leaves every input file unchanged', () => {
    expect(hashes(mixed)).toEqual(before);
  });
});
