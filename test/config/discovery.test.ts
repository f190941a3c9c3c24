import { readFileSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CONFIG_FILE_NAMES } from '../../src/config/discover.js';
import { ConfigError } from '../../src/config/types.js';
import { enabled, loader, optionsOf, project, removeProjects } from './helpers.js';

afterAll(removeProjects);

const RECOMMENDED = {
  'data-access-list': 'error',
  'impact-assessment': 'error',
  'processing-limits': 'error',
  transparency: 'error',
};

/** The same config ({transparency: warn, defined-terms: error}) written in each format. */
const CONTENT: Record<(typeof CONFIG_FILE_NAMES)[number], string> = {
  'clauselint.config.json': '{ "rules": { "transparency": "warn", "defined-terms": "error" } }',
  'clauselint.config.yaml': '# project config\nrules:\n  transparency: warn\n  defined-terms: error\n',
  'clauselint.config.yml': 'rules:\n  transparency: warn\n  defined-terms: error\n',
  'clauselint.config.js': 'export default { rules: { transparency: "warn", "defined-terms": "error" } };\n',
  'clauselint.config.mjs': 'export default { rules: { transparency: "warn", "defined-terms": "error" } };\n',
  'clauselint.config.cjs': 'module.exports = { rules: { transparency: "warn", "defined-terms": "error" } };\n',
  '.clauselintrc': 'rules:\n  transparency: warn\n  defined-terms: error\n',
  '.clauselintrc.json': '{ "rules": { "transparency": "warn", "defined-terms": "error" } }',
  '.clauselintrc.yaml': 'rules: { transparency: warn, defined-terms: error }\n',
  '.clauselintrc.yml': 'rules:\n  transparency: warn\n  defined-terms: error\n',
  '.clauselintrc.js': 'export default { rules: { transparency: "warn", "defined-terms": "error" } };\n',
  '.clauselintrc.mjs': 'export default { rules: { transparency: "warn", "defined-terms": "error" } };\n',
  '.clauselintrc.cjs': 'module.exports = { rules: { transparency: "warn", "defined-terms": "error" } };\n',
  'package.json': JSON.stringify({ name: 'contracts', clauselint: { rules: { transparency: 'warn', 'defined-terms': 'error' } } }),
};

