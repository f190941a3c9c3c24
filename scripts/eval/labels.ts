/**
 * The corpus labels (`<corpus>/labels/<name>.json`, described in the labels README): types,
 * validation, and the mapping from safeguard keys to rule ids.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

export type Strength = 'absent' | 'weak' | 'strong';
export const STRENGTHS: readonly Strength[] = ['absent', 'weak', 'strong'];

/** Safeguard key → the rule that checks it (labels README). */
export const SAFEGUARD_RULES = {
  S1: 'data-access-list',
  S2: 'processing-limits',
  S3: 'impact-assessment',
  S4: 'transparency',
  S5: 'government-access',
  S6: 'retention-deletion',
  S7: 'oversight-audit',
  S8: 'remedy-grievance',
} as const;

export type SafeguardKey = keyof typeof SAFEGUARD_RULES;
export const SAFEGUARD_KEYS = Object.keys(SAFEGUARD_RULES) as SafeguardKey[];

export interface SafeguardLabel {
  present: boolean;
  strength: Strength;
  evidence: string;
  where: string;
}

export interface Label {
  /** The labels file's own name without `.json`. */
  name: string;
  /** The labelled document's file name, relative to the corpus folder. */
  file: string;
  kind: string;
  safeguards: Partial<Record<SafeguardKey, SafeguardLabel>>;
  notes: string;
}

/** Check one parsed labels file; throws with the reason when it does not have the documented shape. */
export function parseLabel(name: string, value: unknown): Label {
  const fail = (why: string): never => {
    throw new Error(`labels/${name}.json: ${why}`);
  };
  if (!isObject(value)) return fail('not a JSON object');
  if (typeof value.file !== 'string' || value.file === '') return fail('"file" is missing');
  if (!isObject(value.safeguards)) return fail('"safeguards" is missing');
  const safeguards: Label['safeguards'] = {};
  for (const key of SAFEGUARD_KEYS) {
    const entry = value.safeguards[key];
    if (entry === undefined) continue;
    if (!isObject(entry) || !STRENGTHS.includes(entry.strength as Strength)) {
      return fail(`${key}.strength must be one of ${STRENGTHS.join(', ')}`);
    }
    safeguards[key] = {
      present: entry.present === true,
      strength: entry.strength as Strength,
      evidence: typeof entry.evidence === 'string' ? entry.evidence : '',
      where: typeof entry.where === 'string' ? entry.where : '',
    };
  }
  return {
    name,
    file: value.file,
    kind: typeof value.kind === 'string' ? value.kind : '',
    safeguards,
    notes: typeof value.notes === 'string' ? value.notes : '',
  };
}

export interface LoadedLabels {
  labels: Label[];
  /** Labels files that could not be read or do not have the documented shape. */
  problems: Array<{ file: string; reason: string }>;
}

/**
 * Every labels file under `<corpusDir>/labels`, sorted by name. A bad labels file is a
 * problem in the result; an unreadable folder throws.
 */
export async function loadLabels(corpusDir: string): Promise<LoadedLabels> {
  const folder = path.join(corpusDir, 'labels');
  const names = (await readdir(folder)).filter((entry) => entry.endsWith('.json')).sort();
  const loaded: LoadedLabels = { labels: [], problems: [] };
  for (const entry of names) {
    const name = entry.slice(0, -'.json'.length);
    try {
      const text = await readFile(path.join(folder, entry), 'utf8');
      loaded.labels.push(parseLabel(name, JSON.parse(text)));
    } catch (error) {
      loaded.problems.push({ file: `labels/${entry}`, reason: error instanceof Error ? error.message : String(error) });
    }
  }
  return loaded;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
