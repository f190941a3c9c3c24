/**
 * Golden trees: fixtures/parsers/NAME.md|txt → NAME.tree.json (a compact outline, see outline.ts).
 * Regenerate after a deliberate change, then review the diff by hand:
 *   UPDATE_GOLDEN=1 npx vitest run test/parsers/golden.test.ts
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectSound, parse } from './helpers.js';
import { outline } from './outline.js';

const DIR = join(import.meta.dirname, '../../fixtures/parsers');
const update = process.env.UPDATE_GOLDEN === '1';
const inputs = readdirSync(DIR).filter((name) => /\.(md|txt)$/.test(name));
/** Text nodes allowed to differ from their source slice (an entity or escape resolved). */
const INEXACT: Record<string, number> = { 'html-code-quote.md': 1, 'pipe-table.md': 1 };

describe('golden parser trees', () => {
  it('has fixtures', () => {
    expect(inputs.length).toBeGreaterThanOrEqual(5);
  });

  for (const name of inputs) {
    it(name, () => {
      const tree = parse(name, readFileSync(join(DIR, name)));
      expectSound(tree, INEXACT[name] ?? 0);
      const actual = outline(tree);
      const goldenPath = join(DIR, name.replace(/\.(md|txt)$/, '.tree.json'));
      if (update || !existsSync(goldenPath)) writeFileSync(goldenPath, `${JSON.stringify(actual, null, 2)}\n`);
      expect(actual).toEqual(JSON.parse(readFileSync(goldenPath, 'utf8')));
    });
  }
});
