import type { AnalysisName } from '../../src/analysis/types.js';

/** In build order: each analysis comes after the ones it reads (see src/analysis/index.ts). */
export const ANALYSES: readonly AnalysisName[] = ['blocks', 'outline', 'sentences', 'definitions', 'crossReferences', 'parties'];

/** What each analysis reads from the cache, to know which ones the rules pay for. */
export const DEPENDS_ON: Record<AnalysisName, AnalysisName[]> = {
  blocks: [],
  outline: [],
  sentences: ['blocks'],
  definitions: ['blocks', 'outline'],
  crossReferences: ['blocks', 'outline'],
  parties: ['blocks', 'definitions'],
};
