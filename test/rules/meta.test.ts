/**
 * Metadata invariants of every built-in rule: id = file name, description verb, messages used in
 * the source exist in meta (and every message is used), sources present, examples on both sides,
 * a fixture folder, and messages that stay one clean line once filled.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fillMessage } from '../../src/engine/linter.js';
import { builtinRules } from '../../rules/index.js';
import { lintWith } from '../helpers/expectations.js';
import recommendedPreset from '../../rules/presets/recommended.js';
import { Ajv } from 'ajv';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const ruleFiles = readdirSync(path.join(repo, 'rules')).filter((name) => name.endsWith('.ts') && name !== 'index.ts');

/** messageIds a rule's source reports: `messageId: '...'` and `messageId = ...? 'a' : 'b'`. */
function messageIdsInSource(source: string): Set<string> {
  const ids = new Set<string>();
  for (const match of source.matchAll(/messageId(?:\s*[:=]\s*|\s*=\s*[^;]*?\?\s*)'([\w-]+)'(?:\s*:\s*'([\w-]+)')?/g)) {
    ids.add(match[1]!);
    if (match[2]) ids.add(match[2]);
  }
  return ids;
}

describe('built-in rules', () => {
  it('has one rule per rule file, with unique ids', () => {
    const ids = builtinRules.map((rule) => rule.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ruleFiles.map((name) => name.replace(/\.ts$/, '')).sort());
  });
});

for (const rule of builtinRules) {
  const { meta } = rule;
  describe(`${meta.id} meta`, () => {
    const file = path.join(repo, 'rules', `${meta.id}.ts`);
    const source = readFileSync(file, 'utf8');

    it('has an id equal to its file name, kebab-case', () => {
      expect(existsSync(file)).toBe(true);
      expect(meta.id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
    });

    it('describes itself with Require, Disallow or Flag', () => {
      expect(meta.description).toMatch(/^(?:Require|Disallow|Flag)\b/);
      expect(meta.description.endsWith('.')).toBe(true);
    });

    it('is a safeguard rule (or a drafting/consistency rule) with sources and docs', () => {
      // meta.recommended says whether the rule is in clauselint:recommended; keep the two in step.
      expect(meta.recommended).toBe(meta.id in (recommendedPreset.rules ?? {}));
      if (meta.type === 'safeguard') {
        expect(meta.safeguard).toMatch(/^S(?:[1-9]|1[01])$/);
        expect(['warning', 'error']).toContain(meta.defaultSeverity);
      } else {
        // Hygiene rules (drafting, consistency) judge wording, not a safeguard.
        expect(['drafting', 'consistency']).toContain(meta.type);
        expect(meta.safeguard).toBeUndefined();
        expect(['warning', 'error']).toContain(meta.defaultSeverity);
      }
      expect(meta.sources.length).toBeGreaterThan(0);
      expect(meta.sources.every((entry) => entry.trim().length > 0)).toBe(true);
      expect(meta.rationale.length).toBeGreaterThan(80);
      for (const heading of ['What it checks', 'Why it matters', 'Options', 'Flagged', 'Accepted', 'How to fix', 'References']) {
        expect(meta.docs).toContain(`## ${heading}`);
      }
    });

    it('has default options that its own options schema accepts', () => {
      // The config loader trusts the defaults (it validates only what users set), so check them here.
      if (!meta.schema) {
        expect(meta.defaultOptions ?? {}).toEqual({});
        return;
      }
      const validate = new Ajv({ allErrors: true, strict: false }).compile(meta.schema);
      expect(validate(meta.defaultOptions ?? {}), JSON.stringify(validate.errors)).toBe(true);
    });

    it('reports only declared messages, and declares only messages it reports', () => {
      const used = messageIdsInSource(source);
      if (meta.type === 'safeguard') used.add('missing'); // reported by the shared safeguard runner
      const declared = new Set(Object.keys(meta.messages));
      expect([...used].filter((id) => !declared.has(id))).toEqual([]);
      expect([...declared].filter((id) => !used.has(id))).toEqual([]);
      for (const id of declared) {
        if (meta.type === 'safeguard') expect(id === 'missing' || id.startsWith('weak-')).toBe(true);
        else expect(id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
      }
    });

    it('has messages that fill to one sentence without double spaces or leftovers', () => {
      const data: Record<string, string> = {
        publicName: 'the Authority',
        privateName: 'the Supplier',
        PublicName: 'The Authority',
        PrivateName: 'The Supplier',
        ListedParty: 'The Supplier',
        party: 'the Authority',
        phrase: 'any related purposes',
        reason: '"to be agreed"',
        // drafting and consistency rules
        term: 'Permitted Purpose',
        count: '3',
        label: 'clause 4.8',
        nearest: ' (the nearest is clause 4.7)',
        placeholder: '[insert purposes]',
      };
      for (const [id, template] of Object.entries(meta.messages)) {
        expect(template, id).not.toMatch(/ {2}/);
        const filled = fillMessage(template, data);
        expect(filled, id).not.toMatch(/\{\w+\}/);
        expect(filled, id).not.toMatch(/ {2}/);
        expect(filled, id).toMatch(/[.]$/);
      }
    });

    it('has valid and invalid examples, and the invalid ones name declared messages', () => {
      expect(meta.examples.valid.length).toBeGreaterThan(0);
      expect(meta.examples.invalid.length).toBeGreaterThan(0);
      for (const example of meta.examples.invalid) {
        expect(example.messageIds?.length).toBeGreaterThan(0);
        for (const id of example.messageIds ?? []) expect(Object.keys(meta.messages)).toContain(id);
      }
    });

    it('has a fixture folder with Markdown fixtures', () => {
      const folder = path.join(repo, 'fixtures', 'rules', meta.id);
      expect(existsSync(folder)).toBe(true);
      expect(readdirSync(folder).some((name) => name.endsWith('.md'))).toBe(true);
    });

    it('declares the analyses it reads and fills every message it reports', async () => {
      expect(meta.needs?.length).toBeGreaterThan(0);
      const examples = [...meta.examples.valid, ...meta.examples.invalid];
      for (const example of examples) {
        for (const diagnostic of await lintWith(rule, example.code)) {
          expect(diagnostic.message).not.toMatch(/\{\w+\}|\s{2}/);
          expect(diagnostic.suggestion?.length ?? 0).toBeGreaterThan(meta.type === 'safeguard' ? 100 : 40);
          expect(diagnostic.sources.length).toBeGreaterThan(0);
        }
      }
    });
  });
}
