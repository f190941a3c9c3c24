/**
 * Warm lint time of each real document of the labelled corpus (formats with a parser only), and
 * for Word and PDF files the parser issue's budget on real files: the whole lint against the raw
 * library alone on the same file (mammoth `extractRawText`, pdf-parse `getText`), paired as in
 * ./formats.ts. `lintFile` runs as the CLI does, so a PDF gets a new pdf.js worker each time.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Linter } from '../../src/index.js';
import { loadLabels } from '../eval/labels.js';
import { libraryCall, type BinaryFormat } from './formats.js';
import { measure, pairedRatio, type Timing } from './timing.js';

export interface CorpusTiming {
  file: string;
  bytes: number;
  lint?: Timing;
  /** Why the file was not timed (no parser for its format yet, parse error, missing). */
  skipped?: string;
  findings?: number;
  /** DOCX and PDF: whole lint ÷ the library alone, paired, wall and CPU. */
  library?: { name: string; ratio: number; cpuRatio: number };
  /** PDF: the same with the pdf.js worker kept warm between lints (watch mode, editors). */
  keptWorker?: { ratio: number; cpuRatio: number };
}

/** Pairs for the library comparison: PDFs take a second or more a pair. */
const LIBRARY_PAIRS: Record<BinaryFormat, number> = { docx: 7, pdf: 3 };
const LIBRARY_NAME: Record<BinaryFormat, string> = { docx: 'extractRawText', pdf: 'getText' };

/** `keptWorkerLinter`: a linter made with `keepPdfWorker: true`, for the PDFs' second ratio. */
export async function timeCorpus(corpusDir: string, linter: Linter, keptWorkerLinter?: Linter): Promise<CorpusTiming[]> {
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
    const timing: CorpusTiming = { file, bytes, lint, findings: first.messages.length };
    const format = path.extname(file).slice(1).toLowerCase();
    if (format === 'docx' || format === 'pdf') {
      const library = await libraryCall(format, new Uint8Array(await readFile(filePath)));
      const paired = await pairedRatio(library, () => linter.lintFile(filePath), LIBRARY_PAIRS[format]);
      timing.library = { name: LIBRARY_NAME[format], ratio: paired.ratio, cpuRatio: paired.cpuRatio };
      if (format === 'pdf' && keptWorkerLinter) {
        const kept = await pairedRatio(library, () => keptWorkerLinter.lintFile(filePath), LIBRARY_PAIRS.pdf);
        timing.keptWorker = { ratio: kept.ratio, cpuRatio: kept.cpuRatio };
      }
    }
    timings.push(timing);
  }
  return timings;
}