describe('discovery', () => {
  it('applies clauselint:recommended when no config exists anywhere above the file', async () => {
    const root = project({ 'contracts/a.md': '# A\n' });
    const config = await loader(root).forFile(join(root, 'contracts/a.md'));
    expect(enabled(config)).toEqual(RECOMMENDED);
    expect(config.configFiles).toEqual([]);
    expect(config.ignored).toBe(false);
    expect(config.settings['defined-terms']).toBe('off');
  });

  it.each(CONFIG_FILE_NAMES)('reads %s', async (name) => {
    const root = project({ [name]: CONTENT[name], 'a.md': '' });
    const config = await loader(root).forFile(join(root, 'a.md'));
    expect(enabled(config)).toEqual({ 'defined-terms': 'error', transparency: 'warning' });
    expect(config.configFiles).toEqual([join(root, name)]);
  });

  it('takes the first name in priority order when a folder has several', async () => {
    const root = project({
      '.clauselintrc.json': { rules: { transparency: 'info' } },
      'clauselint.config.yaml': 'rules:\n  transparency: warn\n',
      'package.json': { clauselint: { rules: { transparency: 'error' } } },
    });
    const config = await loader(root).forFile(join(root, 'a.md'));
    expect(config.configFiles).toEqual([join(root, 'clauselint.config.yaml')]);
    expect(enabled(config)).toEqual({ transparency: 'warning' });
  });

  it('skips a package.json without a clauselint key and keeps looking upward', async () => {
    const root = project({
      '.clauselintrc.json': { rules: { transparency: 'warn' } },
      'sub/package.json': { name: 'sub', version: '1.0.0' },
    });
    const config = await loader(root).forFile(join(root, 'sub/a.md'));
    expect(config.configFiles).toEqual([join(root, '.clauselintrc.json')]);
  });

  it('cascades: nearer configs override farther ones, severity-only entries keep earlier options', async () => {
    const root = project({
      'clauselint.config.json': {
        extends: 'clauselint:recommended',
        rules: { 'processing-limits': ['error', { minTerms: 3 }], 'defined-terms': 'warn' },
      },
      'contracts/.clauselintrc.yaml': 'rules:\n  processing-limits: warn\n  transparency: off\n',
      'contracts/2024/deep/a.md': '',
    });
    const config = await loader(root).forFile(join(root, 'contracts/2024/deep/a.md'));
    expect(enabled(config)).toEqual({
      'data-access-list': 'error',
      'defined-terms': 'warning',
      'impact-assessment': 'error',
      'processing-limits': 'warning',
    });
    expect(optionsOf(config, 'processing-limits')).toEqual({ minTerms: 3, mode: 'strict', carveOuts: { allowLaw: true } });
    expect(config.configFiles).toEqual([join(root, 'contracts/.clauselintrc.yaml'), join(root, 'clauselint.config.json')]);

    const above = await loader(root).forFile(join(root, 'b.md'));
    expect(above.configFiles).toEqual([join(root, 'clauselint.config.json')]);
    expect(enabled(above).transparency).toBe('error');
  });

  it('stops at root: true', async () => {
    const root = project({
      'clauselint.config.json': { rules: { 'defined-terms': 'error', transparency: 'error' } },
      'vendor/clauselint.config.json': { root: true, rules: { transparency: 'warn' } },
    });
    const config = await loader(root).forFile(join(root, 'vendor/x/a.md'));
    expect(enabled(config)).toEqual({ transparency: 'warning' });
    expect(config.configFiles).toEqual([join(root, 'vendor/clauselint.config.json')]);
  });

  it('--config uses that file only, with no discovery', async () => {
    const root = project({
      'clauselint.config.json': { rules: { transparency: 'error' } },
      'configs/ci.yaml': 'extends: clauselint:recommended\nrules:\n  impact-assessment: warn\n',
      'contracts/.clauselintrc.json': { rules: { 'defined-terms': 'error' } },
    });
    const config = await loader(root, { configFile: 'configs/ci.yaml' }).forFile(join(root, 'contracts/a.md'));
    expect(enabled(config)).toEqual({ ...RECOMMENDED, 'impact-assessment': 'warning' });
    expect(config.configFiles).toEqual([join(root, 'configs/ci.yaml')]);
  });

  it('--config naming a missing file is a ConfigError naming the file', async () => {
    const root = project({});
    const error = await loader(root, { configFile: 'nope.json' }).forFile(join(root, 'a.md')).catch((e) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toBe(`${join(root, 'nope.json')}: config file not found`);
  });

  it('applies overrideConfig (--rule) last, over discovered config', async () => {
    const root = project({ '.clauselintrc.json': { rules: { transparency: 'error', 'processing-limits': ['warn', { minTerms: 4 }] } } });
    const config = await loader(root, {
      overrideConfig: { rules: { transparency: 'off', 'processing-limits': 'error' } },
    }).forFile(join(root, 'a.md'));
    expect(enabled(config)).toEqual({ 'processing-limits': 'error' });
    expect(optionsOf(config, 'processing-limits')).toMatchObject({ minTerms: 4 });
  });

  it('reads each config once for many files, and shares work between concurrent calls', async () => {
    const files: Record<string, string> = { 'clauselint.config.json': JSON.stringify({ rules: { transparency: 'warn' } }) };
    const root = project(files);
    const configLoader = loader(root);
    const paths = Array.from({ length: 1000 }, (_, i) => join(root, `contracts/${i % 10}/c${i}.md`));
    const started = performance.now();
    const configs = await Promise.all(paths.map((path) => configLoader.forFile(path)));
    const elapsed = performance.now() - started;
    expect(new Set(configs.map((c) => enabled(c).transparency))).toEqual(new Set(['warning']));

    // The config is cached: deleting it changes nothing for this loader, while a new loader sees it gone.
    const configPath = join(root, 'clauselint.config.json');
    expect(readFileSync(configPath, 'utf8')).toContain('warn');
    unlinkSync(configPath);
    expect(enabled(await configLoader.forFile(join(root, 'contracts/0/c0.md'))).transparency).toBe('warning');
    expect(enabled(await loader(root).forFile(join(root, 'contracts/0/c0.md'))).transparency).toBe('error');
    expect(elapsed).toBeLessThan(2000);
  });

  it('lists every known rule in settings, with defaults merged into options', async () => {
    const root = project({ '.clauselintrc.json': { rules: { 'processing-limits': ['info', { mode: 'lenient' }] } } });
    const config = await loader(root).forFile(join(root, 'a.md'));
    expect(config.settings).toEqual({
      'data-access-list': 'off',
      'defined-terms': 'off',
      'impact-assessment': 'off',
      'processing-limits': ['info', { minTerms: 2, mode: 'lenient', carveOuts: { allowLaw: true } }],
      transparency: 'off',
    });
    expect(config.rules.map((r) => r.rule.meta.id)).toEqual(['processing-limits']);
  });
});
