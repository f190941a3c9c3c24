/**
 * Benchmarks for the analyses (`npx vitest bench test/analysis --run`). Linearity is checked
 * here, not in timed tests: compare the 100-page and 200-page rows, and the one-block rows.
 */
import { bench, describe } from 'vitest';
import { buildBlocks } from '../../src/analysis/blocks.js';
import { buildCrossReferences } from '../../src/analysis/cross-references.js';
import { buildDefinitions } from '../../src/analysis/definitions.js';
import { modalityOf, scopeCues } from '../../src/analysis/modality.js';
import { buildOutline } from '../../src/analysis/outline.js';
import { buildParties } from '../../src/analysis/parties.js';
import { sentenceSpans, splitSentences } from '../../src/analysis/sentences.js';
import { tokenize } from '../../src/analysis/tokens.js';
import { parseMarkdown } from '../../src/parsers/markdown.js';
import { generateContract } from '../../scripts/generate-contract.js';

const tree100 = parseMarkdown(generateContract({ pages: 100 }));
const tree200 = parseMarkdown(generateContract({ pages: 200 }));
const blocks100 = buildBlocks(tree100);
const blocks200 = buildBlocks(tree200);
const outline100 = buildOutline(tree100);
const sentences100 = splitSentences(blocks100);
const definitions100 = buildDefinitions(blocks100, outline100);
// Worst case for a per-block splitter: the whole contract as one block without blank lines.
const oneBlock100 = blocks100.map((block) => block.text).join(' ');
const oneBlock200 = blocks200.map((block) => block.text).join(' ');

describe('sentences', () => {
  bench('splitSentences, 100 pages', () => void splitSentences(blocks100));
  bench('splitSentences, 200 pages', () => void splitSentences(blocks200));
  bench('sentenceSpans, 100 pages in one block', () => void sentenceSpans(oneBlock100));
  bench('sentenceSpans, 200 pages in one block', () => void sentenceSpans(oneBlock200));
});

describe('other analyses, 100 pages', () => {
  bench('buildOutline', () => void buildOutline(tree100));
  bench('buildDefinitions', () => void buildDefinitions(blocks100, outline100));
  bench('definitions.expand over all sentences', () => {
    for (const sentence of sentences100) definitions100.expand(sentence.text);
  });
  bench('buildCrossReferences', () => void buildCrossReferences(blocks100, outline100));
  bench('buildParties', () => void buildParties(tree100, blocks100, definitions100));
  bench('modalityOf + scopeCues over all sentences', () => {
    for (const sentence of sentences100) {
      modalityOf(sentence);
      scopeCues(sentence);
    }
  });
  bench('tokenize all sentences', () => {
    for (const sentence of sentences100) tokenize(sentence.text, sentence.start);
  });
});
