/**
 * SARIF 2.1.0, in the shape GitHub code scanning accepts (docs/formats.md has the field list
 * and the reasons; /work/shared/docs/conventions.md §2.4 and §3 the upstream rules).
 *
 * - `tool.driver`: name, version, informationUri, and one rule per known rule with the
 *   descriptions, help (text and Markdown) and helpUri GitHub shows beside an alert. Tags carry
 *   the rule type and safeguard number; there is NO `security-severity` (that would make every
 *   finding a "security" alert).
 * - One result per finding: ruleId/ruleIndex, level (error/warning/note), the message (for a
 *   DOCX or PDF prefixed with the anchor a lawyer can find, "¶ 17, clause 4.2: …"), one
 *   physical location relative to the working folder (`%SRCROOT%`), a region (Markdown and
 *   text: exact line and column; DOCX and PDF: startLine 1, since their text has no line a
 *   code viewer could show), related locations, and partialFingerprints: our own
 *   (`clauselint/v1`) and the `primaryLocationLineHash` GitHub matches alerts by, derived from
 *   the engine fingerprint so it is stable across runs and across edits elsewhere in the file.
 * - A file that could not be read or parsed is not a result: it is a tool execution
 *   notification, and the invocation is marked `executionSuccessful: false`. Part of a file
 *   read but not linted (a parser's `parse-warning`: PDF pages without text) is a warning
 *   notification.
 * - GitHub's per-run limits: at most 25,000 results (the most severe are kept, and a
 *   notification says how many were left out); descriptions at most 1,024 characters.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic, DiagnosticLocation, LintResult, Severity } from '../engine/diagnostic.js';
import type { RuleMeta } from '../engine/rule.js';
import { clauselintTool, ruleDocsUrl, type ToolInfo } from './package-info.js';
import { hasTextPositions } from './positions.js';
import { ruleHelpMarkdown, ruleHelpText } from './rule-docs.js';
import { collapseSpaces } from './text.js';
import type { Reporter, ReporterContext } from './types.js';

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
/** Our own fingerprint's key in `partialFingerprints` (versioned, as SARIF §3.27.17 suggests). */
export const FINGERPRINT_KEY = 'clauselint/v1';
/** GitHub code scanning rejects a run with more results than this. */
export const MAX_RESULTS_PER_RUN = 25_000;
/** GitHub's limit for shortDescription and fullDescription. */
const MAX_DESCRIPTION = 1024;
/** Related locations kept per result (GitHub keeps at most 100 of any location list it shows). */
const MAX_RELATED = 100;
const SRCROOT = '%SRCROOT%';

// ---- The subset of SARIF 2.1.0 we write ----

export type SarifLevel = 'error' | 'warning' | 'note';

export interface SarifLog {
  $schema: string;
  version: '2.1.0';
  runs: [SarifRun];
}

export interface SarifRun {
  tool: { driver: SarifDriver };
  invocations: [SarifInvocation];
  originalUriBaseIds: Record<string, { uri: string; description?: { text: string } }>;
  columnKind: 'utf16CodeUnits';
  results: SarifResult[];
}

interface SarifDriver {
  name: string;
  version: string;
  semanticVersion?: string;
  informationUri: string;
  rules: SarifRule[];
  notifications?: SarifNotificationDescriptor[];
}

interface SarifNotificationDescriptor {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  help: { text: string };
  defaultConfiguration: { level: SarifLevel };
}

export interface SarifRule {
  id: string;
  name?: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  helpUri?: string;
  help: { text: string; markdown: string };
  defaultConfiguration: { level: SarifLevel };
  properties: { tags: string[]; 'problem.severity': 'error' | 'warning' | 'recommendation' };
}

interface SarifInvocation {
  executionSuccessful: boolean;
  toolExecutionNotifications?: SarifNotification[];
  workingDirectory: { uri: string };
}

interface SarifNotification {
  level: SarifLevel;
  message: { text: string };
  locations?: Array<{ physicalLocation: { artifactLocation: ArtifactLocation } }>;
  descriptor: { id: string; index: number };
  properties?: Record<string, unknown>;
}

interface ArtifactLocation {
  uri: string;
  uriBaseId?: string;
}

interface SarifRegion {
  startLine: number;
  startColumn?: number;
  endLine?: number;
  endColumn?: number;
  properties?: Record<string, number>;
}

