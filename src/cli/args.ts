/**
 * argv → CliOptions, with node's util.parseArgs. Every mistake becomes a UsageError (exit 2)
 * with a one-line message.
 */
import path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { RuleEntry } from '../index.js';
import { UsageError } from './errors.js';
import { parseSize } from './size.js';
import { closest as closestMatch } from '../config/suggest.js';

/** One report to write: a format and where it goes. */
export interface OutputTarget {
  format: string;
  /** Undefined: standard output. */
  outputFile?: string;
}

export interface CliOptions {
  patterns: string[];
  /** The first --format (default stylish); `outputs` has every report. */
  format: string;
  /** The first format's --output-file. */
  outputFile?: string;
  /** Every report of this run, in command-line order (see pairOutputs). */
  outputs: OutputTarget[];
  config?: string;
  /** From repeated `--rule`; the last setting of a rule wins. */
  rules: Record<string, RuleEntry>;
  quiet: boolean;
  /** -1: no limit. */
  maxWarnings: number;
  /** `--color` / `--no-color`, whichever came last; undefined when neither was given. */
  color?: boolean;
  hints: boolean;
  ignore: boolean;
  ignorePath?: string;
  printConfig?: string;
  explain?: string;
  init: boolean;
  /** `--init --vscode`: write .vscode/tasks.json instead of a config. */
  vscode: boolean;
  /** `--watch`: lint, then lint again on every change (watch.ts). */
  watch: boolean;
  stdin: boolean;
  /** `--stdin-filename`; without it the name follows the content (parsers/detect.ts `stdinNameFor`). */
  stdinFilename?: string;
  maxFileBytes?: number;
  version: boolean;
  help: boolean;
}

// Negated flags are declared as options of their own: parseArgs' allowNegative needs Node ≥ 20.16.
const OPTIONS = {
  format: { type: 'string', short: 'f', multiple: true },
  'output-file': { type: 'string', short: 'o', multiple: true },
  config: { type: 'string', short: 'c' },
  rule: { type: 'string', multiple: true },
  quiet: { type: 'boolean' },
  'max-warnings': { type: 'string' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  'no-hints': { type: 'boolean' },
  'ignore-path': { type: 'string' },
  'no-ignore': { type: 'boolean' },
  'print-config': { type: 'string' },
  explain: { type: 'string' },
  init: { type: 'boolean' },
  vscode: { type: 'boolean' },
  watch: { type: 'boolean' },
  stdin: { type: 'boolean' },
  'stdin-filename': { type: 'string' },
  'max-file-size': { type: 'string' },
  version: { type: 'boolean', short: 'v' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsConfig['options'];

export function parseCliArgs(argv: readonly string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true, tokens: true });
  } catch (error) {
    throw usageFromParseError(error as Error & { code?: string });
  }
  const { values, positionals, tokens } = parsed;
  const outputs = pairOutputs(tokens);

  const options: CliOptions = {
    patterns: positionals,
    format: outputs[0]!.format,
    outputs,
    rules: parseRuleFlags(values.rule ?? []),
    quiet: values.quiet ?? false,
    maxWarnings: values['max-warnings'] === undefined ? -1 : parseMaxWarnings(values['max-warnings']),
    hints: !values['no-hints'],
    ignore: !values['no-ignore'],
    init: values.init ?? false,
    vscode: values.vscode ?? false,
    watch: values.watch ?? false,
    stdin: values.stdin ?? false,
    stdinFilename: values['stdin-filename'],
    version: values.version ?? false,
    help: values.help ?? false,
  };
  const lastColorFlag = tokens.filter((token) => token.kind === 'option' && (token.name === 'color' || token.name === 'no-color')).at(-1);
  if (lastColorFlag?.kind === 'option') options.color = lastColorFlag.name === 'color';
  if (outputs[0]!.outputFile !== undefined) options.outputFile = outputs[0]!.outputFile;
  if (values.config !== undefined) options.config = nonEmpty('--config', values.config);
  if (values['ignore-path'] !== undefined) options.ignorePath = nonEmpty('--ignore-path', values['ignore-path']);
  if (values['print-config'] !== undefined) options.printConfig = nonEmpty('--print-config', values['print-config']);
  if (values.explain !== undefined) options.explain = nonEmpty('--explain', values.explain);
  if (values['max-file-size'] !== undefined) options.maxFileBytes = parseSize(values['max-file-size']);

  if (options.stdin && options.patterns.length > 0) {
    throw new UsageError(`--stdin reads one document from standard input; remove the file arguments (${options.patterns.join(' ')})`);
  }
  if (options.vscode && !options.init) throw new UsageError('--vscode only applies with --init (clauselint --init --vscode)');
  if (options.watch && options.stdin) throw new UsageError('--watch lints files; it cannot be combined with --stdin');
  if (options.watch && options.outputs.some((output) => output.format !== 'stylish' || output.outputFile !== undefined)) {
    throw new UsageError('--watch prints the stylish report on every round; remove --format/--output-file');
  }
  if (values['stdin-filename'] !== undefined && !options.stdin) {
    throw new UsageError('--stdin-filename only applies with --stdin');
  }
  return options;
}

type Token = ReturnType<typeof parseArgs>['tokens'] extends Array<infer T> | undefined ? T : never;

