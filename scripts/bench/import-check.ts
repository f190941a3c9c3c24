/** Which heavy modules a Markdown lint must not load. Pure: reads a list of loaded module paths. */

export interface ImportCheck {
  /** What must hold, in words. */
  check: string;
  ok: boolean;
  /** Loaded modules that break it (first few). */
  offenders: string[];
}

const RULES: Array<{ check: string; pattern: RegExp }> = [
  { check: 'mammoth (DOCX) is not loaded', pattern: /mammoth/i },
  { check: 'pdf.js / pdf-parse (PDF) is not loaded', pattern: /pdfjs|pdf-parse/i },
  {
    check: "natural's top-level index is not loaded (it costs ~1 s, 154 MiB, and runs dotenv)",
    pattern: /(?:^|[\\/:])node_modules[\\/]natural[\\/](?:lib[\\/]natural[\\/])?index\.js$/,
  },
];

const MAX_OFFENDERS = 5;

export function checkImports(modules: readonly string[]): ImportCheck[] {
  return RULES.map(({ check, pattern }) => {
    const offenders = modules.filter((module) => pattern.test(module));
    return { check, ok: offenders.length === 0, offenders: offenders.slice(0, MAX_OFFENDERS) };
  });
}

/** How many of natural's own modules were loaded (deep requires are fine; for the record). */
export function countPackageModules(modules: readonly string[], packageName: string): number {
  const marker = new RegExp(`(?:^|[\\\\/:])node_modules[\\\\/]${packageName}[\\\\/]`);
  return modules.filter((module) => marker.test(module)).length;
}

/** Packages by the number of their modules loaded, most first (own code and builtins left out). */
export function packagesByModules(modules: readonly string[], limit = 10): Array<[string, number]> {
  const counts = new Map<string, number>();
  for (const module of modules) {
    const match = /(?:^|[\\/:])node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)[\\/]/.exec(module);
    if (match?.[1]) counts.set(match[1], (counts.get(match[1]) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, limit);
}

/** esbuild's metafile, as far as it is read here. */
export interface BundleMeta {
  outputs: Record<string, { inputs: Record<string, unknown> }>;
}

/**
 * The CLI is a bundle (dist/cli/, scripts/build-cli.ts): a loaded chunk stands for the modules
 * bundled into it. Replace each loaded chunk by those inputs (as `bundled:<input>`), so the checks
 * above still see, say, natural's index inside a chunk. `bundleDir` is the chunks' folder, and
 * `meta.outputs` is keyed by paths relative to the repository ("dist/cli/chunk-X.js").
 */
export function expandBundledModules(modules: readonly string[], meta: BundleMeta, bundleDir: string, repoRoot: string): string[] {
  const prefix = bundleDir.replace(/[\\/]+$/, '') + '/';
  const toPath = (module: string): string => (module.startsWith('file://') ? decodeURIComponent(new URL(module).pathname) : module);
  return modules.flatMap((module) => {
    const file = toPath(module);
    if (!file.startsWith(prefix)) return [module];
    const key = file.slice(repoRoot.replace(/[\\/]+$/, '').length + 1);
    const output = meta.outputs[key];
    return output ? Object.keys(output.inputs).map((input) => `bundled:${input}`) : [module];
  });
}
