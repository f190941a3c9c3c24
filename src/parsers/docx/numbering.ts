/**
 * Word's automatic numbering, rebuilt. mammoth keeps only "this paragraph is in some list at
 * level N", so the numbers a reader sees ("4.2", "(b)", "(iv)") are recomputed here from
 * word/numbering.xml and the paragraphs' numbering properties, in document order.
 *
 * What is modelled (ECMA-376 Part 1, 17.9):
 * - `w:abstractNum` levels: `w:start` (0 when absent, as the standard says), `w:numFmt`
 *   (decimal, decimalZero, lowerLetter, upperLetter, lowerRoman, upperRoman, ordinal, bullet,
 *   none; other formats fall back to decimal), `w:lvlText` ("%1.%2", "(%3)", "Schedule %1"),
 *   `w:lvlRestart` (0 = never restart), `w:isLgl` (every level shown in arabic), `w:suff`.
 * - `w:num` instances with `w:lvlOverride`: `w:startOverride` and whole-level overrides.
 * - Numbering-style links (`w:numStyleLink` → a numbering style's `w:numPr`).
 * - Per paragraph: direct `w:numPr` (from ./prepass.ts), else the paragraph style's `w:numPr`
 *   through its `basedOn` chain; a missing `w:ilvl` is the level whose `w:pStyle` names the
 *   paragraph's style, else 0; `numId` 0 switches numbering off.
 *
 * Counters: paragraphs of `w:num` instances without overrides share one sequence per abstract
 * numbering (as in Word: two nums on one abstractNum continue each other); an instance with an
 * override (Word's "Restart numbering") has its own sequence. Using level k restarts every deeper
 * level unless that level's `w:lvlRestart` says otherwise. A level that has not been used yet
 * shows its start value when a deeper level's text refers to it ("%1.%2" before any level-1
 * paragraph reads "1.1" with start 1).
 */
import type { Styles } from './styles.js';
import { child, childrenNamed, childVal, intOf, isOn, parseXml, type XmlElement } from './xml.js';

export interface LevelDef {
  start?: number;
  numFmt: string;
  lvlText?: string;
  lvlRestart?: number;
  pStyle?: string;
  isLgl: boolean;
  suff: 'tab' | 'space' | 'nothing';
}

interface AbstractNum {
  id: string;
  levels: Map<number, LevelDef>;
  numStyleLink?: string;
}

interface NumDef {
  id: string;
  abstractNumId: string;
  overrides: Map<number, { start?: number; level?: LevelDef }>;
}

/** A num as the counting sees it: its levels with the overrides applied, worked out once. */
interface NumInstance {
  /** The abstract numbering after style links: the list scheme. */
  abstract: AbstractNum;
  levels: Array<LevelDef | undefined>;
  starts: number[];
  /** Each level's text split at its references (see `splitLevelText`). */
  texts: LevelText[];
  /** Shared by the nums without overrides of one abstract numbering. */
  counters: Array<number | undefined>;
}

/** Numbering properties written on a paragraph itself. */
export interface DirectNumbering {
  numId?: string;
  ilvl?: number;
}

export interface NumberLabel {
  /** What Word displays: "4.2", "(b)", "Schedule 2", or the bullet character. */
  text: string;
  bullet: boolean;
  /** What follows the number: " " for a tab or a space, "" for nothing. */
  suffix: string;
  /** The list scheme (abstract numbering after style links): restarted lists keep it. */
  list: string;
  /** 0-based level. */
  level: number;
}

/**
 * A level's text pattern is cut to this many characters: real ones are short ("%1.%2.%3",
 * "Schedule %1, Part %2"), and each numbered paragraph repeats its label, so a damaged or hostile
 * pattern of a megabyte would make gigabytes of text.
 */
const MAX_LEVEL_TEXT = 100;

