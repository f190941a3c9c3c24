/**
 * A small XML reader for the package's little parts (styles, numbering, relationships): elements
 * and attributes only, text content ignored. The WordprocessingML namespace is renamed to the `w:`
 * prefix whatever prefix the file binds it to, as mammoth does, so lookups can say "w:lvl".
 *
 * Not for word/document.xml: that one is read by mammoth (and scanned once by ./prepass.ts).
 */

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
}

const WORD_NAMESPACES = new Set([
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  'http://purl.oclc.org/ooxml/wordprocessingml/main',
]);

const TOKEN =
  /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[[\s\S]*?\]\]>|<!DOCTYPE[^>]*>|<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/g;
const ATTRIBUTE = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(?:#x([0-9a-fA-F]+)|#(\d+)|(lt|gt|amp|quot|apos));/g, (whole, hex, dec, named) => {
    if (named) return ENTITIES[named]!;
    const code = hex ? parseInt(hex, 16) : parseInt(dec, 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

function readAttributes(source: string): Record<string, string> {
  const attrs: Record<string, string> = Object.create(null);
  if (!source) return attrs;
  for (const m of source.matchAll(ATTRIBUTE)) attrs[m[1]!] = decodeEntities(m[2] ?? m[3] ?? '');
  return attrs;
}

/** The prefix ('' for the default namespace) bound to WordprocessingML in a root element's attributes. */
export function wordPrefix(attrs: Record<string, string>): string | undefined {
  for (const [key, value] of Object.entries(attrs)) {
    if (!WORD_NAMESPACES.has(value)) continue;
    if (key === 'xmlns') return '';
    if (key.startsWith('xmlns:')) return key.slice(6);
  }
  return undefined;
}

/** Parses `xml` into its root element, or undefined when there is none. Lenient: stray end tags are skipped. */
export function parseXml(xml: string): XmlElement | undefined {
  const root: XmlElement = { name: '#root', attrs: Object.create(null), children: [] };
  const stack: XmlElement[] = [root];
  let rename: ((name: string) => string) | undefined;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(xml); m; m = TOKEN.exec(xml)) {
    const name = m[2];
    if (name === undefined) continue; // comment, declaration, CDATA
    if (m[1] === '/') {
      const local = rename ? rename(name) : name;
      for (let k = stack.length - 1; k > 0; k--) {
        if (stack[k]!.name === local) {
          stack.length = k;
          break;
        }
      }
      continue;
    }
    const attrs = readAttributes(m[3] ?? '');
    if (stack.length === 1 && !rename) {
      const prefix = wordPrefix(attrs);
      if (prefix !== undefined && prefix !== 'w') {
        rename = prefix === '' ? (n) => (n.includes(':') ? n : `w:${n}`) : (n) => (n.startsWith(`${prefix}:`) ? `w:${n.slice(prefix.length + 1)}` : n);
      }
    }
    const element: XmlElement = { name: rename ? rename(name) : name, attrs, children: [] };
    if (rename) {
      for (const key of Object.keys(attrs)) {
        const renamed = rename(key);
        if (renamed !== key && !key.startsWith('xmlns')) {
          attrs[renamed] = attrs[key]!;
          delete attrs[key];
        }
      }
    }
    stack[stack.length - 1]!.children.push(element);
    if (m[4] !== '/') stack.push(element);
  }
  return root.children[0];
}

export function child(element: XmlElement | undefined, name: string): XmlElement | undefined {
  return element?.children.find((c) => c.name === name);
}

export function childrenNamed(element: XmlElement | undefined, name: string): XmlElement[] {
  return element ? element.children.filter((c) => c.name === name) : [];
}

/** `w:val` of the named child: `<w:start w:val="3"/>` → "3". */
export function childVal(element: XmlElement | undefined, name: string): string | undefined {
  return child(element, name)?.attrs['w:val'];
}

export function intOf(value: string | undefined): number | undefined {
  if (value === undefined || !/^-?\d+$/.test(value.trim())) return undefined;
  return parseInt(value, 10);
}

/** A WordprocessingML on/off element: present and not "false"/"0"/"off". */
export function isOn(element: XmlElement | undefined): boolean {
  if (!element) return false;
  const value = element.attrs['w:val'];
  return value === undefined || !['false', '0', 'off'].includes(value);
}
