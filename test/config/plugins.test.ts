import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config/types.js';
import type { ReportDescriptor, RuleContext } from '../../src/engine/rule.js';
import { enabled, loader, optionsOf, project, removeProjects } from './helpers.js';

afterAll(removeProjects);

const FIXTURE = fileURLToPath(new URL('../../fixtures/projects/config-plugin/', import.meta.url));

/** A plugin module whose rules are plain objects (temp folders cannot import the repo's src). */
const pluginSource = (body: string): string => `
const rule = (id) => ({
  meta: { id, type: 'drafting', description: 'Flag ' + id + '.', rationale: '', sources: [], recommended: false,
          defaultSeverity: 'warning', messages: { found: 'Found.' }, docs: '', examples: { valid: [], invalid: [] } },
  create: () => ({}),
});
${body}
`;

const failure = async (root: string): Promise<ConfigError> => {
  const error = await loader(root).forFile(join(root, 'a.md')).catch((e: unknown) => e);
  if (!(error instanceof ConfigError)) throw new Error(`expected a ConfigError, got ${String(error)}`);
  return error;
};

describe('plugins', () => {
  it('loads a local plugin file; its rules are named <file base name>/<rule> and configured like built-ins', async () => {
    const config = await loader(FIXTURE).forFile(join(FIXTURE, 'contracts/agreement.md'));
    expect(enabled(config)).toEqual({
      'data-access-list': 'error',
      'impact-assessment': 'error',
      'local-rules/no-perpetual-term': 'warning',
      'processing-limits': 'error',
      transparency: 'error',
    });
    expect(optionsOf(config, 'local-rules/no-perpetual-term')).toEqual({ maxYears: 5 });
    expect(config.settings['local-rules/no-perpetual-term']).toEqual(['warning', { maxYears: 5 }]);

    // The rule is the fixture's real rule, reporting under its full id.
    const { rule, options } = config.rules.find((r) => r.rule.meta.id === 'local-rules/no-perpetual-term')!;
    const text = 'The Supplier may keep the Shared Data in perpetuity.';
    const reports: ReportDescriptor[] = [];
    const context = {
      options,
      getText: () => text,
      report: (descriptor: ReportDescriptor) => reports.push(descriptor),
    } as unknown as RuleContext;
    const paragraph = { type: 'paragraph', position: { start: { offset: 0 } } };
    (rule.create(context).paragraph as (node: unknown) => void)(paragraph);
    expect(reports).toEqual([{ range: [38, 51], messageId: 'perpetual', data: { term: 'in perpetuity', maxYears: 5 } }]);
  });

  it('validates plugin rule options against the plugin rule schema', async () => {
    const root = project({
      '.clauselintrc.json': { plugins: [join(FIXTURE, 'local-rules.mjs')], rules: { 'local-rules/no-perpetual-term': ['warn', { maxYears: 0 }] } },
    });
    expect((await failure(root)).message).toBe(
      `${join(root, '.clauselintrc.json')}: rule "local-rules/no-perpetual-term": option "maxYears" must be >= 1 (got 0)`,
    );
  });

  it('resolves npm plugins from the config folder; the name drops "clauselint-plugin-"', async () => {
    const root = project({
      'node_modules/clauselint-plugin-procurement/package.json': { name: 'clauselint-plugin-procurement', type: 'module', main: 'index.js' },
      'node_modules/clauselint-plugin-procurement/index.js': pluginSource('export default { rules: [rule("award-notice"), rule("bid-rigging")] };'),
      'node_modules/@city/clauselint-plugin-mobility/package.json': {
        name: '@city/clauselint-plugin-mobility',
        type: 'module',
        exports: { import: './plugin.js' },
      },
      'node_modules/@city/clauselint-plugin-mobility/plugin.js': pluginSource('export default { rules: { "location-data": rule("location-data") } };'),
      'node_modules/clauselint-plugin-named/package.json': { name: 'clauselint-plugin-named', type: 'module', main: 'index.js' },
      'node_modules/clauselint-plugin-named/index.js': pluginSource('export default { name: "acme", rules: { x: rule("x") } };'),
      '.clauselintrc.json': {
        plugins: ['procurement', '@city/clauselint-plugin-mobility', 'clauselint-plugin-named'],
        rules: { 'procurement/award-notice': 'error', '@city/mobility/location-data': 'warn', 'acme/x': 'info' },
      },
    });
    const config = await loader(root).forFile(join(root, 'a.md'));
    expect(enabled(config)).toEqual({ '@city/mobility/location-data': 'warning', 'acme/x': 'info', 'procurement/award-notice': 'error' });
    expect(config.settings['procurement/bid-rigging']).toBe('off');
  });

  it('a plugin declared in a farther config serves nearer configs too', async () => {
    const root = project({
      'rules/house.mjs': pluginSource('export default { rules: { "plain-language": rule("plain-language") } };'),
      '.clauselintrc.json': { plugins: ['./rules/house.mjs'] },
      'sub/.clauselintrc.json': { rules: { 'house/plain-language': 'warn' } },
    });
    expect(enabled(await loader(root).forFile(join(root, 'sub/a.md')))).toEqual({ 'house/plain-language': 'warning' });
  });

  it('a local plugin may be a folder with an index.js', async () => {
    const root = project({
      'house/index.js': pluginSource('export default { name: "house", rules: { "plain-language": rule("plain-language") } };'),
      '.clauselintrc.json': { $schema: './node_modules/clauselint/schema.json', plugins: ['./house'], rules: { 'house/plain-language': 'error' } },
    });
    expect(enabled(await loader(root).forFile(join(root, 'a.md')))).toEqual({ 'house/plain-language': 'error' });
  });

  it('unknown plugin rule ids get a suggestion', async () => {
    const root = project({
      'house.mjs': pluginSource('export default { rules: { "plain-language": rule("plain-language") } };'),
      '.clauselintrc.json': { plugins: ['./house.mjs'], rules: { 'house/plain-langage': 'warn' } },
    });
    expect((await failure(root)).message).toMatch(/unknown rule "house\/plain-langage" in rules \(did you mean "house\/plain-language"\?\)$/);
  });

  it('a plugin that cannot be found', async () => {
    const root = project({ '.clauselintrc.json': { plugins: ['./nowhere.js', 'clauselint-plugin-absent'] } });
    expect((await failure(root)).message).toBe(`${join(root, '.clauselintrc.json')}: plugin "./nowhere.js" not found from ${root}`);
  });

  it('a plugin that throws while loading', async () => {
    const root = project({ 'bad.mjs': 'throw new Error("plugin exploded");\n', '.clauselintrc.json': { plugins: ['./bad.mjs'] } });
    expect((await failure(root)).message).toBe(`${join(root, '.clauselintrc.json')}: plugin "./bad.mjs" cannot be loaded: plugin exploded`);
  });

  it('a plugin that exports no rules', async () => {
    const root = project({ 'empty.mjs': 'export default { name: "empty", rules: {} };\n', '.clauselintrc.json': { plugins: ['./empty.mjs'] } });
    expect((await failure(root)).message).toBe(
      `${join(root, '.clauselintrc.json')}: plugin "./empty.mjs" exports no rules (expected a default export { rules })`,
    );
  });

  it('a plugin rule that is not a rule', async () => {
    const root = project({ 'odd.mjs': 'export default { rules: { broken: { meta: {} } } };\n', '.clauselintrc.json': { plugins: ['./odd.mjs'] } });
    expect((await failure(root)).message).toMatch(/plugin "\.\/odd\.mjs": rule "broken" is not a rule \(needs meta and create\)$/);
  });

  it('two different plugins with the same name', async () => {
    const root = project({
      'a/house.mjs': pluginSource('export default { rules: { one: rule("one") } };'),
      'b/house.mjs': pluginSource('export default { rules: { two: rule("two") } };'),
      '.clauselintrc.json': { plugins: ['./a/house.mjs', './b/house.mjs'] },
    });
    expect((await failure(root)).message).toBe(
      `${join(root, '.clauselintrc.json')}: plugin "./b/house.mjs" is named "house", like the plugin in ${join(root, 'a/house.mjs')}`,
    );
  });
});
