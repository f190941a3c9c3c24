/**
 * SARIF helpUri points at docs/rules/<id>.md: each built-in rule must have that file, and it
 * must match the rule's metadata (scripts/gen-rule-docs.ts writes it).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { generateRuleDocs } from '../../scripts/gen-rule-docs.js';
import { ruleDocsMarkdown, ruleHelpMarkdown, ruleHelpText } from '../../src/reporters/rule-docs.js';
import { ruleMeta } from './helpers.js';
import { REPO } from './sarif-corpus.js';

const REGENERATE = 'run `npm run build && node dist/scripts/gen-rule-docs.js` and commit docs/rules';

describe('docs/rules', () => {
  it('has a page for every built-in rule, as generated from its metadata', async () => {
    const generated = await generateRuleDocs();
    for (const rule of builtinRules) expect(generated.has(`docs/rules/${rule.meta.id}.md`)).toBe(true);
    const stale = [...generated].filter(([file, content]) => {
      const full = path.join(REPO, file);
      return !existsSync(full) || readFileSync(full, 'utf8') !== content;
    });
    expect(stale.map(([file]) => file), `out of date: ${REGENERATE}`).toEqual([]);
  });

  it('a page has the facts, rationale, sources, findings, docs, model clause and examples', () => {
    const meta = ruleMeta({
      messages: { missing: 'No list | at all.' },
      defaultOptions: { strict: true },
      examples: { valid: [{ title: 'Listed', code: '## Data\n\n```\nx\n```\n' }], invalid: [{ title: 'None', code: 'Text.', messageIds: ['missing'] }] },
    });
    const page = ruleDocsMarkdown(meta, { modelClause: 'The Operator shall list the data.', modelClauseNote: 'Neutral names.' });
    expect(page).toMatch(/^<!-- Generated from the rule's metadata by scripts\/gen-rule-docs\.ts/);
    for (const text of [
      '# data-access-list',
      '*safeguard rule, safeguard S3, default severity error, in clauselint:recommended.*',
      'Without a list of the data covered',
      '## Sources\n\n- GDPR Art. 28(3)(a)',
      '| `missing` | No list \\| at all. |',
      '## Options (defaults)\n\n```json\n{\n  "strict": true\n}\n```',
      '## What it checks\n\nA data list.',
      '## Model clause\n\n> The Operator shall list the data.\n\n*Neutral names.*',
      '### Valid: Listed\n\n~~~~markdown\n## Data\n\n```\nx\n```\n~~~~',
      '### Invalid: None (reports `missing`)',
    ]) {
      expect(page).toContain(text);
    }
  });

  it('SARIF help is shorter: no examples or findings table, a pointer to the full docs', () => {
    const meta = ruleMeta({ examples: { valid: [{ title: 'Listed', code: 'x' }], invalid: [] } });
    const markdown = ruleHelpMarkdown(meta, { docsUrl: 'https://example.org/d.md' });
    expect(markdown).not.toContain('Examples');
    expect(markdown).toContain('Full documentation: [data-access-list](https://example.org/d.md), or `clauselint --explain data-access-list`.');
    expect(ruleHelpText(meta)).toContain('Full documentation: clauselint --explain data-access-list.');
  });
});
