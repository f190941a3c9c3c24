import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { discoverFiles, DiscoveryError } from '../../src/io/discover.js';
import { loadIgnoreFile } from '../../src/io/ignore-file.js';

let root: string;
let cwd: string;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'clauselint-discover-'));
  cwd = path.join(root, 'project');
  const files = ['a.md', 'b.PDF', 'c.docx', 'd.doc', 'e.png', 'sub/f.md', 'sub/g.wpd', 'node_modules/x.md', '.git/y.md', '.hidden/z.md', 'skip/s.md', '[draft] h.md'];
  for (const file of files) {
    await mkdir(path.dirname(path.join(cwd, file)), { recursive: true });
    await writeFile(path.join(cwd, file), '# x\n');
  }
  await writeFile(path.join(cwd, '.clauselintignore'), 'skip/\n');
  await writeFile(path.join(root, 'outside.md'), '# x\n');
});
afterAll(() => rm(root, { recursive: true, force: true }));

const relative = (files: { filePath: string }[]) => files.map((file) => path.relative(cwd, file.filePath));

describe('discoverFiles', () => {
  it('walks a folder for document files, skipping node_modules, .git, hidden entries and ignored paths', async () => {
    const isIgnored = await loadIgnoreFile({ cwd });
    const files = await discoverFiles({ cwd, patterns: ['.'], isIgnored });
    expect(relative(files)).toEqual(['[draft] h.md', 'a.md', 'b.PDF', 'c.docx', 'd.doc', 'sub/f.md', 'sub/g.wpd']);
    expect(files.every((file) => !file.explicit && path.isAbsolute(file.filePath))).toBe(true);
  });

  it('marks explicit files, keeps them whatever the extension, and dedupes with walks', async () => {
    const isIgnored = await loadIgnoreFile({ cwd });
    const files = await discoverFiles({ cwd, patterns: ['sub', 'e.png', 'sub/f.md', 'skip/s.md', '../outside.md', '[draft] h.md'], isIgnored });
    expect(files.map((file) => [path.relative(cwd, file.filePath), file.explicit, file.ignoredByIgnoreFile])).toEqual([
      ['../outside.md', true, false],
      ['[draft] h.md', true, false],
      ['e.png', true, false],
      ['skip/s.md', true, true],
      ['sub/f.md', true, false],
      ['sub/g.wpd', false, false],
    ]);
  });

  it('follows linked folders but lints a file reached by several paths once, by its own path', async () => {
    const linked = path.join(root, 'linked');
    await mkdir(path.join(linked, 'deep'), { recursive: true });
    await writeFile(path.join(linked, 'deep', 'contract.md'), '# x\n');
    await writeFile(path.join(linked, 'shared.md'), '# x\n');
    // A link to a folder outside, a link to a folder inside the tree, and a loop back up.
    await symlink(path.join(root, 'elsewhere'), path.join(linked, 'dangling'));
    await symlink(path.join(linked, 'deep'), path.join(linked, 'alias'));
    await symlink('..', path.join(linked, 'deep', 'up'));
    const outside = path.join(root, 'walk');
    await mkdir(outside);
    await symlink(linked, path.join(outside, 'contracts'));
    const walked = await discoverFiles({ cwd: outside, patterns: ['.'] });
    expect(walked.map((file) => path.relative(outside, file.filePath))).toEqual(['contracts/deep/contract.md', 'contracts/shared.md']);
    const inTree = await discoverFiles({ cwd: linked, patterns: ['.'] });
    expect(inTree.map((file) => path.relative(linked, file.filePath))).toEqual(['deep/contract.md', 'shared.md']);
    // Named on the command line, a path is kept as named, and the walk does not add it again.
    const named = await discoverFiles({ cwd: linked, patterns: ['alias/contract.md', '.'] });
    expect(named.map((file) => [path.relative(linked, file.filePath), file.explicit])).toEqual([
      ['alias/contract.md', true],
      ['shared.md', false],
    ]);
  });

  it('expands globs to document files only', async () => {
    expect(relative(await discoverFiles({ cwd, patterns: ['**/*'] }))).toEqual([
      '[draft] h.md',
      'a.md',
      'b.PDF',
      'c.docx',
      'd.doc',
      'skip/s.md',
      'sub/f.md',
      'sub/g.wpd',
    ]);
  });

  it('throws ESLint\'s message for a pattern that matches nothing', async () => {
    await expect(discoverFiles({ cwd, patterns: ['nope/*.md'] })).rejects.toThrow(
      new DiscoveryError('No files matching the pattern "nope/*.md" were found.'),
    );
    const isIgnored = await loadIgnoreFile({ cwd });
    await expect(discoverFiles({ cwd, patterns: ['skip'], isIgnored })).rejects.toThrow('All files matched by "skip" are ignored.');
  });
});
