/**
 * Part of `npm run build`: bundles the command line (src/cli/bin.ts) with esbuild into
 * dist/cli/, the package's `bin`.
 *
 * Why: a cold run pays for every module it loads. Unbundled, the CLI loads about 300 ES and
 * CommonJS modules (our own and those of yaml, ajv, picomatch, micromark, natural...), and on
 * Node 20, which has no module compile cache, resolving, reading and compiling them was about
 * half of a one-line file's run (0.43 s CPU unbundled, 0.20 s bundled, measured on this
 * machine). The library entry (dist/src/index.js) stays unbundled for API users and the tests.
 *
 * - ESM with `splitting`: whatever sits behind a dynamic import (each parser, `yaml`, `ajv`)
 *   becomes its own chunk, loaded only when a run needs it.
 * - mammoth and pdf-parse stay external: they are loaded lazily from node_modules, as the
 *   unbundled CLI does (the PDF worker resolves pdf-parse there too).
 * - dist/cli/meta.json is esbuild's metafile (which inputs are in which chunk), for the tests.
 * - Bundled CommonJS packages call require() for node built-ins: a banner gives the ESM bundle a
 *   real `require`.
 */
import { chmod, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const OUT = path.join(REPO, 'dist', 'cli');

const banner = [
  "import { createRequire as __clauselintCreateRequire } from 'node:module';",
  'const require = __clauselintCreateRequire(import.meta.url);',
].join('\n');

await rm(OUT, { recursive: true, force: true });
const result = await build({
  entryPoints: [path.join(REPO, 'src', 'cli', 'bin.ts')],
  outdir: OUT,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: ['mammoth', 'pdf-parse'],
  banner: { js: banner },
  legalComments: 'none',
  logLevel: 'warning',
  metafile: true,
});
await chmod(path.join(OUT, 'bin.js'), 0o755);
// What went into which chunk: test/cli/bundle.test.ts reads it to check what a cold start loads.
await writeFile(path.join(OUT, 'meta.json'), JSON.stringify(result.metafile));
