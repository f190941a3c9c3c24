/**
 * Each rule's `meta.examples` run as tests: a valid example gives no finding of the rule, an
 * invalid one gives exactly the listed messageIds in document order.
 */
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { lintWith } from '../helpers/expectations.js';

for (const rule of builtinRules) {
  describe(`${rule.meta.id} examples`, () => {
    for (const example of rule.meta.examples.valid) {
      it(`valid: ${example.title}`, async () => {
        const found = await lintWith(rule, example.code);
        expect(found.map((diagnostic) => `${diagnostic.messageId}: ${diagnostic.evidence ?? ''}`)).toEqual([]);
      });
    }
    for (const example of rule.meta.examples.invalid) {
      it(`invalid: ${example.title}`, async () => {
        const found = await lintWith(rule, example.code);
        expect(found.map((diagnostic) => diagnostic.messageId)).toEqual(example.messageIds ?? []);
      });
    }
  });
}
