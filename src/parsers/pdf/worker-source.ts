/**
 * The code of the PDF extraction worker, as a string for `new Worker(code, { eval: true })`: it
 * runs the same from the TypeScript sources (tests) and from dist (the CLI), and keeps pdf.js
 * (0.25 s to import) out of the main thread entirely.
 *
 * One pass of pdf.js per file: load with pdf-parse v2's `PDFParse`, then `getTextContent` per page.
 * A `started` message after the import lets the time limit count the parse alone; a `loaded`
 * message gives the page count. Pages are taken one at a time from a counter the job shares
 * (an Int32Array over a SharedArrayBuffer), so two workers can read one PDF together; each page
 * goes back with its number.
 * Each page goes back as its viewport size, the item strings, and a Float64Array of
 * ITEM_FIELDS numbers per item (transferred, not copied): x and y of the baseline start in
 * viewport space (origin top left, y down), advance width, font size. A page is read the way its
 * text runs: as shown, or turned by the quarter turn that sets most of its text upright (a
 * sideways landscape table). Items that still do not run left to right (watermarks, margin
 * notes) are left out. The values of filled-in form fields, which are annotations and not in
 * the text layer, are added where their boxes are. Errors go back by name and message; pdf.js
 * console output is muted so it can never mix into a JSON report on stdout. A promise pdf.js
 * leaves rejected without a handler does not end the worker.
 */
export const ITEM_FIELDS = 4;