function readLevel(element: XmlElement): LevelDef {
  let numFmtElement = child(element, 'w:numFmt');
  if (!numFmtElement) {
    // <mc:AlternateContent><mc:Choice><w:numFmt w:val="custom" …/></mc:Choice><mc:Fallback><w:numFmt w:val="decimal"/>
    const alternate = child(element, 'mc:AlternateContent');
    numFmtElement = child(child(alternate, 'mc:Fallback'), 'w:numFmt') ?? child(child(alternate, 'mc:Choice'), 'w:numFmt');
  }
  const level: LevelDef = {
    numFmt: numFmtElement?.attrs['w:val'] ?? 'decimal',
    isLgl: isOn(child(element, 'w:isLgl')),
    suff: (['tab', 'space', 'nothing'] as const).find((s) => s === childVal(element, 'w:suff')) ?? 'tab',
  };
  const start = intOf(childVal(element, 'w:start'));
  if (start !== undefined) level.start = start;
  const text = childVal(element, 'w:lvlText');
  if (text !== undefined) level.lvlText = text.slice(0, MAX_LEVEL_TEXT);
  const restart = intOf(childVal(element, 'w:lvlRestart'));
  if (restart !== undefined) level.lvlRestart = restart;
  const pStyle = childVal(element, 'w:pStyle');
  if (pStyle !== undefined) level.pStyle = pStyle;
  return level;
}

// ───────────────────────────── number formats ─────────────────────────────

