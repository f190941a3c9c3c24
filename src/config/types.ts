import type { Severity } from '../engine/diagnostic.js';
import type { ConfiguredRule } from '../engine/linter.js';
import type { Rule } from '../engine/rule.js';

/** A severity as users may write it (ESLint-compatible). */
export type SeverityInput = 'off' | 'warn' | 'warning' | 'error' | 'info' | 0 | 1 | 2;

/** `"error"` or `["warn", { ...options }]`. */
export type RuleEntry = SeverityInput | [SeverityInput] | [SeverityInput, Record<string, unknown>];

export interface ConfigOverride {
  /** Globs relative to the config file's folder. */
  files: string | string[];
  excludedFiles?: string | string[];
  rules?: Record<string, RuleEntry>;
}

/** What a config file contains. */
export interface ConfigObject {
  /** URL of a JSON Schema for editor completion; ignored by the loader. */
  $schema?: string;
  /** "clauselint:recommended", "clauselint:strict", a relative path, or an npm package. */
  extends?: string | string[];
  /** Rule modules to load: a relative path or an npm package; rule ids become "<plugin>/<rule>". */
  plugins?: string[];
  rules?: Record<string, RuleEntry>;
  overrides?: ConfigOverride[];
  /** Globs (gitignore semantics, relative to the config file) of files never linted. */
  ignores?: string[];
  /** Stop looking further up the tree for more config files. */
  root?: boolean;
}

/** A plugin module's default export. */
export interface Plugin {
  /** Namespace for its rule ids; defaults to the package or file name. */
  name?: string;
  rules: Record<string, Rule<any>> | Rule<any>[];
}

/** The config that applies to one file, ready for the engine. */
export interface FileConfig {
  /** The config files that contributed, nearest first. */
  configFiles: string[];
  /** True when an `ignores` pattern excludes the file. */
  ignored: boolean;
  /** Enabled rules with their severity and options, in rule-id order. */
  rules: ConfiguredRule[];
  /** Every known rule id to its effective setting ("off" included), for --print-config. */
  settings: Record<string, 'off' | [Severity, Record<string, unknown>]>;
}

/** A config that cannot be used: unknown rule, bad option, unreadable file. Exit code 2. */
export class ConfigError extends Error {
  constructor(
    message: string,
    readonly file?: string,
  ) {
    super(file ? `${file}: ${message}` : message);
    this.name = 'ConfigError';
  }
}

export interface ConfigLoaderOptions {
  cwd: string;
  /** `--config FILE`: use this file instead of discovery (its extends/plugins still apply). */
  configFile?: string;
  /** `--rule` entries, applied last. */
  overrideConfig?: ConfigObject;
  /** Built-in rules, handed in by the public API (the engine never imports rules/). */
  builtinRules: readonly Rule<any>[];
}

export interface ConfigLoader {
  /** The resolved config for an absolute file path. Throws ConfigError. */
  forFile(filePath: string): Promise<FileConfig>;
}
