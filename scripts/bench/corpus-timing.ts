/** Warm lint time of each real document of the labelled corpus (formats with a parser only). */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { Linter } from '../../src/index.js';
import { loadLabels } from '../eval/labels.js';
import { measure, type Timing } from './timing.js';

export interface CorpusTiming {
  file: string;
  bytes: number;
  lint?: Timing;
  /** Why the file was not timed (no parser for its format yet, parse error, missing). */
  skipped?: string;
  findings?: number;
}

export async function timeCorpus(corpusDir: string, linter: Linter): Promise<CorpusTiming[]> {
  const { labels } = await loadLabels(corpusDir);
  const timings: CorpusTiming[] = [];
  for (const { file } of labels) {
    const filePath = path.join(corpusDir, file);
    let bytes = 0;
    try {
      bytes = (await stat(filePath)).size;
    } catch {
      timings.push({ file, bytes, skipped: 'not found' });
      continue;
    }
    const first = await linter.lintFile(filePath);
    const fatal = first.messages.find((message) => message.fatal);
    if (fatal) {
      timings.push({ file, bytes, skipped: `${fatal.messageId}: ${fatal.message}` });
      continue;
    }
    const lint = await measure(() => linter.lintFile(filePath), { warmup: 1, minRuns: 3, minTotalMs: 300, maxRuns: 10 });
    timings.push({ file, bytes, lint, findings: first.messages.length });
  }
  return timings;
}