const ROMAN: Array<[number, string]> = [
  [1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'],
  [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i'],
];

export function toRoman(n: number): string {
  if (n <= 0 || n >= 4000) return String(n);
  let out = '';
  let v = n;
  for (const [value, digits] of ROMAN) {
    while (v >= value) {
      out += digits;
      v -= value;
    }
  }
  return out;
}

/**
 * Past this, letters become digits: a damaged or hostile start value (w:start 2000000000) would
 * otherwise make a label of 77 million letters for every paragraph of the list.
 */
const MAX_LETTER_NUMBER = 26 * 30;

/** Word's letters: a…z, then aa…zz, aaa… (the letter repeated, not base 26), up to 30 letters. */
export function toLetters(n: number): string {
  if (n <= 0 || n > MAX_LETTER_NUMBER) return String(n);
  const letter = String.fromCharCode(97 + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

function ordinalSuffix(n: number): string {
  const mod100 = n % 100;
  if (mod100 >= 11 && mod100 <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
}

export function formatNumber(n: number, numFmt: string): string {
  switch (numFmt) {
    case 'none':
      return '';
    case 'lowerLetter':
      return toLetters(n);
    case 'upperLetter':
      return toLetters(n).toUpperCase();
    case 'lowerRoman':
      return toRoman(n);
    case 'upperRoman':
      return toRoman(n).toUpperCase();
    case 'decimalZero':
      return n >= 0 && n < 10 ? `0${n}` : String(n);
    case 'ordinal':
      return `${n}${ordinalSuffix(n)}`;
    default:
      return String(n);
  }
}

/** A bullet as a reader sees it: Symbol/Wingdings private-use glyphs become "•", Courier's "o" a "◦". */
function bulletOf(lvlText: string | undefined): string {
  const t = (lvlText ?? '').trim();
  if (t === '' || /[\uf000-\uf8ff]/.test(t)) return '•';
  if (t === 'o') return '◦';
  return t;
}

// ───────────────────────────── the model ─────────────────────────────

const MAX_LEVELS = 9;
/** "%2" in a level text: the number of level 2 (1-based). */
const LEVEL_REFERENCE = /%([1-9])/g;

/** A level text as literal parts and level references (0-based): "(%1.%2)" → ["(", 0, ".", 1, ")"]. */
type LevelText = Array<string | number>;

function splitLevelText(text: string): LevelText {
  const parts: LevelText = [];
  let copied = 0;
  for (const m of text.matchAll(LEVEL_REFERENCE)) {
    if (m.index! > copied) parts.push(text.slice(copied, m.index));
    parts.push(Number(m[1]) - 1);
    copied = m.index! + m[0].length;
  }
  if (copied < text.length) parts.push(text.slice(copied));
  return parts;
}

export class Numbering {
  private readonly abstracts = new Map<string, AbstractNum>();
  private readonly nums = new Map<string, NumDef>();
  private readonly counters = new Map<string, Array<number | undefined>>();
  private readonly instances = new Map<string, NumInstance | null>();
  /** Numbering a paragraph style applies through its basedOn chain, per style id. */
  private readonly styleNumbering = new Map<string, { numId?: string; ilvl?: number; from?: string }>();
  /** Every abstract numbering's `w:numStyleLink`, duplicates of an abstractNumId included. */
  private readonly styleLinks: string[] = [];

  constructor(
    root: XmlElement | undefined,
    private readonly styles: Styles,
  ) {
    for (const element of childrenNamed(root, 'w:abstractNum')) {
      const id = element.attrs['w:abstractNumId'];
      const link = childVal(element, 'w:numStyleLink');
      if (link !== undefined) this.styleLinks.push(link);
      if (id === undefined || this.abstracts.has(id)) continue;
      const levels = new Map<number, LevelDef>();
      for (const lvl of childrenNamed(element, 'w:lvl')) {
        const ilvl = intOf(lvl.attrs['w:ilvl']) ?? 0;
        if (ilvl >= 0 && ilvl < MAX_LEVELS && !levels.has(ilvl)) levels.set(ilvl, readLevel(lvl));
      }
      const abstract: AbstractNum = { id, levels };
      if (link !== undefined) abstract.numStyleLink = link;
      this.abstracts.set(id, abstract);
    }
    for (const element of childrenNamed(root, 'w:num')) {
      const id = element.attrs['w:numId'];
      const abstractNumId = childVal(element, 'w:abstractNumId');
      if (id === undefined || abstractNumId === undefined || this.nums.has(id)) continue;
      const overrides = new Map<number, { start?: number; level?: LevelDef }>();
      for (const override of childrenNamed(element, 'w:lvlOverride')) {
        const ilvl = intOf(override.attrs['w:ilvl']);
        if (ilvl === undefined || ilvl < 0 || ilvl >= MAX_LEVELS) continue;
        const entry: { start?: number; level?: LevelDef } = {};
        const start = intOf(childVal(override, 'w:startOverride'));
        if (start !== undefined) entry.start = start;
        const lvl = child(override, 'w:lvl');
        if (lvl) entry.level = readLevel(lvl);
        overrides.set(ilvl, entry);
      }
      this.nums.set(id, { id, abstractNumId, overrides });
    }
  }

  static parse(xml: string | undefined, styles: Styles): Numbering {
    return new Numbering(xml ? parseXml(xml) : undefined, styles);
  }

  get isEmpty(): boolean {
    return this.nums.size === 0;
  }

  /**
   * Every numbering-style link names a numbering style. mammoth follows a paragraph's own
   * `w:numPr` through these links and throws on one that names no numbering style; when this
   * holds, removing the paragraphs' numPr from what mammoth reads cannot change its outcome.
   */
  styleLinksResolve(): boolean {
    return this.styleLinks.every((link) => this.styles.get(link)?.type === 'numbering');
  }

  /** The abstract numbering a num uses, following numbering-style links (cycle-safe). */
  private abstractOf(num: NumDef): AbstractNum | undefined {
    let abstract = this.abstracts.get(num.abstractNumId);
    const seen = new Set<string>();
    while (abstract?.numStyleLink !== undefined && !seen.has(abstract.id)) {
      seen.add(abstract.id);
      const style = this.styles.get(abstract.numStyleLink);
      const linked = style?.numId !== undefined ? this.nums.get(style.numId) : undefined;
      const next = linked ? this.abstracts.get(linked.abstractNumId) : undefined;
      if (!next) break;
      abstract = next;
    }
    return abstract;
  }

  /** The numId and ilvl a style gives its paragraphs (nearest in the basedOn chain), cached. */
  private numberingOfStyle(styleId: string): { numId?: string; ilvl?: number; from?: string } {
    let found = this.styleNumbering.get(styleId);
    if (found) return found;
    found = {};
    for (const style of this.styles.chain(styleId)) {
      if (style.numId === undefined && style.ilvl === undefined) continue;
      if (found.numId === undefined && style.numId !== undefined) {
        found.numId = style.numId;
        found.from = style.id;
      }
      if (found.ilvl === undefined && style.ilvl !== undefined) found.ilvl = style.ilvl;
      if (found.numId !== undefined) break;
    }
    this.styleNumbering.set(styleId, found);
    return found;
  }

  /** Which num and level number a paragraph, if any. */
  resolve(styleId: string | null | undefined, direct: DirectNumbering | undefined): { numId: string; ilvl: number } | undefined {
    let numId = direct?.numId;
    let ilvl = direct?.ilvl;
    let fromStyle: string | undefined;
    if ((numId === undefined || ilvl === undefined) && styleId) {
      const style = this.numberingOfStyle(styleId);
      if (numId === undefined && style.numId !== undefined) {
        numId = style.numId;
        fromStyle = style.from;
      }
      if (ilvl === undefined) ilvl = style.ilvl;
    }
    if (numId === undefined || numId.trim() === '0') return undefined;
    const num = this.nums.get(numId);
    if (!num) return undefined;
    if (ilvl === undefined) {
      // A style-linked level: the level whose w:pStyle is the paragraph's (or the linking) style.
      const abstract = this.abstractOf(num);
      for (const [k, level] of abstract?.levels ?? []) {
        if (level.pStyle !== undefined && (level.pStyle === styleId || level.pStyle === fromStyle)) {
          ilvl = k;
          break;
        }
      }
    }
    ilvl = Math.max(0, Math.min(MAX_LEVELS - 1, ilvl ?? 0));
    return { numId, ilvl };
  }

  /** The levels, starts and counters of a num (null when its abstract numbering is missing), cached. */
  private instance(num: NumDef): NumInstance | null {
    let instance = this.instances.get(num.id);
    if (instance !== undefined) return instance;
    const abstract = this.abstractOf(num);
    instance = null;
    if (abstract) {
      const levels: Array<LevelDef | undefined> = [];
      const starts: number[] = [];
      const texts: LevelText[] = [];
      for (let k = 0; k < MAX_LEVELS; k++) {
        const override = num.overrides.get(k);
        const level = override?.level ?? abstract.levels.get(k);
        levels.push(level);
        starts.push(override?.start ?? level?.start ?? 0);
        texts.push(splitLevelText(level?.lvlText ?? ''));
      }
      const key = num.overrides.size > 0 ? `num:${num.id}` : `abs:${abstract.id}`;
      let counters = this.counters.get(key);
      if (!counters) {
        counters = new Array<number | undefined>(MAX_LEVELS).fill(undefined);
        this.counters.set(key, counters);
      }
      instance = { abstract, levels, starts, texts, counters };
    }
    this.instances.set(num.id, instance);
    return instance;
  }

  /** Advances the counters for a paragraph and returns its label; undefined when it is not numbered. */
  next(styleId: string | null | undefined, direct: DirectNumbering | undefined): NumberLabel | undefined {
    const target = this.resolve(styleId, direct);
    if (!target) return undefined;
    const instance = this.instance(this.nums.get(target.numId)!);
    if (!instance) return undefined;
    const { abstract, levels, starts, texts, counters } = instance;
    const k = target.ilvl;
    const level = levels[k];
    if (!level) return undefined;

    counters[k] = counters[k] === undefined ? starts[k]! : counters[k]! + 1;
    for (let j = k + 1; j < MAX_LEVELS; j++) {
      const restart = levels[j]?.lvlRestart;
      // lvlRestart n (1-based): restart after a paragraph at level n-1 or higher (0-based k < n).
      if (restart === undefined || (restart !== 0 && k < restart)) counters[j] = undefined;
    }

    const suffix = level.suff === 'nothing' ? '' : ' ';
    if (level.numFmt === 'bullet') {
      return { text: bulletOf(level.lvlText), bullet: true, suffix, list: abstract.id, level: k };
    }
    let text = '';
    for (const part of texts[k]!) {
      if (typeof part === 'string') {
        text += part;
        continue;
      }
      const fmt = level.isLgl && part <= k ? 'decimal' : (levels[part]?.numFmt ?? 'decimal');
      text += formatNumber(counters[part] ?? starts[part]!, fmt === 'bullet' ? 'decimal' : fmt);
    }
    return { text: text.trim(), bullet: false, suffix, list: abstract.id, level: k };
  }
}
