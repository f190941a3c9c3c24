import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config/types.js';
import { enabled, loader, optionsOf, project, removeProjects } from './helpers.js';

afterAll(removeProjects);

/** The ConfigError a project's config produces for a file in its root. */
async function configError(files: Record<string, unknown>, file = 'a.md'): Promise<{ error: ConfigError; root: string }> {
  const root = project(files);
  const error = await loader(root).forFile(join(root, file)).then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof ConfigError)) throw new Error(`expected a ConfigError, got ${String(error)}`);
  return { error, root };
}

describe('rule entries', () => {
  it('accepts every severity form', async () => {
    const root = project({
      '.clauselintrc.json': {
        rules: { 'data-access-list': 2, 'processing-limits': 1, transparency: 'warning', 'impact-assessment': 'info', 'defined-terms': 0 },
      },
    });
    expect(enabled(await loader(root).forFile(join(root, 'a.md')))).toEqual({
      'data-access-list': 'error',
      'impact-assessment': 'info',
      'processing-limits': 'warning',
      transparency: 'warning',
    });
  });

  it('["warn"] keeps earlier options, ["warn", {}] resets them to the defaults', async () => {
    const root = project({
      '.clauselintrc.json': { rules: { 'processing-limits': ['error', { minTerms: 5 }] } },
      'keep/.clauselintrc.json': { rules: { 'processing-limits': ['warn'] } },
      'reset/.clauselintrc.json': { rules: { 'processing-limits': ['warn', {}] } },
    });
    const configLoader = loader(root);
    expect(optionsOf(await configLoader.forFile(join(root, 'keep/a.md')), 'processing-limits')).toMatchObject({ minTerms: 5 });
    expect(optionsOf(await configLoader.forFile(join(root, 'reset/a.md')), 'processing-limits')).toMatchObject({ minTerms: 2 });
  });

  it('merges nested options over nested defaults', async () => {
    const root = project({ '.clauselintrc.json': { rules: { 'processing-limits': ['error', { carveOuts: {} }] } } });
    expect(optionsOf(await loader(root).forFile(join(root, 'a.md')), 'processing-limits')).toEqual({
      minTerms: 2,
      mode: 'strict',
      carveOuts: { allowLaw: true },
    });
  });
});

