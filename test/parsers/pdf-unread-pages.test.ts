/**
 * PDF pages without text (a scanned page in a digital PDF, a blank page): the parser lints the
 * rest and says which pages it could not read, and the CLI reports that as a warning in every
 * format, so a safeguard printed on a scanned page is not silently called missing.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parsePdf } from '../../src/parsers/pdf.js';
import { pagesLabel } from '../../src/tree/anchor.js';
import { assertBuilt, makeProject, removeProjects, REPO, runCli } from '../cli/helpers.js';

// Four pages with a "Page N" footer each: clauses; a scanned image; clauses; blank
// (scripts/make-pdf-fixtures.ts `partly-scanned`).
const PARTLY_SCANNED = path.join(REPO, 'fixtures/parsers/pdf/partly-scanned.pdf');
const DIGITAL = path.join(REPO, 'fixtures/parsers/pdf/mobility-agreement.pdf');
const bytesOf = async (file: string): Promise<Uint8Array> => new Uint8Array(await readFile(file));

beforeAll(assertBuilt);
afterAll(removeProjects);

describe('pagesLabel', () => {
  it('cites pages as a reader does', () => {
    expect(pagesLabel([7])).toBe('p. 7');
    expect(pagesLabel([3, 4])).toBe('pp. 3–4');
    expect(pagesLabel([2, 4, 5, 6])).toBe('pp. 2 and 4–6');
    expect(pagesLabel([1, 3, 9, 10, 11, 12])).toBe('pp. 1, 3 and 9–12');
  });
});

describe('the PDF parser on pages without text', () => {
  it('builds the tree from the pages with text and names the others in a notice', async () => {
    const parsed = await parsePdf(await bytesOf(PARTLY_SCANNED));
    if (!parsed.ok) throw new Error(parsed.error.message);
    expect(parsed.tree.data.text).toContain('The Supplier shall receive only the data listed in Schedule 1.');
    expect(parsed.tree.data.text).toContain('The Supplier shall delete the data within thirty days of the end of the Services.');
    expect(parsed.tree.data.text).not.toMatch(/Page \d/);
    // Page 2 holds an image and its footer, page 4 its footer alone: neither has text to lint.
    expect(parsed.notices).toEqual([{ code: 'pages-without-text', message: expect.stringMatching(/^no text on these pages .*run OCR first$/), pages: [2, 4] }]);
  });

  it('gives no notice when every page has text', async () => {
    const parsed = await parsePdf(await bytesOf(DIGITAL));
    expect(parsed.ok && parsed.notices).toBeUndefined();
  });
});

describe('the CLI on a PDF with pages without text', () => {
  it('reports a warning anchored at the pages, first, in every format; the findings are still reported', async () => {
    const dir = await makeProject(null, { 'contracts/signed.pdf': await bytesOf(PARTLY_SCANNED) });
    const json = await runCli(['contracts', '-f', 'json'], { cwd: dir });
    expect(json.code).toBe(1);
    const [result] = JSON.parse(json.stdout);
    const [notice, ...findings] = result.messages;
    expect(notice).toMatchObject({
      ruleId: 'parse-warning',
      messageId: 'pages-without-text',
      severity: 'warning',
      anchor: { page: 2, label: 'pp. 2 and 4' },
      fingerprint: 'parse-warning:pages-without-text:2,4',
    });
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((finding: { ruleId: string }) => finding.ruleId !== 'parse-warning')).toBe(true);

    const stylish = await runCli(['contracts'], { cwd: dir });
    expect(stylish.stdout).toMatch(/warning {2}pp\. 2 and 4: no text on these pages \(scanned images, or blank\), so they were not linted; .* {2}parse-warning/);
    const quiet = await runCli(['contracts', '--quiet'], { cwd: dir });
    expect(quiet.stdout).not.toContain('parse-warning');

    // SARIF: a warning notification about the file, not a result; the run itself succeeded.
    const sarif = JSON.parse((await runCli(['contracts', '-f', 'sarif'], { cwd: dir })).stdout).runs[0];
    expect(sarif.results.map((r: { ruleId: string }) => r.ruleId)).not.toContain('parse-warning');
    expect(sarif.invocations[0].executionSuccessful).toBe(true);
    expect(sarif.invocations[0].toolExecutionNotifications).toMatchObject([
      { level: 'warning', descriptor: { id: 'parse-warning' }, locations: [{ physicalLocation: { artifactLocation: { uri: 'contracts/signed.pdf' } } }] },
    ]);
  }, 60_000);
});