/**
 * Which report goes where. One --format: the --output-file applies to it wherever it stands
 * (ESLint's behaviour). Several: each --output-file belongs to the --format right before it, and
 * the one format without an --output-file writes to standard output:
 *
 *   -f stylish -f sarif -o reports/clauselint.sarif   stylish to stdout, SARIF to the file
 *   -f sarif -o a.sarif -f junit -o a.xml              two files, nothing on stdout
 *
 * Two formats without a file (they would interleave on stdout), an --output-file before the
 * first of several formats, two files for one format, or two formats writing the same file are
 * usage errors.
 */
export function pairOutputs(tokens: readonly Token[]): OutputTarget[] {
  const flags = tokens
    .filter((token) => token.kind === 'option' && (token.name === 'format' || token.name === 'output-file'))
    .map((token) => {
      const name = token.kind === 'option' ? token.name : '';
      const value = token.kind === 'option' ? (token.value ?? '') : '';
      return { name, value: nonEmpty(`--${name}`, value) };
    });
  const formats = flags.filter((flag) => flag.name === 'format');
  const files = flags.filter((flag) => flag.name === 'output-file');

  if (formats.length <= 1) {
    if (files.length > 1) {
      throw new UsageError(
        `--output-file is given ${files.length} times for one format; to write several reports, give each its own --format before its --output-file (-f sarif -o ${files[0]!.value})`,
      );
    }
    const target: OutputTarget = { format: formats[0]?.value ?? 'stylish' };
    if (files[0]) target.outputFile = files[0].value;
    return [target];
  }

  const outputs: OutputTarget[] = [];
  for (const flag of flags) {
    if (flag.name === 'format') {
      outputs.push({ format: flag.value });
      continue;
    }
    const owner = outputs.at(-1);
    if (!owner) {
      throw new UsageError(
        `--output-file ${flag.value} comes before any --format; with several formats, put each --output-file right after the --format it is for`,
      );
    }
    if (owner.outputFile !== undefined) {
      throw new UsageError(`--format ${owner.format} has two output files (${owner.outputFile} and ${flag.value}); give the format again for the second`);
    }
    owner.outputFile = flag.value;
  }

  const toStdout = outputs.filter((output) => output.outputFile === undefined);
  if (toStdout.length > 1) {
    throw new UsageError(
      `only one format can write to standard output, but ${toStdout.map((output) => output.format).join(', ')} have no --output-file; put "-o <file>" right after each format but one`,
    );
  }
  const seen = new Map<string, string>();
  for (const output of outputs) {
    if (output.outputFile === undefined) continue;
    const key = path.normalize(output.outputFile);
    const other = seen.get(key);
    if (other !== undefined) {
      throw new UsageError(`--format ${other} and --format ${output.format} both write to ${output.outputFile}`);
    }
    seen.set(key, output.format);
  }
  return outputs;
}

/**
 * `--rule id:severity` or `--rule 'id:["severity", {options}]'`: the part after the first
 * colon is a bare severity or JSON. The config loader validates the setting itself.
 */
export function parseRuleFlags(flags: readonly string[]): Record<string, RuleEntry> {
  const rules: Record<string, RuleEntry> = {};
  for (const flag of flags) {
    const colon = flag.indexOf(':');
    const id = flag.slice(0, Math.max(colon, 0)).trim();
    const setting = flag.slice(colon + 1).trim();
    if (colon < 0 || !id || !setting) {
      throw new UsageError(`--rule expects "rule-id:severity" or 'rule-id:["severity", {options}]', not "${flag}"`);
    }
    rules[id] = parseRuleSetting(id, setting);
  }
  return rules;
}

function parseRuleSetting(id: string, setting: string): RuleEntry {
  if (/^[[{"]/.test(setting)) {
    try {
      return JSON.parse(setting) as RuleEntry;
    } catch (error) {
      throw new UsageError(
        `--rule ${id}: the setting is not valid JSON (${(error as Error).message}); quote strings, e.g. '${id}:["error", {"option": 1}]'`,
      );
    }
  }
  return (/^\d+$/.test(setting) ? Number(setting) : setting) as RuleEntry;
}

function parseMaxWarnings(value: string): number {
  if (!/^-?\d+$/.test(value.trim()) || Number(value) < -1) {
    throw new UsageError(`--max-warnings expects a whole number (0 or more; -1 for no limit), not "${value}"`);
  }
  return Number(value);
}

function nonEmpty(flag: string, value: string): string {
  if (value.trim() === '') throw new UsageError(`${flag} needs a value`);
  return value;
}

function usageFromParseError(error: Error & { code?: string }): UsageError {
  const unknown = /Unknown option '([^']+)'/.exec(error.message);
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && unknown) {
    const flag = unknown[1]!;
    const names = Object.keys(OPTIONS).map((name) => `--${name}`);
    const suggestion = flag.startsWith('--') ? closestMatch(flag, names) : undefined;
    return new UsageError(`unknown option ${flag}${suggestion ? `; did you mean ${suggestion}?` : ''}`);
  }
  if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    return new UsageError(error.message.replace(/^Option '(?:-\w, )?(--[\w-]+)[^']*' argument missing$/, '$1 needs a value'));
  }
  return new UsageError(error.message);
}
