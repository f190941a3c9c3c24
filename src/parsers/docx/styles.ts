/**
 * Paragraph styles from word/styles.xml: what mammoth does not keep but clause numbering and heading
 * detection need: the `basedOn` chain, style-linked numbering (`w:numPr` in a style) and outline
 * levels (custom heading styles).
 */
import { child, childVal, intOf, parseXml, type XmlElement } from './xml.js';

export interface StyleDef {
  id: string;
  type: string;
  name?: string;
  basedOn?: string;
  /** Numbering the style applies (`w:pPr/w:numPr`). */
  numId?: string;
  ilvl?: number;
  /** `w:outlineLvl` (0-based; 9 = body text). */
  outlineLevel?: number;
}

/** What a paragraph's style says about its role. */
interface ParagraphStyleLook {
  headingLevel: number | undefined;
  isTitle: boolean;
}

export class Styles {
  private readonly byId = new Map<string, StyleDef>();
  /** Names of paragraph styles by id, as mammoth reads them (the first paragraph style with the id). */
  private readonly paragraphNames = new Map<string, string | null>();
  /**
   * headingLevel and isTitle per style id (asked once per paragraph), with the name they were
   * asked with: mammoth gives every paragraph of a style the same name, so this is a lookup.
   */
  private readonly byParagraphStyle = new Map<string, ParagraphStyleLook & { name: string | null | undefined }>();

  constructor(root: XmlElement | undefined) {
    for (const element of root?.children ?? []) {
      if (element.name !== 'w:style') continue;
      const id = element.attrs['w:styleId'];
      if (id && element.attrs['w:type'] === 'paragraph' && !this.paragraphNames.has(id)) {
        this.paragraphNames.set(id, child(element, 'w:name')?.attrs['w:val'] ?? null);
      }
      if (!id || this.byId.has(id)) continue;
      const pPr = child(element, 'w:pPr');
      const numPr = child(pPr, 'w:numPr');
      const style: StyleDef = { id, type: element.attrs['w:type'] ?? 'paragraph' };
      const name = childVal(element, 'w:name');
      if (name !== undefined) style.name = name;
      const basedOn = childVal(element, 'w:basedOn');
      if (basedOn !== undefined) style.basedOn = basedOn;
      const numId = childVal(numPr, 'w:numId');
      if (numId !== undefined) style.numId = numId;
      const ilvl = intOf(childVal(numPr, 'w:ilvl'));
      if (ilvl !== undefined) style.ilvl = ilvl;
      const outline = intOf(childVal(pPr, 'w:outlineLvl'));
      if (outline !== undefined) style.outlineLevel = outline;
      this.byId.set(id, style);
    }
  }

  static parse(xml: string | undefined): Styles {
    return new Styles(xml ? parseXml(xml) : undefined);
  }

  /**
   * The name mammoth gives a paragraph of style `id`: that paragraph style's name, null when
   * there is no such style (for paragraphs handed to mammoth without their properties).
   */
  paragraphStyleName(id: string | null | undefined): string | null {
    return id ? (this.paragraphNames.get(id) ?? null) : null;
  }

  get(id: string | null | undefined): StyleDef | undefined {
    return id ? this.byId.get(id) : undefined;
  }

  /** The style and its ancestors, nearest first (cycle-safe, at most 20). */
  chain(id: string | null | undefined): StyleDef[] {
    const out: StyleDef[] = [];
    const seen = new Set<string>();
    let style = this.get(id);
    while (style && !seen.has(style.id) && out.length < 20) {
      seen.add(style.id);
      out.push(style);
      style = this.get(style.basedOn);
    }
    return out;
  }

  /**
   * Heading level from the style: "Title" is 1, "heading N" (any case, any spacing) is N, a
   * custom style with an outline level (own or inherited) is that level + 1. Undefined for body
   * styles.
   */
  headingLevel(id: string | null | undefined, name: string | null | undefined): number | undefined {
    return this.paragraphStyle(id, name).headingLevel;
  }

  isTitle(id: string | null | undefined, name: string | null | undefined): boolean {
    return this.paragraphStyle(id, name).isTitle;
  }

  private paragraphStyle(id: string | null | undefined, name: string | null | undefined): ParagraphStyleLook {
    const key = id ?? '';
    let found = this.byParagraphStyle.get(key);
    if (found === undefined || found.name !== name) {
      const title = name ?? this.get(id)?.name;
      found = {
        name,
        headingLevel: this.computeHeadingLevel(id, name),
        isTitle: title !== undefined && title !== null && /^title$/i.test(title.trim()),
      };
      this.byParagraphStyle.set(key, found);
    }
    return found;
  }

  private computeHeadingLevel(id: string | null | undefined, name: string | null | undefined): number | undefined {
    const chain = this.chain(id);
    const names = [name ?? undefined, ...chain.map((s) => s.name)];
    for (const n of names) {
      if (!n) continue;
      if (/^title$/i.test(n.trim())) return 1;
      const m = /^heading\s*([1-9])$/i.exec(n.trim());
      if (m) return Number(m[1]);
    }
    for (const style of chain) {
      if (style.outlineLevel === undefined) continue;
      return style.outlineLevel >= 0 && style.outlineLevel <= 8 ? style.outlineLevel + 1 : undefined;
    }
    return undefined;
  }
}
