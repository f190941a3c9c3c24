/**
 * The clauselint command, testable: argv and I/O in, exit code out.
 *
 * Exit codes: 0 no errors (warnings allowed); 1 errors, or warnings over --max-warnings;
 * 2 bad usage or config, no files matched, or a file that could not be read or parsed (the
 * other files are still linted and reported).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ConfigError, createLinter, type Linter, type LinterOptions, type LintResult } from '../index.js';
import { DiscoveryError } from '../io/discover.js';
import { appendStepSummary } from '../action/step-summary.js';
import { getReporter, ReporterError } from '../reporters/index.js';
import { parseCliArgs, type CliOptions } from './args.js';
import { useColor } from './color.js';
import { UsageError } from './errors.js';
import { explainRule } from './explain.js';
import { helpText } from './help.js';
import { writeStarterConfig } from './init.js';
import { writeVscodeTasks } from './vscode.js';
import { runWatch } from './watch.js';
import { lintFiles, lintStdin } from './lint-run.js';
import { printConfig } from './print-config.js';
import { packageVersion } from './version.js';

export interface OutputStream {
  write(text: string): unknown;
  isTTY?: boolean;
}

export interface CliIo {
  cwd: string;
  env: Record<string, string | undefined>;
  stdout: OutputStream;
  stderr: OutputStream;
  /** All of standard input (only called with --stdin). */
  readStdin(): Promise<Uint8Array>;
}

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_FATAL = 2;

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const fail = (message: string): number => {
    io.stderr.write(`clauselint: ${message}\n`);
    return EXIT_FATAL;
  };

  let options: CliOptions;
  try {
    options = parseCliArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    return fail(`${error.message}\nRun \`clauselint --help\` for the options.`);
  }

  try {
    return await run(options, io);
  } catch (error) {
    if (isExpectedFailure(error)) return fail(error.message);
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    return fail(`internal error, please report it: ${detail}`);
  }
}

const isExpectedFailure = (error: unknown): error is Error =>
  error instanceof UsageError ||
  error instanceof ConfigError ||
  error instanceof DiscoveryError ||
  error instanceof ReporterError;

async function run(options: CliOptions, io: CliIo): Promise<number> {
  const { cwd } = io;
  if (options.help) return write(io.stdout, helpText(packageVersion()));
  if (options.version) return write(io.stdout, `${packageVersion()}\n`);
  if (options.init) return write(io.stdout, options.vscode ? await writeVscodeTasks(cwd) : await writeStarterConfig(cwd));

  if (options.watch) {
    const color = useColor({ ...(options.color !== undefined ? { flag: options.color } : {}), env: io.env, interactive: io.stdout.isTTY === true });
    // Watch mode lints the same PDFs again on every save: keep pdf.js warm between runs.
    const makeLinter = (): Linter => createLinter({ ...linterOptions(options, cwd), keepPdfWorker: true });
    return runWatch({ ...ignoreOptions(options), cwd, patterns: options.patterns, color, makeLinter, stdout: io.stdout, stderr: io.stderr });
  }

  const linter = createLinter(linterOptions(options, cwd));
  if (options.explain !== undefined) return write(io.stdout, await explain(linter, options.explain, cwd));
  if (options.printConfig !== undefined) return write(io.stdout, await printConfig(linter, options.printConfig, cwd));

  // Load every formatter before linting, so a typo fails fast; then lint once for all reports.
  const reporters = [];
  for (const output of options.outputs) reporters.push({ ...output, reporter: await getReporter(output.format, cwd) });
  const results = options.stdin
    ? [await lintStdin(linter, await io.readStdin(), { ...ignoreOptions(options), cwd, stdinFilename: options.stdinFilename })]
    : await lintFiles(linter, { ...ignoreOptions(options), cwd, patterns: options.patterns });

  const shown = options.quiet ? results.map(errorsOnly) : results;
  for (const { reporter, outputFile } of reporters) {
    const color = useColor({
      ...(options.color !== undefined ? { flag: options.color } : {}),
      env: io.env,
      interactive: outputFile === undefined && io.stdout.isTTY === true,
    });
    const report = await reporter(shown, { cwd, rulesMeta: linter.rulesMeta(), color, hints: options.hints });
    await emit(report, outputFile, cwd, io.stdout);
  }
  // --format github in a workflow: the job summary too (the reporter itself stays pure).
  if (options.outputs.some((output) => output.format === 'github')) await appendStepSummary(shown, linter, { cwd, env: io.env });

  for (const result of results) {
    for (const message of result.messages) {
      if (message.fatal) io.stderr.write(`clauselint: ${displayPath(result.filePath, cwd)}: ${message.message}\n`);
    }
  }
  return exitCode(results, options.maxWarnings, io.stderr);
}