interface PhysicalLocation {
  artifactLocation: ArtifactLocation;
  region: SarifRegion;
}

export interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: SarifLevel;
  message: { text: string };
  locations: [{ physicalLocation: PhysicalLocation }];
  partialFingerprints: { [FINGERPRINT_KEY]: string; primaryLocationLineHash: string };
  relatedLocations?: Array<{ id: number; physicalLocation: PhysicalLocation; message: { text: string } }>;
  properties: Record<string, unknown>;
}

// ---- The reporter ----

export interface SarifOptions {
  /** Tool name, version and URLs; default: clauselint's package.json. */
  tool?: ToolInfo;
  /** Results kept per run; default GitHub's limit (for tests). */
  maxResults?: number;
}

export function createSarifReporter(options: SarifOptions = {}): Reporter {
  return (results, context) => `${JSON.stringify(sarifLog(results, context, options), null, 2)}\n`;
}

export const sarif: Reporter = createSarifReporter();

export function sarifLog(results: LintResult[], context: ReporterContext, options: SarifOptions = {}): SarifLog {
  const tool = options.tool ?? clauselintTool();
  const maxResults = options.maxResults ?? MAX_RESULTS_PER_RUN;
  const rules = new RuleTable(context.rulesMeta, tool, modelClauses(results, context.cwd));
  const notices = new NotificationTable();
  const notifications: SarifNotification[] = [];
  let sarifResults: SarifResult[] = [];

  for (const result of results) {
    const artifact = artifactLocation(result.filePath, context.cwd);
    const seenHashes = new Map<string, number>();
    for (const message of result.messages) {
      // Not a finding: a file not read, ignored, or read only in part (the ids with a notification descriptor).
      if (message.fatal || Object.hasOwn(NOTIFICATIONS, message.ruleId)) {
        notifications.push(fileNotification(message, artifact, notices));
        continue;
      }
      sarifResults.push(toResult(message, result.format, artifact, rules, seenHashes));
    }
  }

  if (sarifResults.length > maxResults) {
    const total = sarifResults.length;
    sarifResults = mostSevere(sarifResults, maxResults);
    notifications.push({
      level: 'warning',
      message: {
        text: `clauselint found ${total} problems; this log holds the ${maxResults} most severe, the most GitHub code scanning accepts in one run. Lint fewer files per run to see the rest.`,
      },
      descriptor: notices.reference('results-truncated'),
    });
  }

  const root = directoryUri(context.cwd);
  const invocation: SarifInvocation = {
    executionSuccessful: !results.some((result) => result.messages.some((message) => message.fatal)),
    workingDirectory: { uri: root },
  };
  if (notifications.length > 0) invocation.toolExecutionNotifications = notifications;

  const driver: SarifDriver = {
    name: tool.name,
    version: tool.version,
    ...(/^\d+\.\d+\.\d+(?:[-+].*)?$/.test(tool.version) ? { semanticVersion: tool.version } : {}),
    informationUri: tool.informationUri,
    rules: rules.descriptors,
  };
  if (notices.descriptors.length > 0) driver.notifications = notices.descriptors;

  return {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: { driver },
        invocations: [invocation],
        originalUriBaseIds: { [SRCROOT]: { uri: root, description: { text: 'The folder clauselint ran in.' } } },
        columnKind: 'utf16CodeUnits',
        results: sarifResults,
      },
    ],
  };
}

function toResult(
  message: Diagnostic,
  format: string | null,
  artifact: ArtifactLocation,
  rules: RuleTable,
  seenHashes: Map<string, number>,
): SarifResult {
  const hash = lineHash(message, seenHashes);
  const result: SarifResult = {
    ruleId: message.ruleId,
    ruleIndex: rules.indexOf(message.ruleId),
    level: sarifLevel(message.severity),
    message: { text: anchored(message.message, message.anchor.label, format) || message.ruleId },
    locations: [{ physicalLocation: { artifactLocation: artifact, region: region(message.location, message.anchor, format) } }],
    partialFingerprints: {
      [FINGERPRINT_KEY]: message.fingerprint || hash,
      primaryLocationLineHash: hash,
    },
    properties: findingProperties(message),
  };
  const related = (message.related ?? []).slice(0, MAX_RELATED);
  if (related.length > 0) {
    result.relatedLocations = related.map((entry, index) => ({
      id: index + 1,
      physicalLocation: { artifactLocation: artifact, region: region(entry.location, entry.anchor, format) },
      message: { text: anchored(entry.message, entry.anchor?.label, format) || 'Related location.' },
    }));
  }
  return result;
}

