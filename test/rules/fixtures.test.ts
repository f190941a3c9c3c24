/**
 * Every Markdown fixture under fixtures/rules/<rule-id>/ is linted with that rule alone and
 * compared with its inline `expect` markers, both ways.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { checkFixture } from '../helpers/expectations.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/rules');

for (const rule of builtinRules) {
  const folder = path.join(root, rule.meta.id);
  const files = readdirSync(folder).filter((name) => name.endsWith('.md')).sort();
  describe(`fixtures/rules/${rule.meta.id}`, () => {
    it('has fixtures', () => expect(files.length).toBeGreaterThan(0));
    for (const name of files) {
      it(name, async () => {
        const result = await checkFixture(rule, path.join(folder, name));
        expect({ missing: result.missing, unexpected: result.unexpected }).toEqual({ missing: [], unexpected: [] });
      });
    }
  });
}
