/**
 * Running headers, footers and page numbers: page furniture, not contract text.
 *
 * A candidate is one of the first or last FURNITURE_ROWS (5) rows of a page lying in the top or
 * bottom MARGIN_SHARE of the page. Its key is its zone (top or bottom) and its text lowercased
 * with every digit run as "#" and spaces collapsed, so "Page 3 of 12" and "Page 4 of 12" match.
 * A key found on at least half of the pages (and on two pages or more) marks those rows as
 * furniture. A candidate that is only a page number ("7", "- 7 -", "Page 7", "Page | 7",
 * "7 of 12", "7(12)", "vii") is furniture on any page.
 */
import { isSpaceCode, singleSpaced } from '../../text/spaces.js';
import { joinItems, type Row } from './layout.js';

const FURNITURE_ROWS = 5;
const MARGIN_SHARE = 0.2;
const MIN_SHARE_OF_PAGES = 0.5;

const PAGE_NUMBER =
  /^(?:(?:page|p\.|seite|página|pagina)\s*[|:]?\s*)?[-–—(\[]?\s*(?:\d{1,4}|[ivxlc]{1,7})\s*[-–—)\]]?(?:\s*(?:of|\/|de|von)\s*\d{1,4}|\s*\(\d{1,4}\))?$/i;

/** PAGE_NUMBER matches at most this many non-space characters ("página|(vii)von1234"). */
const PAGE_NUMBER_MAX_INK = 23;

/** Whether `text` has more non-space characters than `limit`, counting no further. */
function inkExceeds(text: string, limit: number): boolean {
  let ink = 0;
  for (let i = 0; i < text.length; i++) if (!isSpaceCode(text.charCodeAt(i)) && ++ink > limit) return true;
  return false;
}

export function isPageNumber(text: string): boolean {
  // Most rows are prose: rule them out before building a collapsed copy.
  if (inkExceeds(text, PAGE_NUMBER_MAX_INK)) return false;
  return PAGE_NUMBER.test(singleSpaced(text).trim());
}

const DIGITS = /\d+/g;

function keyOf(text: string): string {
  return singleSpaced(text.toLowerCase().replace(DIGITS, '#')).trim();
}

interface Candidate {
  page: number;
  row: Row;
  key: string;
  text: string;
}

/** Marks furniture rows in place (`row.furniture = true`). `pages[i]` holds page i+1's rows. */
export function markFurniture(pages: ReadonlyArray<{ height: number; rows: Row[] }>): void {
  const candidates: Candidate[] = [];
  pages.forEach(({ height, rows }, index) => {
    const picked = new Set<Row>();
    rows.slice(0, FURNITURE_ROWS).forEach((row) => row.y < MARGIN_SHARE * height && picked.add(row));
    rows.slice(-FURNITURE_ROWS).forEach((row) => row.y > (1 - MARGIN_SHARE) * height && picked.add(row));
    for (const row of picked) {
      const text = joinItems(row.items);
      const zone = row.y < height / 2 ? 'top' : 'bottom';
      candidates.push({ page: index, row, key: `${zone}:${keyOf(text)}`, text });
    }
  });
  const pagesByKey = new Map<string, Set<number>>();
  for (const c of candidates) {
    let set = pagesByKey.get(c.key);
    if (!set) pagesByKey.set(c.key, (set = new Set()));
    set.add(c.page);
  }
  const needed = Math.max(2, Math.ceil(MIN_SHARE_OF_PAGES * pages.length));
  for (const c of candidates) {
    const repeated = pages.length >= 2 && pagesByKey.get(c.key)!.size >= needed;
    if (repeated || isPageNumber(c.text)) c.row.furniture = true;
  }
  // A page number between furniture rows may sit just outside the first or last rows.
  for (const { rows, height } of pages) {
    for (const row of rows) {
      if (row.furniture) continue;
      const inMargin = row.y < 0.12 * height || row.y > 0.88 * height;
      if (inMargin && isPageNumber(joinItems(row.items))) row.furniture = true;
    }
  }
}
