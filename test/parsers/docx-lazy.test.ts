/**
 * mammoth loads only when a DOCX is parsed: linting Markdown, loading the DOCX parser module or
 * refusing a bad file before its ZIP is read never imports it.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { loadParser } from '../../src/parsers/index.js';

const require = createRequire(import.meta.url);
const mammothLoaded = (): boolean => Object.keys(require.cache).some((path) => /[\\/]node_modules[\\/]mammoth[\\/]/.test(path));

it('imports mammoth on the first DOCX parse, not before', async () => {
  expect(mammothLoaded()).toBe(false);
  const markdown = await loadParser('markdown');
  markdown.parse(new TextEncoder().encode('# Agreement\n\n1. The Supplier shall comply.\n'), 'a.md');
  const docx = await loadParser('docx');
  expect(await docx.parse(new Uint8Array(0), 'empty.docx')).toMatchObject({ ok: false, error: { code: 'empty-file' } });
  expect(mammothLoaded()).toBe(false);
  const bytes = readFileSync(join(import.meta.dirname, '../../fixtures/parsers/docx/tracked-changes.docx'));
  expect((await docx.parse(bytes, 'tracked-changes.docx')).ok).toBe(true);
  expect(mammothLoaded()).toBe(true);
});
