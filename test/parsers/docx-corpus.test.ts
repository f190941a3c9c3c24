/**
 * The real Word contracts in ../shared/corpus (outside the repository; these tests run only where
 * it exists): every DOCX parses into a sound tree, and clause numbers are found where the
 * document has them: Word's automatic numbering (ccs is typed, the Common Paper and Bonterms
 * files are numbered by Word, through heading styles or list paragraphs) or typed numbers.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { lintTree } from '../../src/engine/linter.js';
import type { DocumentNode, SectionNode } from '../../src/tree/types.js';
import { expectSoundDocx, findSection, parseDocxOrFail, sections } from './docx-helpers.js';

const CORPUS = join(import.meta.dirname, '../../../shared/corpus');
const files = existsSync(CORPUS) ? readdirSync(CORPUS).filter((name) => name.endsWith('.docx')).sort() : [];
const numbers = (section: SectionNode | undefined): Array<string | undefined> =>
  (section?.children ?? []).filter((c): c is SectionNode => c.type === 'section').map((c) => c.number ?? c.heading);

// Without the shared corpus (a fresh clone) these are reported as skipped, not passed.
describe.runIf(existsSync(CORPUS))('corpus DOCX files (needs ../shared/corpus)', () => {
  const trees = new Map<string, DocumentNode>();
  beforeAll(async () => {
    for (const name of files) trees.set(name, await parseDocxOrFail(readFileSync(join(CORPUS, name)), name));
  }, 60_000);
  const tree = (name: string): DocumentNode => trees.get(name)!;

  describe('corpus: every DOCX', () => {
    it('has files to check', () => {
      expect(files.length).toBeGreaterThanOrEqual(10);
    });

    for (const name of files) {
      it(`${name} parses into a sound tree that the rules can lint`, () => {
        const t = tree(name);
        expectSoundDocx(t);
        expect(t.data.text.length).toBeGreaterThan(1000);
        const rules = builtinRules.map((rule) => ({ rule, severity: rule.meta.defaultSeverity, options: {} }));
        for (const finding of lintTree(t, { filePath: name, rules })) {
          expect(finding.anchor.paragraph).toBeGreaterThanOrEqual(1);
          expect(finding.anchor.label).toMatch(/^¶ \d+(, .+)?$/);
        }
      });
    }
  });

  describe('corpus: clause numbers found', () => {
    it('ccs-rm3830-core-terms.docx: typed numbers, clauses 1–35 with sub-clauses to three levels', () => {
      const t = tree('ccs-rm3830-core-terms.docx');
      expect(findSection(t, '1')).toMatchObject({ heading: 'Definitions used in the contract', kind: 'definitions' });
      expect(findSection(t, '14')!.heading).toBe('Data protection');
      expect(findSection(t, '35')!.heading).toBe('Which law applies');
      const top = sections(t).filter((s) => s.depth === 1 && s.kind !== 'other').map((s) => s.number);
      expect(top).toEqual(Array.from({ length: 35 }, (_, i) => String(i + 1)));
      expect(findSection(t, '10.4')!.heading).toBe('When CCS or the buyer can end a contract');
      expect(numbers(findSection(t, '3.1'))).toEqual(['3.1.1', '3.1.2']);
    });

    it('common-paper-cloud-service-agreement.docx: Word numbering on heading styles, as the document cites it', () => {
      const t = tree('common-paper-cloud-service-agreement.docx');
      expect(findSection(t, '1')!.heading).toBe('Service');
      expect(findSection(t, '1.1')!.heading).toBe('Access and Use');
      // The document itself cites "Section 2.1 (Restrictions on Customer)": the empty paragraph
      // that only carries a section break before clause 1 takes no number.
      expect(findSection(t, '2.1')!.heading).toBe('Restrictions on Customer');
      expect(numbers(findSection(t, '2.1'))).toEqual(['2.1(a)', '2.1(b)']);
      expect(t.data.text).toContain('breaches Section 2.1 (Restrictions on Customer)');
    });

    it('common-paper-software-license-agreement.docx: the same scheme', () => {
      const t = tree('common-paper-software-license-agreement.docx');
      expect(findSection(t, '1.1')!.heading).toBe('License');
      expect(findSection(t, '2.1')!.heading).toBe('Restrictions on Customer');
      expect(numbers(findSection(t, '2.1'))).toEqual(['2.1(a)', '2.1(b)']);
    });

    it('common-paper-dpa.docx: "%1.%2", "(%3)", "(%4)" with restarted lists (startOverride)', () => {
      const t = tree('common-paper-dpa.docx');
      expect(findSection(t, '1')!.heading).toBe('Processor and Subprocessor Relationships');
      expect(findSection(t, '3.2')!.heading).toBe('Ex-EEA Transfers');
      expect(numbers(findSection(t, '3.2'))).toEqual(['3.2(a)', '3.2(b)', '3.2(c)']);
      expect(numbers(findSection(t, '3.2(c)'))).toEqual(['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii'].map((n) => `3.2(c)(${n})`));
    });

    it('common-paper-one-way-nda.docx: clauses 1–11 numbered by Word', () => {
      const t = tree('common-paper-one-way-nda.docx');
      const top = sections(t).filter((s) => s.kind === 'clause' && s.depth === 1);
      expect(top.map((s) => s.number)).toEqual(Array.from({ length: 11 }, (_, i) => String(i + 1)));
      expect(top[0]!.heading).toBe('Introduction');
      expect(top[10]!.heading).toBe('General');
    });

    it('bonterms-dpa-schedules-examples.docx: schedules holding Word-numbered clauses and lettered items', () => {
      const t = tree('bonterms-dpa-schedules-examples.docx');
      const schedule3 = sections(t).find((s) => s.kind === 'schedule' && s.number === '3')!;
      expect(schedule3.heading).toBe('Cross-Border Transfer Mechanisms');
      expect(numbers(schedule3)).toEqual(['1', '2', '3', '4', '5']);
      expect(findSection(t, '5')!.heading).toBe('Data Privacy Framework');
      expect(numbers(findSection(t, '2.2'))).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map((n) => `2.2(${n})`));
    });

    it('aida-data-transfer-agreement.docx: Word-numbered terms 1–14 and two schedules', () => {
      const t = tree('aida-data-transfer-agreement.docx');
      expect(t.data.title).toBe('Data Transfer Agreement');
      const terms = sections(t).find((s) => s.heading === 'Terms and Conditions')!;
      expect(numbers(terms)).toEqual(Array.from({ length: 14 }, (_, i) => String(i + 1)));
      expect(sections(t).filter((s) => s.kind === 'schedule').map((s) => s.label)).toEqual(['Schedule 1', 'Schedule 2']);
    });

    it('ccs-rm3830-transparency-reports-schedule.docx: typed paragraphs 1.1–1.4', () => {
      const t = tree('ccs-rm3830-transparency-reports-schedule.docx');
      expect(numbers(sections(t).find((s) => s.heading === 'TRANSPARENCY REPORTS'))).toEqual(['1.1', '1.2', '1.3', '1.4', 'ANNEX: LIST OF TRANSPARENCY REPORTS']);
    });

    it('aida-liu-data-sharing-agreement.docx and codi-data-sharing-mou.docx have no clause numbers: headings only', () => {
      const liu = tree('aida-liu-data-sharing-agreement.docx');
      expect(sections(liu).some((s) => s.number)).toBe(false);
      expect(sections(liu).map((s) => s.heading).slice(1, 3)).toEqual(['§1. Use of the Dataset', '§2. Warranties etc']);
      const codi = tree('codi-data-sharing-mou.docx');
      expect(sections(codi).some((s) => s.number)).toBe(false);
      expect(sections(codi).map((s) => s.heading ?? s.kind)).toContain('Statement of Purpose');
    });
  });
});