describe('config errors', () => {
  it('unknown rule id, with the closest known id suggested', async () => {
    const { error, root } = await configError({ '.clauselintrc.json': { rules: { 'procesing-limits': 'error' } } });
    expect(error.message).toBe(
      `${join(root, '.clauselintrc.json')}: unknown rule "procesing-limits" in rules (did you mean "processing-limits"?)`,
    );
    expect(error.file).toBe(join(root, '.clauselintrc.json'));
  });

  it('unknown rule id in an override names where it is', async () => {
    const { error } = await configError({
      '.clauselintrc.json': { overrides: [{ files: '*.md', rules: { 'totally-unrelated': 'warn' } }] },
    });
    expect(error.message).toMatch(/: unknown rule "totally-unrelated" in overrides\[0\]\.rules$/);
  });

  it('bad severity', async () => {
    const { error, root } = await configError({ 'clauselint.config.yaml': 'rules:\n  transparency: fatal\n' });
    expect(error.message).toBe(
      `${join(root, 'clauselint.config.yaml')}: rule "transparency": invalid severity "fatal"; expected "off", "info", "warn", "error", 0, 1 or 2`,
    );
  });

  it('an entry that is neither a severity nor [severity, options]', async () => {
    const { error } = await configError({ '.clauselintrc.json': { rules: { transparency: ['error', {}, {}] } } });
    expect(error.message).toMatch(/rule "transparency": expected a severity or \[severity, options\], got an array of 3$/);
  });

  it.each([
    [{ minTerms: 0 }, 'option "minTerms" must be >= 1 (got 0)'],
    [{ minTerms: 'two' }, 'option "minTerms" must be integer (got "two")'],
    [{ mode: 'loose' }, 'option "mode" must be one of "strict", "lenient" (got "loose")'],
    [{ minTerm: 3 }, 'unknown option "minTerm"'],
    [{ carveOuts: { allowLaws: true } }, 'option "carveOuts" has unknown key "allowLaws"'],
    ['strict', 'options must be an object, got "strict"'],
  ])('options %j fail the schema: %s', async (options, reason) => {
    const { error, root } = await configError({ '.clauselintrc.json': { rules: { 'processing-limits': ['error', options] } } });
    expect(error.message).toBe(`${join(root, '.clauselintrc.json')}: rule "processing-limits": ${reason}`);
  });

  it('options for a rule without a schema', async () => {
    const { error } = await configError({ '.clauselintrc.json': { rules: { transparency: ['error', { strict: true }] } } });
    expect(error.message).toMatch(/rule "transparency": takes no options, got "strict"$/);
  });

  it('bad JSON names the file and the line', async () => {
    const { error, root } = await configError({ '.clauselintrc.json': '{\n  "rules": {\n    "transparency": "error"\n    "impact-assessment": "warn"\n  }\n}\n' });
    expect(error.message).toBe(
      `${join(root, '.clauselintrc.json')}: invalid JSON: Expected ',' or '}' after property value at line 4, column 5`,
    );
  });

  it('bad JSON without a position from the parser is still one line naming the file', async () => {
    const { error, root } = await configError({ 'clauselint.config.json': '{\n"rules": {"transparency": }\n}' });
    expect(error.message).toBe(`${join(root, 'clauselint.config.json')}: invalid JSON: Unexpected token '}'`);
  });

  it('bad JSON in package.json', async () => {
    const { error, root } = await configError({ 'package.json': '{ "name": "x", }' });
    expect(error.message.startsWith(`${join(root, 'package.json')}: invalid JSON:`)).toBe(true);
  });

  it('bad YAML names the file and the line', async () => {
    const { error, root } = await configError({ '.clauselintrc.yml': 'rules:\n  transparency: error\n   impact-assessment: warn\n' });
    expect(error.message.startsWith(`${join(root, '.clauselintrc.yml')}: invalid YAML: `)).toBe(true);
    expect(error.message).toMatch(/: Nested mappings are not allowed in compact mappings at line 2, column 17$/);
    expect(error.message).not.toContain('\n');
  });

  it('a JS config that throws', async () => {
    const { error, root } = await configError({ 'clauselint.config.mjs': 'throw new Error("boom");\nexport default {};\n' });
    expect(error.message).toBe(`${join(root, 'clauselint.config.mjs')}: cannot load config module: boom`);
  });

  it('unknown top-level key, with a suggestion', async () => {
    const { error, root } = await configError({ '.clauselintrc.json': { rule: { transparency: 'error' } } });
    expect(error.message).toBe(
      `${join(root, '.clauselintrc.json')}: unknown key "rule" (did you mean "rules"?); expected root, extends, plugins, rules, overrides, ignores`,
    );
  });

  it('wrongly typed containers', async () => {
    expect((await configError({ '.clauselintrc.json': { rules: ['transparency'] } })).error.message).toMatch(/"rules" must be an object$/);
    expect((await configError({ '.clauselintrc.json': { overrides: [{ rules: {} }] } })).error.message).toMatch(
      /"overrides\[0\]\.files" must be a glob or a non-empty array of globs$/,
    );
    expect((await configError({ '.clauselintrc.json': { ignores: 'drafts/' } })).error.message).toMatch(/"ignores" must be an array of strings$/);
    expect((await configError({ '.clauselintrc.json': [] })).error.message).toMatch(/a config must be an object, got an array$/);
  });

  it('the package.json key must hold an object', async () => {
    const { error, root } = await configError({ 'package.json': { clauselint: 'recommended' } });
    expect(error.message).toBe(`${join(root, 'package.json')}#clauselint: a config must be an object, got "recommended"`);
  });

  it('an error in a farther config reaches files below it', async () => {
    const { error, root } = await configError({ '.clauselintrc.json': { rules: { transparency: 'loud' } }, 'sub/.clauselintrc.json': {} }, 'sub/a.md');
    expect(error.file).toBe(join(root, '.clauselintrc.json'));
  });

  it('--rule errors name no file', async () => {
    const root = project({});
    const error = await loader(root, { overrideConfig: { rules: { transparancy: 'off' } } })
      .forFile(join(root, 'a.md'))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).message).toBe('unknown rule "transparancy" in --rule (did you mean "transparency"?)');
  });
});