export const WORKER_SOURCE = String.raw`
'use strict';
const { parentPort } = require('node:worker_threads');
for (const key of ['log', 'info', 'warn', 'error', 'debug']) console[key] = () => {};
process.stdout.write = () => true;
process.stderr.write = () => true;
// pdf.js can leave a promise rejected with no handler while it recovers from a damaged file (an
// XRef entry that points to the wrong offset). By default that ends the worker and fails the next
// PDF it reads; the failures that matter reach the job's own awaits.
process.on('unhandledRejection', () => {});
let library;

// The text item with matrix t runs left to right, level, in the viewport with matrix m.
function upright(m, t) {
  const a = m[0] * t[0] + m[2] * t[1];
  const b = m[1] * t[0] + m[3] * t[1];
  return a > 0 && Math.abs(b) <= 0.05 * Math.abs(a) + 1e-6;
}

// Characters of the items that run upright in the viewport with matrix m, and of all of them.
function uprightChars(m, items) {
  let readable = 0;
  let total = 0;
  for (const item of items) {
    if (!item.str) continue;
    total += item.str.length;
    if (upright(m, item.transform)) readable += item.str.length;
  }
  return { readable, total };
}

// The page's viewport as its text reads: as shown (its /Rotate), unless most of its text runs
// sideways or upside down there (a landscape table on a portrait page, a page turned by
// /Rotate); then the quarter turn that sets most of it upright, as a reader turns the page.
function readingViewport(page, items) {
  let best = page.getViewport({ scale: 1 });
  const shown = uprightChars(best.transform, items);
  let most = shown.readable;
  if (most * 2 >= shown.total) return best;
  for (const turn of [90, 180, 270]) {
    const viewport = page.getViewport({ scale: 1, rotation: (page.rotate + turn) % 360 });
    const count = uprightChars(viewport.transform, items).readable;
    if (count > most) {
      best = viewport;
      most = count;
    }
  }
  return best;
}

// Filled-in form fields: their values are annotations, not in the text layer, yet they are part
// of what was signed ("Data to be shared: trip records only"). Read once per document from the
// form (getAnnotations per page cost 90 ms on five pages of links), by page: each visible text,
// choice, check-box or radio-button field's value.
async function formFieldsByPage(doc) {
  let fields;
  try {
    fields = await doc.getFieldObjects();
  } catch {
    return undefined;
  }
  if (!fields) return undefined;
  const byPage = new Map();
  for (const widgets of Object.values(fields)) {
    for (const widget of widgets) {
      if (widget.hidden || !Array.isArray(widget.rect) || typeof widget.page !== 'number') continue;
      let value = widget.value;
      if (widget.type === 'checkbox') {
        const on = typeof value === 'string' && value !== 'Off' && (widget.exportValues === undefined || widget.exportValues === value);
        value = on ? '☒' : '☐';
      } else if (widget.type === 'radiobutton') {
        // The group's value is the export value of the button that is on.
        value = typeof value === 'string' && value !== 'Off' && widget.exportValues === value ? '◉' : '○';
      } else if (widget.type === 'combobox' || widget.type === 'listbox') {
        if (Array.isArray(value)) value = value.join(', ');
      } else if (widget.type !== 'text') continue;
      if (typeof value !== 'string' || value.trim() === '') continue;
      if (!byPage.has(widget.page)) byPage.set(widget.page, []);
      byPage.get(widget.page).push({ rect: widget.rect, value });
    }
  }
  return byPage;
}

// A page's field values as items where their boxes are, one per line of the value, so that each
// joins the row of its label.
function addFormFields(fields, viewport, strs, nums) {
  if (!fields) return;
  for (const { rect, value } of fields) {
    const [x1, y1, x2, y2] = viewport.convertToViewportRectangle(rect);
    const left = Math.min(x1, x2);
    const top = Math.min(y1, y2);
    const height = Math.max(y1, y2) - top;
    const lines = value.split(/\r\n|\r|\n/);
    // A single line sits in the middle of its box; more lines fill it from the top.
    const size = Math.max(4, Math.min(12, lines.length > 1 ? (height / lines.length) * 0.8 : height * 0.7));
    lines.forEach((line, i) => {
      if (line.trim() === '') return;
      const baseline = lines.length > 1 ? top + size * (1 + 1.2 * i) : top + height - Math.max(1, (height - size) / 2);
      strs.push(line);
      nums.push(left + 2, baseline, line.length * size * 0.5, size);
    });
  }
}

parentPort.on('message', async (job) => {
  let parser;
  try {
    library ??= await import(job.moduleUrl);
    parentPort.postMessage({ id: job.id, started: true });
    parser = new library.PDFParse({
      data: job.bytes,
      verbosity: 0,
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
    });
    const doc = await parser.load();
    parentPort.postMessage({ id: job.id, loaded: true, pageCount: doc.numPages });
    const fields = await formFieldsByPage(doc);
    const pages = [];
    const transfer = [];
    // The next page not yet taken, by this worker or by another reading the same file.
    const take = () => Atomics.add(job.claim, 0, 1) + 1;
    for (let n = take(); n <= doc.numPages; n = take()) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent({ includeMarkedContent: false });
      const viewport = readingViewport(page, content.items);
      const m = viewport.transform;
      const strs = [];
      const nums = [];
      for (const item of content.items) {
        if (typeof item.str !== 'string' || item.str.length === 0) continue;
        const t = item.transform;
        if (!upright(m, t)) continue;
        // The item's matrix in viewport space.
        const d = m[1] * t[2] + m[3] * t[3];
        const size = Math.abs(d) || Math.hypot(t[2], t[3]);
        strs.push(item.str);
        nums.push(m[0] * t[4] + m[2] * t[5] + m[4], m[1] * t[4] + m[3] * t[5] + m[5], item.width, size);
      }
      addFormFields(fields?.get(n - 1), viewport, strs, nums);
      const array = Float64Array.from(nums);
      transfer.push(array.buffer);
      pages.push({ number: n, width: viewport.width, height: viewport.height, strs, nums: array });
      page.cleanup();
    }
    parentPort.postMessage({ id: job.id, ok: true, pages }, transfer);
  } catch (error) {
    parentPort.postMessage({
      id: job.id,
      ok: false,
      name: (error && error.name) || 'Error',
      message: String((error && error.message) || error),
    });
  } finally {
    if (parser) {
      try {
        await parser.destroy();
      } catch {}
    }
  }
});
`;
