/**
 * The rule API: what a rule module exports and what it is given. Built-in rules and plugin
 * rules use exactly this; the engine knows no rule by name.
 */
import type { AnalysisName, Analyses } from '../analysis/types.js';
import type { ContractNode, DocumentNode, Format, NodeType } from '../tree/types.js';
import type { Anchor, Severity } from './diagnostic.js';

export type RuleType = 'safeguard' | 'drafting' | 'consistency';

/** A JSON Schema (draft-07 subset that Ajv validates) for a rule's options object. */
export type OptionsSchema = Record<string, unknown>;

export interface RuleExample {
  /** Short name shown in the docs. */
  title: string;
  /** Markdown contract text. */
  code: string;
  /** For invalid examples: the messageIds the rule must report, in document order. */
  messageIds?: string[];
  options?: Record<string, unknown>;
}

export interface RuleMeta {
  /** Equal to the rule's file name, kebab-case. */
  id: string;
  /** "S1" ... "S11" for safeguard rules. */
  safeguard?: string;
  type: RuleType;
  /** One line, starting with Require, Disallow or Flag. */
  description: string;
  /** Why a lawyer should care: a paragraph, rendered by --explain. */
  rationale: string;
  /** Instruments and articles the rule rests on. */
  sources: string[];
  /** In the recommended preset. */
  recommended: boolean;
  defaultSeverity: Severity;
  /** Message templates keyed by messageId; `{name}` placeholders are filled from `data`. */
  messages: Record<string, string>;
  /** JSON Schema of the options object. */
  schema?: OptionsSchema;
  /** Defaults merged under the user's options. */
  defaultOptions?: Record<string, unknown>;
  /** Analyses the rule reads; only these are available on `context.analysis`. */
  needs?: AnalysisName[];
  /** Markdown documentation: what it checks, how to fix (rendered by --explain). */
  docs: string;
  examples: { valid: RuleExample[]; invalid: RuleExample[] };
}

/** A span to report: a node, or document offsets. */
export type ReportTarget = { node: ContractNode } | { range: [number, number] };

export type ReportDescriptor = ReportTarget & {
  messageId: string;
  data?: Record<string, string | number>;
  /** Quoted text the finding rests on; defaults to the reported span's text. */
  evidence?: string;
  /** Model clause text. */
  suggestion?: string;
  /** Extra sources beyond `meta.sources` (or a narrower list for this finding). */
  sources?: string[];
  related?: Array<{ message: string; range: [number, number] }>;
};

export interface RuleContext<Options = Record<string, unknown>> {
  readonly id: string;
  readonly options: Options;
  readonly filePath: string;
  readonly format: Format;
  readonly document: DocumentNode;
  /** The normalized text all offsets point into. */
  readonly text: string;
  /** Analyses declared in `meta.needs`, each built on first access. */
  readonly analysis: Analyses;
  /** Source text of a node. */
  getText(node: ContractNode): string;
  /** Where a lawyer finds an offset. */
  anchorAt(offset: number): Anchor;
  report(descriptor: ReportDescriptor): void;
}

export type NodeHandler<T extends NodeType> = (node: Extract<ContractNode, { type: T }>) => void;

/** Handlers by node type, called in document order; `document:exit` runs after the walk. */
export type RuleHandlers = { [T in NodeType]?: NodeHandler<T> } & {
  'document:exit'?: () => void;
};

export interface Rule<Options = Record<string, unknown>> {
  meta: RuleMeta;
  create(context: RuleContext<Options>): RuleHandlers;
}

/** Identity function that gives rule authors types and a single place to hang future checks. */
export function defineRule<Options = Record<string, unknown>>(rule: Rule<Options>): Rule<Options> {
  return rule;
}
