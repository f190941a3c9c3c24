import type { Format, Parser } from '../tree/types.js';

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

export function loadParser(format: Format): Promise<Parser> {
  return loaders[format]();
}
