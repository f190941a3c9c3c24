import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { enabled, loader, project, removeProjects } from './helpers.js';

afterAll(removeProjects);

describe('overrides', () => {
  const root = project({
    'clauselint.config.json': {
      rules: { transparency: 'error' },
      overrides: [
        // No "/": matches the base name at any depth, dotfiles included.
        { files: '*.draft.md', rules: { transparency: 'warn' } },
        // With "/": relative to this config's folder.
        { files: ['contracts/**/*.md'], excludedFiles: 'contracts/archive/**', rules: { 'impact-assessment': 'error' } },
        { files: './annexes/*.md', rules: { 'defined-terms': 'info' } },
      ],
    },
    'contracts/.clauselintrc.json': { rules: { 'defined-terms': 'warn' } },
  });
  const configLoader = loader(root);
  const forFile = async (path: string) => enabled(await configLoader.forFile(join(root, path)));

  it('matches base-name globs anywhere below the config', async () => {
    expect(await forFile('deep/down/nda.draft.md')).toEqual({ transparency: 'warning' });
    expect(await forFile('.hidden/.nda.draft.md')).toEqual({ transparency: 'warning' });
    expect(await forFile('nda.md')).toEqual({ transparency: 'error' });
  });

  it('matches path globs from the config folder, minus excludedFiles', async () => {
    expect(await forFile('contracts/2024/lease.md')).toEqual({ 'defined-terms': 'warning', 'impact-assessment': 'error', transparency: 'error' });
    expect(await forFile('contracts/archive/old.md')).toEqual({ 'defined-terms': 'warning', transparency: 'error' });
    expect(await forFile('other/contracts/x.md')).toEqual({ transparency: 'error' });
    expect(await forFile('annexes/a.md')).toEqual({ 'defined-terms': 'info', transparency: 'error' });
  });

  it('a nearer config beats a farther config\'s override (eslintrc order)', async () => {
    const cascade = project({
      '.clauselintrc.json': { overrides: [{ files: '*.md', rules: { transparency: 'error' } }] },
      'sub/.clauselintrc.json': { rules: { transparency: 'warn' } },
    });
    expect(enabled(await loader(cascade).forFile(join(cascade, 'sub/a.md')))).toEqual({ transparency: 'warning' });
    expect(enabled(await loader(cascade).forFile(join(cascade, 'a.md')))).toEqual({ transparency: 'error' });
  });

  it('overrides in --config are relative to that file\'s folder', async () => {
    const ci = project({ 'ci/config.json': { overrides: [{ files: 'contracts/*.md', rules: { transparency: 'warn' } }] } });
    const ciLoader = loader(ci, { configFile: join(ci, 'ci/config.json') });
    expect(enabled(await ciLoader.forFile(join(ci, 'ci/contracts/a.md')))).toEqual({ transparency: 'warning' });
    expect(enabled(await ciLoader.forFile(join(ci, 'contracts/a.md')))).toEqual({});
  });
});

describe('ignores', () => {
  const root = project({
    'clauselint.config.yaml': 'ignores:\n  - drafts/\n  - "*.tmp.md"\n  - "!keep.tmp.md"\n  - /generated.md\n',
    'sub/.clauselintrc.json': { ignores: ['local-only.md'] },
  });
  const configLoader = loader(root);
  const ignored = async (path: string) => (await configLoader.forFile(join(root, path))).ignored;

  it('uses gitignore semantics relative to the config file', async () => {
    expect(await ignored('drafts/a.md')).toBe(true);
    expect(await ignored('sub/drafts/deep/a.md')).toBe(true);
    expect(await ignored('x/y.tmp.md')).toBe(true);
    expect(await ignored('keep.tmp.md')).toBe(false);
    expect(await ignored('generated.md')).toBe(true);
    expect(await ignored('sub/generated.md')).toBe(false);
    expect(await ignored('contract.md')).toBe(false);
  });

  it('combines ignores across the cascade, each relative to its own config', async () => {
    expect(await ignored('sub/local-only.md')).toBe(true);
    expect(await ignored('local-only.md')).toBe(false);
  });

  it('still resolves the rules of an ignored file (for --print-config)', async () => {
    const config = await configLoader.forFile(join(root, 'drafts/a.md'));
    expect(config.ignored).toBe(true);
    expect(Object.keys(config.settings).length).toBeGreaterThan(0);
  });
});
