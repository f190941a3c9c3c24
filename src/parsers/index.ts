import type { Format, Parser } from '../tree/types.js';

/** Per-format parser settings a caller may choose (the defaults suit a one-shot CLI run). */
export interface ParserOptions {
  /**
   * Keep the pdf.js worker warm between PDFs: for a long-lived process (watch mode, an editor)
   * that lints PDFs again and again. The idle worker never keeps the process alive.
   */
  keepPdfWorker?: boolean;
}

/**
 * Parsers load lazily: linting Markdown never imports mammoth or pdf.js.
 * Format detection (by extension and by content) lives in ./detect.ts.
 */
const loaders: Record<Format, () => Promise<Parser>> = {
  markdown: async () => (await import('./markdown.js')).markdownParser,
  text: async () => (await import('./text.js')).textParser,
  docx: async () => (await import('./docx.js')).docxParser,
  pdf: async () => (await import('./pdf.js')).pdfParser,
};

export async function loadParser(format: Format, options: ParserOptions = {}): Promise<Parser> {
  if (format === 'pdf' && options.keepPdfWorker) return (await import('./pdf.js')).createPdfParser({ keepWorker: true });
  return loaders[format]();
}
