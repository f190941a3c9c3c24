/**
 * Rule options: merged over `meta.defaultOptions` and validated against `meta.schema` with Ajv.
 * Each schema is compiled once per rule object, however many config files configure it.
 */
import type { Ajv, ErrorObject, ValidateFunction } from 'ajv';
import type { Rule } from '../engine/rule.js';
import { describe, isPlainObject } from './shape.js';

// One Ajv for every rule; a schema is compiled only when a user sets that rule's options.
let AjvClass: typeof Ajv | undefined;
let ajv: Ajv | undefined;
const getAjv = (): Ajv => {
  if (!AjvClass) throw new Error('internal: rule options validated before loadOptionValidator()');
  return (ajv ??= new AjvClass({ allErrors: true, strict: false, logger: false }));
};

/**
 * Ajv is imported only when some config sets rule options (a run with presets alone never
 * needs it, and it is a large part of a cold start). Call before `resolveOptions`. A bundler
 * may hand the CommonJS build to `import()` as `{ default: module.exports }`.
 */
export async function loadOptionValidator(): Promise<void> {
  if (AjvClass) return;
  const module = (await import('ajv')) as typeof import('ajv') & { default?: typeof import('ajv') };
  AjvClass = module.Ajv ?? module.default!.Ajv;
}

/** A `rules` map with a `[severity, options]` entry (options are validated with Ajv). */
export function setsRuleOptions(rules: Record<string, unknown> | undefined): boolean {
  return Object.values(rules ?? {}).some((entry) => Array.isArray(entry) && entry.length === 2);
}
const compiled = new WeakMap<Rule<any>, ValidateFunction>();

/** Thrown with a one-line reason; the caller adds the file and rule id. */
export class InvalidOptions extends Error {}

/** Defaults under the user's options: nested objects merge, arrays and scalars replace. */
export function mergeOptions(
  defaults: Record<string, unknown> | undefined,
  options: Record<string, unknown> | undefined,
): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...(defaults ?? {}) };
  for (const [key, value] of Object.entries(options ?? {})) {
    const base = merged[key];
    merged[key] = isPlainObject(base) && isPlainObject(value) ? mergeOptions(base, value) : value;
  }
  return merged;
}

/** Validates the user's options (merged over the defaults) and returns the merged object. */
export function resolveOptions(rule: Rule<any>, options: unknown): Record<string, unknown> {
  if (!isPlainObject(options)) throw new InvalidOptions(`options must be an object, got ${describe(options)}`);
  const { schema, defaultOptions } = rule.meta;
  if (!schema) {
    const keys = Object.keys(options);
    if (keys.length > 0) throw new InvalidOptions(`takes no options, got "${keys[0]}"`);
    return mergeOptions(defaultOptions, {});
  }
  const merged = mergeOptions(defaultOptions, options);
  // The defaults alone are the rule author's, checked by the rule tests.
  if (Object.keys(options).length === 0) return merged;
  const validate = validatorFor(rule, schema);
  if (!validate(merged)) throw new InvalidOptions(formatErrors(validate.errors ?? [], merged));
  return merged;
}

function validatorFor(rule: Rule<any>, schema: Record<string, unknown>): ValidateFunction {
  let validate = compiled.get(rule);
  if (!validate) {
    try {
      validate = getAjv().compile(schema);
    } catch (error) {
      // A broken schema is the rule author's bug, but the user still needs to know which rule.
      throw new InvalidOptions(`has an invalid options schema (${(error as Error).message})`);
    }
    compiled.set(rule, validate);
  }
  return validate;
}

/** Ajv errors as one line: `option "minTerms" must be >= 1 (got 0)`. */
export function formatErrors(errors: readonly ErrorObject[], data: unknown): string {
  // anyOf/oneOf wrappers only repeat what their branches said.
  const useful = errors.filter((e) => !['anyOf', 'oneOf', 'if'].includes(e.keyword));
  const chosen = (useful.length > 0 ? useful : errors).slice(0, 3);
  return [...new Set(chosen.map((error) => formatError(error, data)))].join('; ');
}

function formatError(error: ErrorObject, data: unknown): string {
  const path = toOptionPath(error.instancePath);
  const subject = path ? `option "${path}"` : 'options';
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties':
      return path
        ? `${subject} has unknown key "${String(params.additionalProperty)}"`
        : `unknown option "${String(params.additionalProperty)}"`;
    case 'required':
      return `missing required option "${path ? `${path}.` : ''}${String(params.missingProperty)}"`;
    case 'enum':
      return `${subject} must be one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')} (got ${show(valueAt(data, error.instancePath))})`;
    default:
      return `${subject} ${error.message ?? 'is invalid'} (got ${show(valueAt(data, error.instancePath))})`;
  }
}

/** "/terms/0/name" → "terms[0].name". */
function toOptionPath(pointer: string): string {
  return pointer
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((path, part) => (/^\d+$/.test(part) ? `${path}[${part}]` : path ? `${path}.${part}` : part), '');
}

function valueAt(data: unknown, pointer: string): unknown {
  let value = data;
  for (const part of pointer.split('/').slice(1)) {
    value = (value as Record<string, unknown> | undefined)?.[part.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return value;
}

function show(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}
