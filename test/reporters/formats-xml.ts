/**
 * A small, strict XML 1.0 well-formedness checker and tree builder for the checkstyle and
 * junit tests (no XML parser is a dependency, and none is installed on purpose). It rejects
 * what real parsers reject in our kind of document: a second root, unclosed or mismatched
 * tags, duplicate attributes, a raw `<` or an unknown `&entity;` in text or attributes, `]]>`
 * in text, `--` in comments, and characters XML forbids. No DTDs (we never write one).
 */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** Character data directly inside, entities decoded, CDATA included verbatim. */
  text: string;
}

export class XmlError extends Error {}

const NAME = /^[A-Za-z_:][\w.:-]*/;
const INVALID_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
const PREDEFINED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function parseXml(xml: string): XmlElement {
  const bad = INVALID_CHAR.exec(xml);
  if (bad) throw new XmlError(`character U+${bad[0].codePointAt(0)!.toString(16)} is not allowed at ${bad.index}`);
  let pos = 0;
  const fail = (message: string): never => {
    throw new XmlError(`${message} at offset ${pos}: ${JSON.stringify(xml.slice(pos, pos + 40))}`);
  };
  const startsWith = (text: string) => xml.startsWith(text, pos);
  const skipSpace = () => {
    while (pos < xml.length && /[ \t\r\n]/.test(xml[pos]!)) pos += 1;
  };
  const until = (end: string, what: string): string => {
    const at = xml.indexOf(end, pos);
    if (at < 0) fail(`unterminated ${what}`);
    const body = xml.slice(pos, at);
    pos = at + end.length;
    return body;
  };
  const name = (): string => {
    const match = NAME.exec(xml.slice(pos));
    if (!match) fail('expected a name');
    pos += match![0].length;
    return match![0];
  };
  const decode = (raw: string, where: string): string =>
    raw.replace(/&([^;&\s<]*);?/g, (whole, ref: string) => {
      if (!whole.endsWith(';')) fail(`bare & in ${where}`);
      if (ref in PREDEFINED) return PREDEFINED[ref]!;
      const numeric = /^#(?:x([0-9a-fA-F]+)|(\d+))$/.exec(ref);
      if (!numeric) return fail(`unknown entity &${ref}; in ${where}`);
      const code = numeric[1] ? parseInt(numeric[1], 16) : Number(numeric[2]);
      const char = String.fromCodePoint(code);
      if (INVALID_CHAR.test(char)) fail(`character reference &${ref}; is not allowed`);
      return char;
    });
  const misc = () => {
    for (;;) {
      skipSpace();
      if (startsWith('<!--')) comment();
      else if (startsWith('<?')) {
        pos += 2;
        until('?>', 'processing instruction');
      } else return;
    }
  };
  const comment = () => {
    pos += 4;
    const body = until('-->', 'comment');
    if (body.includes('--')) fail('"--" inside a comment');
  };
  const element = (): XmlElement => {
    if (!startsWith('<')) fail('expected an element');
    pos += 1;
    const node: XmlElement = { name: name(), attributes: {}, children: [], text: '' };
    for (;;) {
      const hadSpace = /[ \t\r\n]/.test(xml[pos] ?? '');
      skipSpace();
      if (startsWith('/>')) {
        pos += 2;
        return node;
      }
      if (startsWith('>')) {
        pos += 1;
        break;
      }
      if (!hadSpace) fail('attributes must be separated by white space');
      const attribute = name();
      skipSpace();
      if (!startsWith('=')) fail(`attribute ${attribute} has no value`);
      pos += 1;
      skipSpace();
      const quote = xml[pos];
      if (quote !== '"' && quote !== "'") fail('attribute value must be quoted');
      pos += 1;
      const raw = until(quote!, 'attribute value');
      if (raw.includes('<')) fail(`raw < in attribute ${attribute}`);
      if (Object.hasOwn(node.attributes, attribute)) fail(`duplicate attribute ${attribute}`);
      // Attribute-value normalisation: literal white space becomes a space; references stay.
      node.attributes[attribute] = decode(raw.replace(/[\t\n\r]/g, ' '), `attribute ${attribute}`);
    }
    for (;;) {
      if (pos >= xml.length) fail(`<${node.name}> is not closed`);
      if (startsWith('</')) {
        pos += 2;
        const closing = name();
        skipSpace();
        if (closing !== node.name || !startsWith('>')) fail(`</${closing}> does not close <${node.name}>`);
        pos += 1;
        return node;
      }
      if (startsWith('<![CDATA[')) {
        pos += 9;
        node.text += until(']]>', 'CDATA section');
      } else if (startsWith('<!--')) comment();
      else if (startsWith('<?')) {
        pos += 2;
        until('?>', 'processing instruction');
      } else if (startsWith('<')) node.children.push(element());
      else {
        const next = xml.indexOf('<', pos);
        const raw = xml.slice(pos, next < 0 ? xml.length : next);
        if (raw.includes(']]>')) fail('"]]>" in text');
        node.text += decode(raw, `<${node.name}> text`);
        pos += raw.length;
      }
    }
  };

  if (startsWith('<?xml')) {
    const declaration = until('?>', 'XML declaration');
    if (!/^<\?xml\s+version=(["'])1\.[01]\1(\s+encoding=(["'])[A-Za-z][\w.-]*\3)?\s*$/.test(`<?xml${declaration.slice(5)}`)) {
      fail('malformed XML declaration');
    }
  }
  misc();
  const root = element();
  misc();
  if (pos !== xml.length) fail('content after the root element');
  return root;
}

/** Every element named `name`, depth first. */
export function findAll(root: XmlElement, name: string): XmlElement[] {
  const found: XmlElement[] = [];
  const walk = (node: XmlElement) => {
    if (node.name === name) found.push(node);
    node.children.forEach(walk);
  };
  walk(root);
  return found;
}