function linterOptions(options: CliOptions, cwd: string): LinterOptions {
  return {
    cwd,
    ...(options.config !== undefined ? { configFile: options.config } : {}),
    ...(Object.keys(options.rules).length > 0 ? { overrideConfig: { rules: options.rules } } : {}),
    ...(options.maxFileBytes !== undefined ? { maxFileBytes: options.maxFileBytes } : {}),
  };
}

const ignoreOptions = (options: CliOptions) => ({
  ignore: options.ignore,
  ...(options.ignorePath !== undefined ? { ignorePath: options.ignorePath } : {}),
});

/**
 * Plugin rules are known only once a config has loaded them; a broken config must not stop
 * anyone reading a built-in rule's docs, so its error is only mentioned for unknown rules.
 */
async function explain(linter: Linter, ruleId: string, cwd: string): Promise<string> {
  let configProblem: string | undefined;
  try {
    await linter.configFor(path.join(cwd, 'clauselint-explain.md'));
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    configProblem = error.message;
  }
  try {
    return explainRule(ruleId, linter.rulesMeta());
  } catch (error) {
    if (error instanceof UsageError && configProblem) {
      throw new UsageError(`${error.message} (plugin rules may be missing: the config failed to load: ${configProblem})`);
    }
    throw error;
  }
}

/** --quiet: errors only (the exit code still counts the warnings, for --max-warnings). */
function errorsOnly(result: LintResult): LintResult {
  const messages = result.messages.filter((message) => message.severity === 'error');
  return { ...result, messages, warningCount: 0, infoCount: 0 };
}

async function emit(report: string, outputFile: string | undefined, cwd: string, stdout: OutputStream): Promise<void> {
  if (outputFile === undefined) {
    if (report) stdout.write(report.endsWith('\n') ? report : `${report}\n`);
    return;
  }
  const file = path.resolve(cwd, outputFile);
  try {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, report);
  } catch (error) {
    throw new UsageError(`cannot write the report to ${outputFile}: ${(error as Error).message}`);
  }
}

function exitCode(results: LintResult[], maxWarnings: number, stderr: OutputStream): number {
  const total = (pick: (result: LintResult) => number): number => results.reduce((sum, result) => sum + pick(result), 0);
  if (total((result) => result.fatalErrorCount) > 0) return EXIT_FATAL;
  const tooManyWarnings = maxWarnings >= 0 && total((result) => result.warningCount) > maxWarnings;
  if (tooManyWarnings) stderr.write(`clauselint found too many warnings (maximum: ${maxWarnings}).\n`);
  return total((result) => result.errorCount) > 0 || tooManyWarnings ? EXIT_FINDINGS : EXIT_OK;
}

/** Relative when inside the working folder (shorter in a terminal), absolute otherwise. */
function displayPath(filePath: string, cwd: string): string {
  const relative = path.relative(cwd, filePath);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : filePath;
}

function write(stream: OutputStream, text: string): number {
  stream.write(text);
  return EXIT_OK;
}
