import { describe, expect, it } from 'vitest';
import { formatMs, growth, stageGrowth } from '../../scripts/bench/format.js';
import { checkImports, countPackageModules, expandBundledModules, packagesByModules } from '../../scripts/bench/import-check.js';
import { summarize } from '../../scripts/bench/timing.js';

describe('summarize', () => {
  it('gives the median and range of odd and even sample counts', () => {
    expect(summarize([5, 1, 3])).toEqual({ median: 3, min: 1, max: 5, runs: 3 });
    expect(summarize([4, 1, 3, 2])).toEqual({ median: 2.5, min: 1, max: 4, runs: 4 });
    expect(() => summarize([])).toThrow(RangeError);
  });
});

describe('growth', () => {
  it('flags a stage that grows more than 1.5 × the page ratio', () => {
    expect(growth(10, 100, 10)).toEqual({ ratio: 10, superlinear: false, tiny: false });
    expect(growth(10, 150, 10)).toEqual({ ratio: 15, superlinear: false, tiny: false });
    expect(growth(10, 151, 10)?.superlinear).toBe(true);
    expect(growth(undefined, 100, 10)).toBeUndefined();
    expect(growth(0, 100, 10)).toBeUndefined();
  });

  it('does not flag a stage too small to judge at either size', () => {
    expect(growth(0.05, 2, 10)).toEqual({ ratio: 40, superlinear: false, tiny: true });
    expect(growth(0.5, 20, 10)).toEqual({ ratio: 40, superlinear: false, tiny: true });
    expect(growth(1, 20, 10)).toEqual({ ratio: 20, superlinear: true, tiny: false });
  });
});

describe('stageGrowth', () => {
  const timing = (median: number, cpu: number) => ({ median, min: median, max: median, runs: 5, cpu });

  it('flags a stage only when wall and CPU both grow too fast', () => {
    expect(stageGrowth([timing(10, 10), timing(200, 200)], 10).superlinear).toBe(true);
    expect(stageGrowth([timing(10, 10), timing(120, 200)], 10).superlinear).toBe(false);
    expect(stageGrowth([timing(10, 10), timing(200, 120)], 10).superlinear).toBe(false);
  });
});

describe('formatMs', () => {
  it('keeps about three significant digits', () => {
    expect(formatMs(3.14159)).toBe('3.14 ms');
    expect(formatMs(31.4159)).toBe('31.4 ms');
    expect(formatMs(314.159)).toBe('314 ms');
    expect(formatMs(3141.59)).toBe('3.14 s');
  });
});

describe('checkImports', () => {
  const clean = [
    'file:///repo/dist/src/cli/bin.js',
    'file:///repo/dist/src/parsers/markdown.js',
    'file:///repo/dist/src/parsers/pdf-notes.js',
    '/repo/node_modules/natural/lib/natural/tokenizers/regexp_tokenizer.js',
    '/repo/node_modules/natural/lib/natural/stemmers/porter_stemmer.js',
  ];

  it('passes when no heavy module is loaded (deep natural requires are fine)', () => {
    expect(checkImports(clean).every((check) => check.ok)).toBe(true);
    expect(countPackageModules(clean, 'natural')).toBe(2);
    expect(packagesByModules([...clean, 'file:///repo/node_modules/@scope/pkg/a.js'])).toEqual([
      ['natural', 2],
      ['@scope/pkg', 1],
    ]);
  });

  it('names mammoth, pdf.js, pdf-parse and natural index when loaded', () => {
    const checks = checkImports([
      ...clean,
      '/repo/node_modules/mammoth/lib/index.js',
      'file:///repo/node_modules/pdfjs-dist/legacy/build/pdf.mjs',
      '/repo/node_modules/natural/lib/natural/index.js',
    ]);
    expect(checks.map((check) => check.ok)).toEqual([false, false, false]);
    expect(checks[1]?.offenders).toEqual(['file:///repo/node_modules/pdfjs-dist/legacy/build/pdf.mjs']);
  });
});

describe('expandBundledModules', () => {
  const meta = {
    outputs: {
      'dist/cli/bin.js': { inputs: { 'src/cli/bin.ts': {}, 'node_modules/natural/lib/natural/index.js': {} } },
      'dist/cli/docx-X.js': { inputs: { 'src/parsers/docx.ts': {} } },
    },
  };

  it('replaces a loaded chunk by the modules bundled into it, so the checks still see them', () => {
    const loaded = ['file:///repo/dist/cli/bin.js', '/repo/node_modules/mammoth/lib/index.js', 'node:fs'];
    const expanded = expandBundledModules(loaded, meta, '/repo/dist/cli', '/repo');
    expect(expanded).toEqual([
      'bundled:src/cli/bin.ts',
      'bundled:node_modules/natural/lib/natural/index.js',
      '/repo/node_modules/mammoth/lib/index.js',
      'node:fs',
    ]);
    const natural = checkImports(expanded).find((check) => check.check.includes('natural'))!;
    expect(natural.ok).toBe(false);
  });
});
