/**
 * The shared corpus of real contracts (../shared/corpus, outside the repo). These tests run only
 * where it exists; the fixtures in fixtures/parsers always run.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkTree } from '../../src/tree/invariants.js';
import type { DocumentNode, SectionNode } from '../../src/tree/types.js';
import { expectSound, findSection, nodesOf, parse, sliceOf } from './helpers.js';

const CORPUS = join(import.meta.dirname, '../../../shared/corpus');
const files = existsSync(CORPUS) ? readdirSync(CORPUS).filter((name) => /\.(md|txt)$/.test(name)) : [];
const load = (name: string): DocumentNode => parse(name, readFileSync(join(CORPUS, name)));
const children = (section: SectionNode) =>
  section.children.filter((c): c is SectionNode => c.type === 'section').map((c) => c.number ?? c.heading);

// Without the shared corpus (a fresh clone) these are reported as skipped, not passed.
describe.runIf(existsSync(CORPUS))('corpus Markdown and text files (needs ../shared/corpus)', () => {
  describe('corpus: every Markdown and text file', () => {
    it('has files to check', () => {
      expect(files.length).toBeGreaterThan(0);
    });

    for (const name of files) {
      it(`${name} parses into a sound tree with sections`, () => {
        const tree = load(name);
        expect(checkTree(tree)).toEqual([]);
        expectSound(tree, Infinity);
        expect(nodesOf(tree, 'section').length).toBeGreaterThan(0);
        const texts = nodesOf(tree, 'text');
        const inexact = texts.filter((t) => sliceOf(tree, t) !== t.value);
        expect(inexact.length).toBeLessThanOrEqual(texts.length / 100);
      });
    }
  });

  describe('corpus: clause numbers found', () => {
    it('tulane-vendor-data-sharing-agreement.md: bold "1.0 Title" clauses, 4.1 inside 4.0', () => {
      const tree = load('tulane-vendor-data-sharing-agreement.md');
      expect(findSection(tree, '1.0')).toMatchObject({ heading: 'Period of Agreement', kind: 'clause', label: 'clause 1.0' });
      expect(findSection(tree, '4.2')).toMatchObject({ heading: 'Data Categories' });
      expect(children(findSection(tree, '4.0')!)).toEqual(['4.1', '4.2', '4.3']);
      expect(findSection(tree, '12.0')!.heading).toBe('Termination of services');
    });

    it('github-data-protection-agreement-2021.md: SCC clauses, sub-clauses, annexes', () => {
      const tree = load('github-data-protection-agreement-2021.md');
      expect(tree.data.title).toBe('GitHub Data Protection Agreement');
      const sections = nodesOf(tree, 'section') as SectionNode[];
      expect(sections.find((s) => s.heading === 'Definitions')!.kind).toBe('definitions');
      const clause8 = sections.find((s) => s.label === 'clause 8' && s.heading === 'Data protection safeguards')!;
      expect(children(clause8)).toEqual(['8.1', '8.2', '8.3', '8.4', '8.5', '8.6', '8.7', '8.8', '8.9']);
      expect(findSection(tree, '15.1')).toMatchObject({ heading: 'Notification' });
      // "#### Clause 9" follows "##### Clause 8": numbering keeps them siblings.
      const section2 = sections.find((s) => s.kind === 'part' && s.number === 'II')!;
      expect(children(section2)).toEqual(['8', '9', '10', '11', '12', '13']);
      expect(sections.find((s) => s.label === 'Annex I')!.kind).toBe('annex');
      expect(sections.find((s) => s.label === 'Appendix A')).toMatchObject({ kind: 'appendix', heading: 'Security Safeguards' });
      expect(nodesOf(tree, 'table').length).toBe(1);
      // The SCC HTML lists keep their rendered markers.
      expect(nodesOf(tree, 'listItem').some((i) => i.marker === 'a.')).toBe(true);
    });

    it('ucsf-data-use-agreement.txt: numbered clauses with run-in titles and lettered items', () => {
      const tree = load('ucsf-data-use-agreement.txt');
      expect(findSection(tree, '1')).toMatchObject({ heading: 'Definitions', kind: 'definitions' });
      expect(findSection(tree, '4')!.heading).toBe('Material Breach, Enforcement and Termination');
      expect(findSection(tree, '5')!.heading).toBe('Miscellaneous Terms');
      const clause3 = findSection(tree, '3')!;
      const list = clause3.children.find((c) => c.type === 'list')!;
      expect(list.type === 'list' && list.children.map((i) => i.marker)).toEqual(['a.', 'b.', 'c.', 'd.', 'e.', 'f.']);
      expect(nodesOf(tree, 'section').some((s) => s.kind === 'signatures')).toBe(true);
    });

    it('common-paper-mutual-nda.md: a numbered list of clauses becomes sections', () => {
      const tree = load('common-paper-mutual-nda.md');
      expect(findSection(tree, '1')!.heading).toBe('Introduction');
      expect(findSection(tree, '11')!.heading).toBe('General');
    });

    it('logfire-standard-contractual-clauses.md: clauses in sections, annexes in the appendix', () => {
      const tree = load('logfire-standard-contractual-clauses.md');
      expect(findSection(tree, '8.9')!.heading).toBe('Documentation and compliance');
      const sections = nodesOf(tree, 'section') as SectionNode[];
      expect(sections.find((s) => s.label === 'Annex I')!.heading).toBe('LIST OF PARTIES');
    });

    it('cms-state-medicaid-data-sharing-template.md: roman-numbered headings', () => {
      const tree = load('cms-state-medicaid-data-sharing-template.md');
      expect(findSection(tree, 'I')!.heading).toBe('PURPOSE');
      expect(findSection(tree, 'XI')!.kind).toBe('signatures');
    });

    it('isbe-tea-data-sharing-amendment.txt: recitals, two clauses, signatures', () => {
      const tree = load('isbe-tea-data-sharing-amendment.txt');
      const kinds = (nodesOf(tree, 'section') as SectionNode[]).map((s) => s.number ?? s.kind);
      expect(kinds).toEqual(['recitals', '1', '2', 'signatures']);
    });
  });
});
