import type { DocumentNode } from '../tree/types.js';
import { buildBlocks } from './blocks.js';
import { buildCrossReferences } from './cross-references.js';
import { buildDefinitions } from './definitions.js';
import { buildOutline } from './outline.js';
import { buildParties } from './parties.js';
import { splitSentences } from './sentences.js';
import type { AnalysisName, Analyses } from './types.js';

export type * from './types.js';
export { modalityOf, scopeCues } from './modality.js';
export { tokenize } from './tokens.js';

/**
 * The per-file analysis cache: each analysis is built on first access and kept for every
 * other rule that reads it. Analyses depend on each other through the same cache.
 */
export function createAnalyses(tree: DocumentNode): Analyses {
  const cache = new Map<AnalysisName, unknown>();
  const lazy = <K extends AnalysisName>(name: K, build: () => Analyses[K]): Analyses[K] => {
    if (!cache.has(name)) cache.set(name, build());
    return cache.get(name) as Analyses[K];
  };
  const analyses: Analyses = {
    get blocks() {
      return lazy('blocks', () => buildBlocks(tree));
    },
    get sentences() {
      return lazy('sentences', () => splitSentences(analyses.blocks));
    },
    get outline() {
      return lazy('outline', () => buildOutline(tree));
    },
    get definitions() {
      return lazy('definitions', () => buildDefinitions(analyses.blocks, analyses.outline));
    },
    get crossReferences() {
      return lazy('crossReferences', () => buildCrossReferences(analyses.blocks, analyses.outline));
    },
    get parties() {
      return lazy('parties', () => buildParties(tree, analyses.blocks, analyses.definitions));
    },
  };
  return analyses;
}

/** A view of `analyses` that refuses names a rule did not declare, so `meta.needs` stays true. */
export function restrictAnalyses(analyses: Analyses, allowed: readonly AnalysisName[], ruleId: string): Analyses {
  return new Proxy(analyses, {
    get(target, name, receiver) {
      if (typeof name === 'string' && !allowed.includes(name as AnalysisName)) {
        throw new Error(`Rule "${ruleId}" reads analysis "${name}" without declaring it in meta.needs.`);
      }
      return Reflect.get(target, name, receiver);
    },
  });
}
