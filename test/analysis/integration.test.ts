/**
 * The analyses together, through the lazy cache, on a Markdown contract parsed by the real parser.
 */
import { describe, expect, it } from 'vitest';
import { createAnalyses, modalityOf, scopeCues } from '../../src/analysis/index.js';
import { parseMarkdown } from '../../src/parsers/markdown.js';

const CONTRACT = `# Mobility Data Partnership Agreement

This Agreement is made on 1 May 2024 between the City of Springfield, a municipal corporation (the "City"), and Northwind Mobility Ltd, a company registered in England (the "Vendor").

## 1. Definitions

**Personal Data** means the data listed in Schedule 3.

**Permitted Purpose** means transport planning by the City.

## 2. Processing

2.1 The Vendor shall process Personal Data only for the Permitted Purpose, i.e. as set out in clause 2.2 and Art. 28(3) GDPR.

2.2 The Vendor shall not process Personal Data for any other purpose except as the City may direct from time to time.

2.3 The Vendor shall not be required to carry out a data protection impact assessment.

## Schedule 1 – Security Measures

The measures in paragraph 2 of Schedule 1 apply.
`;

describe('analyses on a parsed Markdown contract', () => {
  const tree = parseMarkdown(CONTRACT);
  const analyses = createAnalyses(tree);
  const text = tree.data.text;

  it('splits sentences and reads their modality and cues', () => {
    const sentences = analyses.sentences;
    const find = (needle: string) => sentences.find((sentence) => sentence.text.includes(needle))!;
    const purpose = find('only for the Permitted Purpose');
    expect(purpose.text).toContain('Art. 28(3) GDPR.');
    expect(modalityOf(purpose)).toMatchObject({ kind: 'obligation', subject: 'The Vendor' });
    const other = find('any other purpose');
    expect(modalityOf(other)).toMatchObject({ kind: 'prohibition', negatedDuty: false });
    const exception = scopeCues(other).find((cue) => cue.kind === 'exception')!;
    expect(text.slice(exception.scopeStart, exception.scopeEnd)).toBe('except as the City may direct from time to time');
    expect(modalityOf(find('impact assessment'))).toMatchObject({ kind: 'none', negatedDuty: true });
    for (const sentence of sentences) expect(text.slice(sentence.start, sentence.end).replace(/\*\*/g, '')).toBe(sentence.text);
  });

  it('reads definitions and expands them', () => {
    const { definitions } = analyses;
    expect(definitions.lookup('personal data')?.body).toBe('the data listed in Schedule 3.');
    expect(definitions.expand('only for the Permitted Purpose')).toBe(
      'only for the Permitted Purpose [transport planning by the City.]',
    );
    expect(definitions.section?.heading).toBe('Definitions');
  });

  it('resolves cross-references and flags the missing schedule', () => {
    const references = analyses.crossReferences.list.map((ref) => [ref.label, ref.target ? 'found' : 'missing']);
    expect(references).toEqual([
      ['Schedule 3', 'missing'],
      ['clause 2.2', 'found'],
      ['paragraph 2 of Schedule 1', 'found'],
    ]);
  });

  it('knows the parties and which side each is on', () => {
    const { parties } = analyses;
    expect(parties.list.map((party) => [party.name, party.shortName, party.role])).toEqual([
      ['City of Springfield', 'City', 'public'],
      ['Northwind Mobility Ltd', 'Vendor', 'private'],
    ]);
    expect([parties.publicName, parties.privateName]).toEqual(['the City', 'the Vendor']);
  });

  it('maps offsets to the innermost section', () => {
    const offset = text.indexOf('shall not be required');
    expect(analyses.outline.sectionAt(offset)?.number).toMatch(/^2\.3|^2$/);
  });
});
