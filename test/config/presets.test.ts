import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { PRESETS } from '../../src/config/presets.js';
import { checkConfigShape } from '../../src/config/shape.js';
import type { ConfigObject } from '../../src/config/types.js';
import type { Rule } from '../../src/engine/rule.js';
import { enabled, loader, project, removeProjects, testRule } from './helpers.js';

afterAll(removeProjects);

const PRESET_DIR = fileURLToPath(new URL('../../rules/presets/', import.meta.url));

/** Rule ids a preset names, directly or through the presets it extends. */
function presetRuleIds(name: string): Set<string> {
  const preset = PRESETS[name]!;
  const ids = new Set(Object.keys(preset.rules ?? {}));
  for (const base of [preset.extends ?? []].flat()) for (const id of presetRuleIds(base)) ids.add(id);
  return ids;
}

const ALL_PRESET_IDS = [...new Set(Object.keys(PRESETS).flatMap((name) => [...presetRuleIds(name)]))].sort();

describe('presets', () => {
  it('recommended holds the four B-Tech/GNI safeguards at error', () => {
    // Other rules (further safeguards, drafting and consistency rules) may join them.
    expect(PRESETS['clauselint:recommended']!.rules).toMatchObject({
      'data-access-list': 'error',
      'processing-limits': 'error',
      'impact-assessment': 'error',
      transparency: 'error',
    });
  });

  it.each(Object.keys(PRESETS))('%s is a valid plain config object', (name) => {
    expect(checkConfigShape(PRESETS[name], name)).toBe(PRESETS[name]);
  });

  it.each(['recommended', 'strict'])('every rule entry in %s.ts carries a one-line reason comment', (file) => {
    const lines = readFileSync(join(PRESET_DIR, `${file}.ts`), 'utf8').split('\n');
    const rulesStart = lines.findIndex((line) => /^\s+rules: \{/.test(line));
    const preset = PRESETS[`clauselint:${file}`] as ConfigObject;
    for (const id of Object.keys(preset.rules ?? {})) {
      const key = new RegExp(`^\\s+'?${id.replace(/[/.]/g, '\\$&')}'?:`);
      const index = lines.findIndex((line, i) => i > rulesStart && key.test(line));
      expect(index, `entry for ${id}`).toBeGreaterThan(rulesStart);
      expect(lines[index - 1], `reason above ${id}`).toMatch(/^\s+\/\/ \S/);
    }
  });

  it('strict is a superset of recommended, at the same or a higher level', async () => {
    const builtinRules = ALL_PRESET_IDS.map((id) => testRule(id));
    const root = project({
      'recommended/.clauselintrc.json': { root: true, extends: 'clauselint:recommended' },
      'strict/.clauselintrc.json': { root: true, extends: 'clauselint:strict' },
    });
    const configLoader = loader(root, { builtinRules });
    const recommended = enabled(await configLoader.forFile(join(root, 'recommended/a.md')));
    const strict = enabled(await configLoader.forFile(join(root, 'strict/a.md')));
    const rank = { info: 0, warning: 1, error: 2 } as Record<string, number>;
    for (const [id, severity] of Object.entries(recommended)) {
      expect(strict[id], `strict must enable ${id}`).toBeDefined();
      expect(rank[strict[id]!]).toBeGreaterThanOrEqual(rank[severity]!);
    }
  });

  it('every rule id a preset names is a built-in rule (rules/index.ts)', async () => {
    // A variable specifier keeps the type checker from requiring the module while rules/ is being written.
    const specifier = new URL('../../rules/index.js', import.meta.url).href;
    let builtinRules: readonly Rule[];
    try {
      ({ builtinRules } = (await import(specifier)) as { builtinRules: readonly Rule[] });
    } catch (error) {
      throw new Error(
        `Cannot check the preset rule ids: rules/index.ts (exporting builtinRules: Rule[]) failed to load (${(error as Error).message}). ` +
          'Presets name these rules: ' + ALL_PRESET_IDS.join(', '),
      );
    }
    expect(Array.isArray(builtinRules), 'rules/index.ts must export builtinRules as an array').toBe(true);
    const known = new Set(builtinRules.map((rule) => rule.meta.id));
    const missing = ALL_PRESET_IDS.filter((id) => !known.has(id));
    expect(missing, `preset rule ids with no built-in rule: ${missing.join(', ')}`).toEqual([]);
  });
});
