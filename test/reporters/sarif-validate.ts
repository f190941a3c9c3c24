/**
 * Three independent checks for every SARIF log the tests produce:
 *
 * 1. the official SARIF 2.1.0 JSON schema, as shipped in @microsoft/jest-sarif, with Ajv in
 *    draft-04 mode (conventions.md §3.1 A), plus the schema's formats (uri must be absolute,
 *    uri-reference, date-time), which Ajv would otherwise skip;
 * 2. Microsoft's SARIF multitool with GitHub's ingestion rules (`validate --rule-kind Gh`,
 *    §3.1 B). It exits 0 even when it finds errors, so we read its `-o` log;
 * 3. GitHub's documented limits and requirements the two validators do not enforce (§2.4).
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import draft04, { type ValidateFunction } from 'ajv-draft-04';

// A CommonJS module: under NodeNext the default import is module.exports, whose .default is the class.
const Ajv = draft04.default;

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const SCHEMA_FILE = path.join(REPO, 'node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
export const MULTITOOL = path.join(REPO, 'node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool');

let compiled: ValidateFunction | undefined;

/** Schema errors as readable strings; [] when valid. */
export function schemaErrors(log: unknown): string[] {
  if (!compiled) {
    const schema = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as Record<string, unknown>;
    // unicodeRegExp off: the schema's `language` pattern is not a valid unicode-mode regex.
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
    ajv.addFormat('uri', (value: string) => /^[a-z][a-z\d+.-]*:/i.test(value) && URL.canParse(value));
    ajv.addFormat('uri-reference', (value: string) => URL.canParse(value, 'file:///base/') && !/\s/.test(value));
    ajv.addFormat('date-time', (value: string) => !Number.isNaN(Date.parse(value)) && /^\d{4}-\d\d-\d\dT/.test(value));
    compiled = ajv.compile(schema);
  }
  const validate = compiled;
  return validate(log) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? ''}`);
}

export interface MultitoolFinding {
  file: string;
  level: string;
  ruleId: string;
  text: string;
}

/**
 * Runs the multitool once over every log (it takes seconds to start) and returns what it
 * reported, per input file. Levels: error, warning, note.
 */
export async function multitool(logs: Record<string, unknown>, ruleKind: 'Gh' | 'Sarif' = 'Gh'): Promise<MultitoolFinding[]> {
  if (!existsSync(MULTITOOL)) throw new Error(`${MULTITOOL} is missing (npm ci installs @microsoft/sarif-multitool)`);
  const dir = await mkdtemp(path.join(tmpdir(), 'clauselint-sarif-'));
  try {
    const files: string[] = [];
    for (const [name, log] of Object.entries(logs)) {
      const file = path.join(dir, `${name.replace(/[^\w.-]+/g, '_')}.sarif`);
      await writeFile(file, typeof log === 'string' ? log : JSON.stringify(log, null, 2));
      files.push(file);
    }
    const output = path.join(dir, 'validation.sarif');
    // Its console output can be megabytes (one line per note): discard it, read the -o log.
    await new Promise<void>((resolve, reject) => {
      const child = spawn(
        MULTITOOL,
        ['validate', ...files, '--rule-kind', ruleKind, '--level', 'Error;Warning;Note', '-o', output, '--log', 'ForceOverwrite', '--quiet'],
        { env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1' }, stdio: ['ignore', 'ignore', 'pipe'], timeout: 180_000 },
      );
      let stderr = '';
      child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr = (stderr + chunk).slice(-4000)));
      child.on('error', reject);
      child.on('close', (code, signal) => (code === 0 ? resolve() : reject(new Error(`multitool exited ${code ?? signal}: ${stderr}`))));
    });
    const validation = JSON.parse(await readFile(output, 'utf8')) as {
      runs: Array<{
        results?: Array<{
          level?: string;
          ruleId: string;
          message: { text?: string; id?: string; arguments?: string[] };
          locations?: Array<{ physicalLocation?: { artifactLocation?: { uri?: string } } }>;
        }>;
        invocations?: Array<{ executionSuccessful?: boolean; toolExecutionNotifications?: Array<{ message: { text?: string } }> }>;
      }>;
    };
    const run = validation.runs[0]!;
    const failed = run.invocations?.find((invocation) => invocation.executionSuccessful === false);
    if (failed) {
      const why = (failed.toolExecutionNotifications ?? []).map((note) => note.message.text).join('; ');
      throw new Error(`the multitool did not run to completion: ${why}`);
    }
    return (run.results ?? []).map((result) => ({
      file: path.basename(result.locations?.[0]?.physicalLocation?.artifactLocation?.uri ?? '?'),
      level: result.level ?? 'warning',
      ruleId: result.ruleId,
      text: result.message.text ?? `${result.message.id ?? ''} ${(result.message.arguments ?? []).join(' | ')}`,
    }));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** GitHub code scanning's requirements and limits (conventions.md §2.4); [] when all hold. */
export function githubProblems(log: any): string[] {
  const problems: string[] = [];
  const check = (ok: unknown, problem: string): void => {
    if (!ok) problems.push(problem);
  };
  check(log.$schema === 'https://json.schemastore.org/sarif-2.1.0.json', '$schema is not the SARIF 2.1.0 schema');
  check(log.version === '2.1.0', 'version is not 2.1.0');
  check(Array.isArray(log.runs) && log.runs.length >= 1 && log.runs.length <= 20, 'runs: 1 to 20');
  check(!JSON.stringify(log).includes('security-severity'), 'security-severity must not be set');
  for (const [r, run] of (log.runs ?? []).entries()) {
    const at = `runs[${r}]`;
    const driver = run.tool?.driver ?? {};
    const rules: any[] = driver.rules ?? [];
    check(nonEmpty(driver.name), `${at}: tool.driver.name`);
    check(Array.isArray(driver.rules), `${at}: tool.driver.rules is required by GitHub`);
    check(rules.length <= 25_000, `${at}: more than 25,000 rules`);
    check(Array.isArray(run.results), `${at}: results must be an array (empty when clean)`);
    check((run.results ?? []).length <= 25_000, `${at}: more than 25,000 results`);
    for (const [i, rule] of rules.entries()) {
      const where = `${at}.rules[${i}] ${rule.id}`;
      check(nonEmpty(rule.id), `${where}: id`);
      check(nonEmpty(rule.shortDescription?.text) && rule.shortDescription.text.length <= 1024, `${where}: shortDescription.text (1..1024)`);
      check(nonEmpty(rule.fullDescription?.text) && rule.fullDescription.text.length <= 1024, `${where}: fullDescription.text (1..1024)`);
      check(nonEmpty(rule.help?.text), `${where}: help.text`);
      check(rule.help?.markdown === undefined || nonEmpty(rule.help.markdown), `${where}: help.markdown empty`);
      check(rule.name === undefined || (nonEmpty(rule.name) && rule.name.length <= 255), `${where}: name (1..255)`);
      check((rule.properties?.tags ?? []).length <= 20, `${where}: more than 20 tags`);
      check(rule.helpUri === undefined || /^https?:\/\//.test(rule.helpUri), `${where}: helpUri must be an absolute http(s) URL`);
    }
    for (const [i, result] of (run.results ?? []).entries()) {
      const where = `${at}.results[${i}] ${result.ruleId}`;
      check(nonEmpty(result.message?.text), `${where}: message.text`);
      check(Array.isArray(result.locations) && result.locations.length >= 1 && result.locations.length <= 1000, `${where}: 1..1000 locations`);
      const physical = result.locations?.[0]?.physicalLocation;
      const uri: unknown = physical?.artifactLocation?.uri;
      check(nonEmpty(uri), `${where}: locations[0].physicalLocation.artifactLocation.uri`);
      if (typeof uri === 'string') {
        const relative = !/^[a-z][a-z\d+.-]*:/i.test(uri);
        if (relative) {
          check(physical.artifactLocation.uriBaseId === '%SRCROOT%', `${where}: relative uri without uriBaseId %SRCROOT%`);
          check(!uri.startsWith('/') && !uri.split('/').includes('..') && !uri.includes('\\'), `${where}: relative uri must stay inside the root: ${uri}`);
        } else {
          check(uri.startsWith('file:///'), `${where}: absolute uri must use file: (${uri})`);
        }
        check(!/\s/.test(uri), `${where}: uri must be percent-encoded (${uri})`);
      }
      check(Number.isInteger(physical?.region?.startLine) && physical.region.startLine >= 1, `${where}: region.startLine`);
      check(nonEmpty(result.partialFingerprints?.primaryLocationLineHash), `${where}: partialFingerprints.primaryLocationLineHash`);
      for (const value of Object.values(result.partialFingerprints ?? {})) check(nonEmpty(value), `${where}: empty fingerprint`);
      check(['error', 'warning', 'note'].includes(result.level), `${where}: level must be error, warning or note`);
      check(rules[result.ruleIndex]?.id === result.ruleId, `${where}: ruleIndex points at another rule`);
      check((result.relatedLocations ?? []).length <= 1000, `${where}: too many related locations`);
    }
  }
  return problems;
}

const nonEmpty = (value: unknown): boolean => typeof value === 'string' && value.trim() !== '';
