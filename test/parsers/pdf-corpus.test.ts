/**
 * Every PDF of the shared corpus (../shared/corpus, outside the repo) parses into a sound tree,
 * with its clause numbers found, its running headers and footers gone, and (on the CCS core
 * terms) the letters its text layer loses in ligatures restored. Runs only where the corpus exists.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DocumentNode, SectionNode, TableNode } from '../../src/tree/types.js';
import { findSection, nodesOf } from './helpers.js';
import { expectSoundPdf, parseFile, slice } from './pdf-helpers.js';

const CORPUS = join(import.meta.dirname, '../../../shared/corpus');
const files = existsSync(CORPUS) ? readdirSync(CORPUS).filter((name) => name.endsWith('.pdf')) : [];

const trees = new Map<string, Promise<DocumentNode>>();
function load(name: string): Promise<DocumentNode> {
  if (!trees.has(name)) {
    trees.set(
      name,
      parseFile(join(CORPUS, name)).then((result) => {
        if (!result.ok) throw new Error(`${name}: ${result.error.code}: ${result.error.message}`);
        return result.tree;
      }),
    );
  }
  return trees.get(name)!;
}

const headingOf = async (name: string, number: string) => findSection(await load(name), number)?.heading;
const numbers = (tree: DocumentNode): string[] => (nodesOf(tree, 'section') as SectionNode[]).flatMap((s) => (s.number ? [s.number] : []));

describe.runIf(existsSync(CORPUS))('corpus PDFs', { timeout: 60_000 }, () => {
  it('has PDFs to check', () => {
    expect(files.length).toBeGreaterThanOrEqual(9);
  });

  for (const name of files) {
    it(`${name} parses into a sound tree with numbered sections`, async () => {
      const tree = await load(name);
      expectSoundPdf(tree);
      expect(numbers(tree).length).toBeGreaterThanOrEqual(4);
      expect(tree.data.text).not.toMatch(/\t|\u00ad/);
    });
  }

  it('ccs-public-sector-contract-core-terms-2017.pdf: lost ligature letters restored, clauses nested', async () => {
    const name = 'ccs-public-sector-contract-core-terms-2017.pdf';
    const tree = await load(name);
    const text = tree.data.text;
    for (const word of ['Protection', 'information', 'Practice', 'conflict', 'warranties', 'offered', 'after', 'quantity']) {
      expect(text, word).toMatch(new RegExp(`\\b${word}\\b`));
    }
    for (const broken of ['Protecton', 'informaton', 'Practce', 'confict', 'warrantes', 'ofered', 'afer']) {
      expect(text, broken).not.toMatch(new RegExp(`\\b${broken}\\b`));
    }
    expect(text).not.toContain('Crown Copyright 2017');
    expect(await headingOf(name, '3.2')).toBe('Goods clauses');
    const goods = findSection(tree, '3.2')!;
    expect(goods.children.filter((c) => c.type === 'section').length).toBe(13);
    expect(findSection(tree, '3.2.13')).toBeDefined();
    expect(findSection(tree, '1')!.kind).toBe('definitions');
  });

  it('bonterms-dpa.pdf: numbered definitions and clauses', async () => {
    const name = 'bonterms-dpa.pdf';
    expect(await headingOf(name, '1')).toBe('Definitions');
    expect(await headingOf(name, '4')).toBe('Subprocessors');
    expect(await headingOf(name, '9')).toBe('Audits');
    expect(findSection(await load(name), '1.17')).toBeDefined();
  });

  it('ccs-exit-management-schedule-2018.pdf: a definitions table, paragraphs 2.1 to 5.2', async () => {
    const name = 'ccs-exit-management-schedule-2018.pdf';
    const tree = await load(name);
    expect(await headingOf(name, '4')).toBe('Exit Plan');
    expect(await headingOf(name, '5')).toBe('Termination Assistance');
    for (const n of ['2.1', '2.2', '5.2']) expect(findSection(tree, n), n).toBeDefined();
    const cells = (nodesOf(tree, 'table') as TableNode[]).flatMap((t) => t.children.map((row) => slice(tree, row.children[0]!)));
    expect(cells).toContain('"Exit Manager"');
    expect(cells).toContain('"Termination Assistance\nPeriod"');
    expect(tree.data.text).not.toContain('Framework Ref:');
  });

  it('ccs-ict-services-schedule-2018.pdf: clause headings', async () => {
    const name = 'ccs-ict-services-schedule-2018.pdf';
    expect(await headingOf(name, '5')).toBe('Provision of ICT Services');
    expect(await headingOf(name, '7')).toBe('ICT Audit');
    expect(findSection(await load(name), '8.1')).toBeDefined();
  });

  it('ccs-installation-works-schedule-2018.pdf: paragraphs 1.1 to 2.4', async () => {
    const tree = await load('ccs-installation-works-schedule-2018.pdf');
    for (const n of ['1', '1.1', '2', '2.4']) expect(findSection(tree, n), n).toBeDefined();
  });

  it('ccs-rm3830-processing-data-schedule.pdf: paragraphs 1 to 16', async () => {
    const tree = await load('ccs-rm3830-processing-data-schedule.pdf');
    for (let n = 1; n <= 16; n++) expect(findSection(tree, String(n)), String(n)).toBeDefined();
  });

  it('aida-lund-probe-data-sharing-agreement.pdf: "§1." sections and their titles', async () => {
    const name = 'aida-lund-probe-data-sharing-agreement.pdf';
    expect((await load(name)).data.title).toBe('Data Sharing License Agreement');
    expect(await headingOf(name, '1')).toBe('Use of the Dataset');
    expect(await headingOf(name, '3')).toBe('Citations');
    expect(await headingOf(name, '5')).toBe('Jurisdiction');
    expect(findSection(await load(name), '1')!.label).toBe('Section 1');
  });

  it('umkc-city-data-licence-draft.pdf: clauses in capitals, 1 to 13', async () => {
    const name = 'umkc-city-data-licence-draft.pdf';
    expect(findSection(await load(name), '1')!.kind).toBe('definitions');
    expect(await headingOf(name, '5')).toBe('DATA SECURITY');
    expect(await headingOf(name, '13')).toBe('MISCELLANEOUS');
  });

  it('vmware-individual-cla.pdf: no tabs between words, Word hyphen pairs read as one hyphen', async () => {
    const name = 'vmware-individual-cla.pdf';
    const tree = await load(name);
    expect(await headingOf(name, '2')).toBe('Grant of Copyright License');
    expect(findSection(tree, '9')).toBeDefined();
    expect(tree.data.text).toContain('(including a cross-claim or counterclaim in a lawsuit)');
    expect(tree.data.text).toContain('it does not change your');
  });
});
