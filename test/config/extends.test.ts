import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config/types.js';
import { enabled, loader, optionsOf, project, removeProjects } from './helpers.js';

afterAll(removeProjects);

const failure = async (root: string, file = 'a.md'): Promise<ConfigError> => {
  const error = await loader(root).forFile(join(root, file)).catch((e: unknown) => e);
  if (!(error instanceof ConfigError)) throw new Error(`expected a ConfigError, got ${String(error)}`);
  return error;
};

describe('extends', () => {
  it('chains presets and relative files, later entries overriding earlier ones', async () => {
    const root = project({
      'configs/base.yaml': 'extends: clauselint:strict\nrules:\n  processing-limits: [warn, { minTerms: 3 }]\n  defined-terms: error\n',
      'configs/team.json': { extends: './base.yaml', rules: { 'defined-terms': 'info' } },
      'clauselint.config.json': { extends: ['./configs/team.json'], rules: { transparency: 'off' } },
    });
    const config = await loader(root).forFile(join(root, 'contracts/a.md'));
    expect(enabled(config)).toEqual({
      'data-access-list': 'error',
      'defined-terms': 'info',
      'impact-assessment': 'error',
      'processing-limits': 'warning',
    });
    expect(optionsOf(config, 'processing-limits')).toMatchObject({ minTerms: 3 });
    // Nearest first: the file itself, then what it extends, nearest base last.
    expect(config.configFiles).toEqual([
      join(root, 'clauselint.config.json'),
      join(root, 'configs/team.json'),
      join(root, 'configs/base.yaml'),
    ]);
  });

  it('resolves an npm package from the config file folder, with and without the clauselint-config- prefix', async () => {
    const root = project({
      'node_modules/clauselint-config-acme/package.json': { name: 'clauselint-config-acme', main: 'index.json' },
      'node_modules/clauselint-config-acme/index.json': { extends: 'clauselint:recommended', rules: { transparency: 'warn' } },
      // An ESM-only package: no "require" entry, only "import".
      'node_modules/@gov/clauselint-config/package.json': {
        name: '@gov/clauselint-config',
        type: 'module',
        exports: { '.': { import: './config.mjs' } },
      },
      'node_modules/@gov/clauselint-config/config.mjs': 'export default { rules: { "defined-terms": "warn" } };\n',
      'a/.clauselintrc.json': { root: true, extends: 'acme' },
      'b/.clauselintrc.json': { root: true, extends: ['clauselint-config-acme', '@gov/clauselint-config'] },
    });
    const configLoader = loader(root);
    const a = await configLoader.forFile(join(root, 'a/x.md'));
    expect(enabled(a).transparency).toBe('warning');
    expect(a.configFiles).toContain(join(root, 'node_modules/clauselint-config-acme/index.json'));
    const b = await configLoader.forFile(join(root, 'b/x.md'));
    expect(enabled(b)['defined-terms']).toBe('warning');
    expect(enabled(b)['data-access-list']).toBe('error');
  });

  it('detects a cycle', async () => {
    const root = project({
      '.clauselintrc.json': { extends: './shared/a.json' },
      'shared/a.json': { extends: './b.json' },
      'shared/b.json': { extends: './a.json' },
    });
    const error = await failure(root);
    expect(error.message).toBe(
      `${join(root, 'shared/b.json')}: extends cycle: .clauselintrc.json → shared/a.json → shared/b.json → shared/a.json`,
    );
  });

  it('detects a config extending itself', async () => {
    const root = project({ '.clauselintrc.json': { extends: './.clauselintrc.json' } });
    expect((await failure(root)).message).toBe(`${join(root, '.clauselintrc.json')}: extends cycle: .clauselintrc.json → .clauselintrc.json`);
  });

  it('a missing extends target is named', async () => {
    const root = project({ '.clauselintrc.json': { extends: ['./missing.json'] } });
    expect((await failure(root)).message).toBe(
      `${join(root, '.clauselintrc.json')}: extends target "./missing.json" not found (no file ${join(root, 'missing.json')})`,
    );
  });

  it('a missing extends package is named', async () => {
    const root = project({ '.clauselintrc.json': { extends: 'clauselint-config-nowhere' } });
    expect((await failure(root)).message).toBe(
      `${join(root, '.clauselintrc.json')}: extends target "clauselint-config-nowhere" not found (no such package from ${root})`,
    );
  });

  it('an unknown preset lists the available ones', async () => {
    const root = project({ '.clauselintrc.json': { extends: 'clauselint:all' } });
    expect((await failure(root)).message).toBe(
      `${join(root, '.clauselintrc.json')}: unknown preset "clauselint:all" in extends; available: clauselint:recommended, clauselint:strict`,
    );
  });

  it('an error inside an extended file names that file', async () => {
    const root = project({ '.clauselintrc.json': { extends: './base.json' }, 'base.json': { rules: { transparency: 'sometimes' } } });
    expect((await failure(root)).file).toBe(join(root, 'base.json'));
  });

  it('preset ids that are not registered are skipped, not errors', async () => {
    const root = project({ '.clauselintrc.json': { extends: 'clauselint:recommended' } });
    const config = await loader(root, { builtinRules: [] }).forFile(join(root, 'a.md'));
    expect(config.rules).toEqual([]);
    expect(config.settings).toEqual({});
  });
});