function findingProperties(message: Diagnostic): Record<string, unknown> {
  const properties: Record<string, unknown> = { messageId: message.messageId, anchor: message.anchor };
  if (message.evidence) properties.evidence = message.evidence;
  if (message.suggestion) properties.suggestion = message.suggestion;
  if (message.sources.length > 0) properties.sources = message.sources;
  return properties;
}

function fileNotification(message: Diagnostic, artifact: ArtifactLocation, notices: NotificationTable): SarifNotification {
  const where = artifact.uriBaseId ? decodeURIComponent(artifact.uri) : artifact.uri;
  return {
    level: message.fatal ? 'error' : sarifLevel(message.severity),
    message: { text: `${where}: ${collapseSpaces(message.message) || message.messageId}` },
    locations: [{ physicalLocation: { artifactLocation: artifact } }],
    descriptor: notices.reference(message.ruleId),
    properties: { messageId: message.messageId },
  };
}

/** Keep the `limit` most severe results, in their original order. */
function mostSevere(results: SarifResult[], limit: number): SarifResult[] {
  const rank: Record<SarifLevel, number> = { error: 0, warning: 1, note: 2 };
  const kept = new Set(
    results
      .map((result, index) => ({ result, index }))
      .sort((a, b) => rank[a.result.level] - rank[b.result.level] || a.index - b.index)
      .slice(0, limit)
      .map((entry) => entry.result),
  );
  return results.filter((result) => kept.has(result));
}

// ---- Locations ----

/**
 * Relative to the working folder under `%SRCROOT%` (GitHub resolves a relative URI against
 * the repository root, so run clauselint from there); a file outside it gets an absolute
 * `file:` URI. Each path segment is percent-encoded (spaces, `#`, `%`, non-ASCII).
 */
export function artifactLocation(filePath: string, cwd: string): ArtifactLocation {
  const relative = path.relative(cwd, filePath);
  const inside = relative !== '' && relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative);
  if (!inside) return { uri: pathToFileURL(filePath).href };
  return { uri: relative.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}

const directoryUri = (dir: string): string => {
  const href = pathToFileURL(dir).href;
  return href.endsWith('/') ? href : `${href}/`;
};

function region(location: DiagnosticLocation, anchor: Diagnostic['anchor'] | undefined, format: string | null): SarifRegion {
  if (!hasTextPositions(format)) {
    // No text line to show: the whole file, with the anchor in the message and here.
    const where: Record<string, number> = {};
    if (anchor?.paragraph !== undefined) where.paragraph = anchor.paragraph;
    if (anchor?.page !== undefined) where.page = anchor.page;
    if (anchor?.page !== undefined && anchor.line !== undefined) where.lineOnPage = anchor.line;
    return Object.keys(where).length > 0 ? { startLine: 1, properties: where } : { startLine: 1 };
  }
  const startLine = Math.max(1, location.line);
  const startColumn = Math.max(1, location.column);
  let endLine = Math.max(startLine, location.endLine);
  let endColumn: number | undefined = location.endColumn;
  if (endLine > startLine && endColumn <= 1) {
    // The span stops at the start of a line: it ends with the line before (no endColumn = to its end).
    endLine -= 1;
    endColumn = undefined;
  } else if (endLine === startLine) {
    endColumn = Math.max(startColumn, endColumn);
  }
  return endColumn === undefined ? { startLine, startColumn, endLine } : { startLine, startColumn, endLine, endColumn };
}

/** DOCX and PDF messages start with the anchor ("¶ 17, clause 4.2: …"); Markdown's have exact lines. */
function anchored(text: string, label: string | undefined, format: string | null): string {
  const message = collapseSpaces(text);
  return !hasTextPositions(format) && label ? `${label}: ${message}` : message;
}

// ---- Fingerprints ----

