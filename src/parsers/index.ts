import type { Format, Parser } from '../tree/types.js';

/**
 * Parsers load lazily: linting Markdown never imports mammoth or pdf.js.
 * Format detection (by extension and, later, by content) lives in ./detect.ts.
 */
const loaders: Record<Format, () => Promise<Parser>> = {
  markdown: async () => (await import('./markdown.js')).markdownParser,
  text: async () => (await import('./text.js')).textParser,
  docx: async () => {
    throw new Error('DOCX support is not built yet');
  },
  pdf: async () => {
    throw new Error('PDF support is not built yet');
  },
};

export function loadParser(format: Format): Promise<Parser> {
  return loaders[format]();
}
