/** Just enough XML writing for the checkstyle and junit reports. */

/** Characters XML 1.0 forbids (C0 controls other than tab/LF/CR, lone surrogates, U+FFFE/FFFF). */
const INVALID_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Text a document may contain at all: forbidden characters become U+FFFD. */
export const xmlSafe = (text: string): string => text.replace(INVALID_XML, '\uFFFD');

/**
 * An attribute value: markup characters as entities, and tab/LF/CR as character references
 * so attribute-value normalisation does not turn them into spaces.
 */
export function xmlAttribute(value: string | number): string {
  return xmlSafe(String(value)).replace(/[&<>"'\t\n\r]/g, (char) => ATTRIBUTE_ENTITIES[char]!);
}

const ATTRIBUTE_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

/** A CDATA section holding `text` verbatim (a `]]>` inside is split across two sections). */
export const cdata = (text: string): string => `<![CDATA[${xmlSafe(text).replaceAll(']]>', ']]]]><![CDATA[>')}]]>`;

export const XML_DECLARATION = '<?xml version="1.0" encoding="utf-8"?>';