/**
 * GitHub matches alerts across runs by `primaryLocationLineHash` alone. The engine's
 * fingerprint already leaves line numbers out (rule, messageId, clause, evidence, plus an
 * occurrence), so it becomes the hash in codeql-action's `hex:occurrence` form. Findings the
 * engine did not fingerprint that way (directive problems) hash their rule and message, with
 * an occurrence count per file.
 */
function lineHash(message: Diagnostic, seen: Map<string, number>): string {
  const engine = /^([0-9a-f]{16})(?::(\d+))?$/.exec(message.fingerprint);
  if (engine) return `${engine[1]}:${engine[2] ?? 1}`;
  const hash = createHash('sha256')
    .update([message.ruleId, message.messageId, collapseSpaces(message.message)].join('\u0000'))
    .digest('hex')
    .slice(0, 16);
  const occurrence = (seen.get(hash) ?? 0) + 1;
  seen.set(hash, occurrence);
  return `${hash}:${occurrence}`;
}

// ---- Rules ----

const sarifLevel = (severity: Severity): SarifLevel => (severity === 'info' ? 'note' : severity);

const problemSeverity = (severity: Severity): SarifRule['properties']['problem.severity'] =>
  severity === 'info' ? 'recommendation' : severity;

interface ModelClause {
  text: string;
  file: string;
}

/** Per rule, the first finding's model clause and the file it was worded for. */
function modelClauses(results: LintResult[], cwd: string): Map<string, ModelClause> {
  const clauses = new Map<string, ModelClause>();
  for (const result of results) {
    for (const message of result.messages) {
      if (!message.suggestion || message.fatal || clauses.has(message.ruleId)) continue;
      const artifact = artifactLocation(result.filePath, cwd);
      clauses.set(message.ruleId, {
        text: message.suggestion,
        file: artifact.uriBaseId ? decodeURIComponent(artifact.uri) : result.filePath,
      });
    }
  }
  return clauses;
}

/** Ids the engine reports that are not rules, described so every result has a rule entry. */
const ENGINE_RULES: Record<string, Pick<RuleMeta, 'description' | 'rationale' | 'docs'>> = {
  'unused-disable-directive': {
    description: 'Flag clauselint-disable comments that suppress nothing.',
    rationale:
      'A disable comment that matches no finding hides nothing today, but it would silently hide a finding that appears later. Remove it, or narrow it to the rule it was meant for.',
    docs: '## How to fix\n\nDelete the comment, or name the rule and give the reason: `<!-- clauselint-disable rule-id -- reason -->`.',
  },
  'unknown-rule-in-directive': {
    description: 'Flag clauselint-disable comments that name a rule clauselint does not know.',
    rationale:
      'A misspelled rule id in a disable comment suppresses nothing, so the finding it was meant to accept stays, or the comment outlives a renamed rule.',
    docs: '## How to fix\n\nCorrect the rule id (run `clauselint --explain <id>`), or delete the comment.',
  },
};

class RuleTable {
  readonly descriptors: SarifRule[] = [];
  private readonly indexes = new Map<string, number>();

  constructor(
    private readonly rulesMeta: Map<string, RuleMeta>,
    private readonly tool: ToolInfo,
    private readonly clauses: Map<string, ModelClause>,
  ) {
    for (const id of rulesMeta.keys()) this.indexOf(id);
  }

  indexOf(ruleId: string): number {
    let index = this.indexes.get(ruleId);
    if (index === undefined) {
      index = this.descriptors.length;
      this.indexes.set(ruleId, index);
      this.descriptors.push(this.describe(ruleId));
    }
    return index;
  }

  private describe(id: string): SarifRule {
    const known = this.rulesMeta.get(id);
    const meta: RuleMeta = known ?? placeholderMeta(id);
    // Built-in rules have ids without a plugin prefix, and docs in this repository.
    const docsUrl = known && !id.includes('/') ? ruleDocsUrl(this.tool, id) : undefined;
    const clause = this.clauses.get(id);
    const helpOptions = {
      ...(docsUrl ? { docsUrl } : {}),
      ...(clause ? { modelClause: clause.text, modelClauseNote: `As suggested for ${clause.file}, in that contract's party names.` } : {}),
    };
    const description = collapseSpaces(meta.description) || `Findings of ${id}.`;
    const full = collapseSpaces(`${description} ${meta.rationale}`);
    const tags = [meta.type, meta.safeguard].filter((tag): tag is string => Boolean(tag));
    const rule: SarifRule = {
      id,
      ...friendlyName(id),
      shortDescription: { text: clipSentences(description, MAX_DESCRIPTION) },
      fullDescription: { text: clipSentences(full, MAX_DESCRIPTION) },
      help: { text: ruleHelpText(meta, helpOptions), markdown: ruleHelpMarkdown(meta, helpOptions) },
      defaultConfiguration: { level: sarifLevel(meta.defaultSeverity) },
      properties: { tags: [...new Set(tags)], 'problem.severity': problemSeverity(meta.defaultSeverity) },
    };
    if (docsUrl) rule.helpUri = docsUrl;
    return rule;
  }
}

