/**
 * Which files a folder walk or a glob picks up. Explicitly named files are linted whatever
 * their extension; these lists only decide what a walk collects.
 */
import path from 'node:path';
import { SUPPORTED_EXTENSIONS } from '../parsers/detect.js';

/** Formats clauselint parses (the parsers' own list, so the two never disagree). */
export { SUPPORTED_EXTENSIONS };

/**
 * Contract formats we cannot read. A walk still collects them so each one is reported
 * ("unsupported format") instead of silently leaving a contract unchecked.
 */
export const UNREADABLE_DOCUMENT_EXTENSIONS: readonly string[] = ['.doc', '.odt', '.rtf', '.pages', '.wpd'];

const DOCUMENT_EXTENSIONS = new Set([...SUPPORTED_EXTENSIONS, ...UNREADABLE_DOCUMENT_EXTENSIONS]);

/** True for a file a walk should hand to the linter (case-insensitive: `Contract.DOCX`). */
export function isDocumentFile(filePath: string): boolean {
  return DOCUMENT_EXTENSIONS.has(path.extname(filePath).toLowerCase());
}
