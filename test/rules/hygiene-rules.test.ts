/**
 * The drafting and consistency rules beyond their fixtures: options, message wording (counts,
 * nearest numbers, pattern names), evidence, and the shared helpers they rest on.
 */
import { describe, expect, it } from 'vitest';
import { lintTree } from '../../src/engine/linter.js';
import type { Rule } from '../../src/engine/rule.js';
import { markdownParser } from '../../src/parsers/markdown.js';
import brokenCrossReference from '../../rules/broken-cross-reference.js';
import placeholderText from '../../rules/placeholder-text.js';
import { buildTermIndex, normalizeWord, termKey } from '../../rules/shared/terms.js';
import undefinedTerm from '../../rules/undefined-term.js';
import unusedDefinition from '../../rules/unused-definition.js';
import vagueLanguage from '../../rules/vague-language.js';

async function lint(rule: Rule<any>, text: string, options: Record<string, unknown> = {}) {
  const parsed = await markdownParser.parse(new TextEncoder().encode(text), 'test.md');
  if (!parsed.ok) throw new Error(parsed.error.message);
  return lintTree(parsed.tree, { filePath: 'test.md', rules: [{ rule, severity: rule.meta.defaultSeverity, options: { ...(rule.meta.defaultOptions ?? {}), ...options } }] });
}

describe('shared term matching', () => {
  it('normalises case, plurals and possessives', () => {
    expect(normalizeWord('Parties')).toBe('party');
    expect(normalizeWord("Supplier's")).toBe('supplier');
    expect(normalizeWord('Processes')).toBe('process');
    expect(normalizeWord('Data')).toBe('data');
    expect(normalizeWord('Status')).toBe('status');
    expect(termKey('the "Permitted Purposes"')).toBe('permitted purpose');
  });

  it('finds every term at every word, overlapping ones included', () => {
    const index = buildTermIndex(['Personal Data', 'Personal Data Breach', 'Party']);
    const found = index.scan("Each Party's personal data breaches and the Parties' Personal Data").map((match) => match.key);
    expect(found).toEqual(['party', 'personal data', 'personal data breach', 'party', 'personal data']);
  });
});

describe('undefined-term', () => {
  const text = `# Agreement

This Agreement is made between **Westmoor Borough Council** (the "Council") and **Numera Ltd** (the "Contractor").

## 1. Use

1.1 The Contractor shall use the data only for the Permitted Purpose, and no other purpose is permitted.

1.2 The Council may review the Permitted Purpose, and the Contractor shall keep a record of each review in the Review Record.

1.3 The Contractor shall give the Council the Permitted Purpose report every year.
`;

  it('reports each term once, at its first use, with its number of uses', async () => {
    const found = await lint(undefinedTerm, text);
    expect(found.map((diagnostic) => diagnostic.message)).toEqual([
      '"Permitted Purpose" is capitalised like a defined term and used 3 times, but this document does not define it.',
    ]);
    expect(found[0]!.location.line).toBe(7);
    expect(found[0]!.evidence).toBe('Permitted Purpose');
  });

  it('reads minUses and ignore', async () => {
    expect((await lint(undefinedTerm, text, { minUses: 1 })).map((diagnostic) => diagnostic.data?.term)).toEqual(['Permitted Purpose', 'Review Record']);
    expect(await lint(undefinedTerm, text, { ignore: ['Permitted Purposes'] })).toEqual([]);
  });
});

describe('unused-definition', () => {
  const text = `## 1. Definitions

1.1 "Retention Period" means two years.

1.2 "Audit Window" means the first week of each quarter.

## 2. Audit

2.1 The Council may audit the Contractor during each audit window.
`;

  it('reports the definition, not a use', async () => {
    const found = await lint(unusedDefinition, text);
    expect(found.map((diagnostic) => [diagnostic.location.line, diagnostic.evidence])).toEqual([[3, 'Retention Period']]);
  });

  it('reads ignore', async () => {
    expect(await lint(unusedDefinition, text, { ignore: ['retention period'] })).toEqual([]);
  });
});

describe('broken-cross-reference', () => {
  it('names the likely typo: a sibling, else a number one place off', async () => {
    const found = await lint(
      brokenCrossReference,
      `## 1. Scope

1.1 The Contractor shall comply with clause 2.1.

1.2 Subject to clause 2.5, the data stays in the United Kingdom, and clause 3.2.1 applies to exports.

## 2. Data

2.1 The Contractor shall encrypt the data.

2.2 The Contractor shall log each access.

2.3 The Contractor shall report each breach.

## 3. Exports

3.1 No export without consent.

3.1.1 Consent must be in writing.
`,
    );
    expect(found.map((diagnostic) => diagnostic.message)).toEqual([
      'This refers to clause 2.5, but the document has no clause 2.5 (the nearest is clause 2.3).',
      'This refers to clause 3.2.1, but the document has no clause 3.2.1 (the nearest is clause 3.1.1).',
    ]);
  });
});

describe('placeholder-text', () => {
  it('quotes the placeholder, one finding for a field and the blank lines that continue it', async () => {
    const found = await lint(
      placeholderText,
      `## 1. Data

1.1 The data is: [describe the data]______________
______________ and nothing else.

1.2 Fees: TBD.
`,
    );
    expect(found.map((diagnostic) => diagnostic.evidence)).toEqual(['[describe the data]______________ ______________', 'TBD']);
  });
});

describe('vague-language', () => {
  const text = `## 5. Security

5.1 The Processor shall protect the Personal Data as appropriate and may carry out penetration tests.

5.2 The Processor may amend Schedule 2 (Security Measures) by notice to the Controller.
`;

  it('names the pattern, its W-number and what it does', async () => {
    const found = await lint(vagueLanguage, text);
    expect(found.map((diagnostic) => diagnostic.message)).toEqual(['"as appropriate" (soft necessity, W4) leaves the limit to judgement.']);
    expect(found[0]!.evidence).toContain('protect the Personal Data as appropriate');
    expect(found[0]!.suggestion).toMatch(/standard it stands for/);
  });

  it('reports the patterns the weakeners option lists', async () => {
    const found = await lint(vagueLanguage, text, { weakeners: ['W6', 'W8'] });
    expect(found.map((diagnostic) => diagnostic.messageId)).toEqual(['optional-modal', 'unilateral-variation']);
  });
});