function placeholderMeta(id: string): RuleMeta {
  const engine = ENGINE_RULES[id];
  return {
    id,
    type: engine ? 'consistency' : 'drafting',
    description: engine?.description ?? `Findings of the rule ${id}.`,
    rationale: engine?.rationale ?? 'This rule provided no metadata to clauselint.',
    sources: [],
    recommended: false,
    defaultSeverity: 'warning',
    messages: {},
    docs: engine?.docs ?? '',
    examples: { valid: [], invalid: [] },
  };
}

/** Notification descriptors (`tool.driver.notifications`) for what is not a finding. */
const NOTIFICATIONS: Record<string, { name: string; text: string; help: string }> = {
  'parse-error': {
    name: 'ParseError',
    text: 'A file could not be read or parsed, so it was not checked.',
    help: 'The notification says why (unsupported format, damaged or password-protected file, over --max-file-size). Fix or convert the file and run clauselint again; the run exits 2 until then.',
  },
  'rule-error': {
    name: 'RuleError',
    text: 'A rule failed on a file, so the file was not fully checked.',
    help: 'This is a bug in the rule: please report it with the file, or turn the rule off for that file.',
  },
  'parse-warning': {
    name: 'ParseWarning',
    text: 'Part of a file was read but could not be linted.',
    help: 'The notification says which part and why (for example PDF pages without text: scanned images or blank pages). Findings of missing clauses may be wrong for that file until the text is there: run OCR on a scanned PDF.',
  },
  'ignored-file': {
    name: 'IgnoredFile',
    text: 'A file named on the command line is ignored by configuration, so it was not checked.',
    help: 'Remove it from .clauselintignore or the config "ignores", or pass --no-ignore.',
  },
  'results-truncated': {
    name: 'ResultsTruncated',
    text: 'There were more results than GitHub code scanning accepts in one run.',
    help: 'Lint fewer files per run (for example one job per folder, each uploaded with its own category).',
  },
};

class NotificationTable {
  readonly descriptors: SarifNotificationDescriptor[] = [];
  private readonly indexes = new Map<string, number>();

  reference(id: string): { id: string; index: number } {
    let index = this.indexes.get(id);
    if (index === undefined) {
      index = this.descriptors.length;
      this.indexes.set(id, index);
      const known = NOTIFICATIONS[id] ?? { name: pascalCase(id), text: `Notification ${id}.`, help: 'See the notification message.' };
      this.descriptors.push({
        id,
        name: known.name,
        shortDescription: { text: known.text },
        fullDescription: { text: known.text },
        help: { text: `${known.text} ${known.help}` },
        defaultConfiguration: { level: id === 'parse-error' || id === 'rule-error' ? 'error' : 'warning' },
      });
    }
    return { id, index };
  }
}

/**
 * SARIF's `name`, a friendly Pascal-case identifier; left out when it would only repeat the id
 * ("transparency" / "Transparency"): the multitool (SARIF1001) requires the two to differ.
 */
function friendlyName(id: string): { name?: string } {
  const name = pascalCase(id);
  return name.toLowerCase() === id.toLowerCase() ? {} : { name };
}

/** "data-access-list" → "DataAccessList"; "house/best-efforts" → "HouseBestEfforts" (SARIF's friendly name). */
export function pascalCase(id: string): string {
  const name = id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join('');
  return (name || 'Rule').slice(0, 255);
}

/** At most `max` characters, cut after a whole sentence where one fits. */
export function clipSentences(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max);
  const end = head.lastIndexOf('. ');
  if (end > max / 3) return head.slice(0, end + 1);
  return `${text.slice(0, max - 1).trimEnd()}…`;
}
