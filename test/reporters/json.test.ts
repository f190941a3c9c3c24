import { readFileSync } from 'node:fs';
import { Ajv, type AnySchema } from 'ajv';
import { describe, expect, it } from 'vitest';
import { json } from '../../src/reporters/json.js';
import { diagnostic, result, ruleMeta } from './helpers.js';

const schemaPath = new URL('../../docs/schemas/results-v1.schema.json', import.meta.url);
const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as Record<string, unknown>;
const context = { cwd: '/w', rulesMeta: new Map([['data-access-list', ruleMeta()]]), color: true };

/** The schema with additionalProperties: false everywhere, so an undocumented field fails. */
function closed(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(closed);
  if (!node || typeof node !== 'object') return node;
  const copy = Object.fromEntries(Object.entries(node).map(([key, value]) => [key, closed(value)]));
  if (copy.type === 'object' && copy.properties) copy.additionalProperties = false;
  return copy;
}

/** Strict, so schema mistakes fail; strictRequired off: allOf branches name required fields defined elsewhere. */
function validator(source: Record<string, unknown>) {
  const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false });
  return ajv.compile(source as AnySchema);
}

const sample = [
  result('/w/contracts/mobility.md', [
    diagnostic({ line: 3, suggestion: 'The Operator shall provide the data listed in Schedule 3.' }),
    diagnostic({
      ruleId: 'processing-limits',
      messageId: 'weak-open-purpose',
      severity: 'warning',
      line: 12,
      column: 15,
      evidence: 'for any purpose the Authority may direct',
      anchor: { line: 12, clause: 'clause 4.2', heading: 'Use of Data', label: 'l. 12, clause 4.2' },
      related: [
        {
          message: 'Permitted Purpose is defined here.',
          location: { line: 2, column: 1, endLine: 2, endColumn: 9, offset: 20, endOffset: 28 },
          anchor: { line: 2, label: 'l. 2' },
        },
      ],
    }),
    diagnostic({ severity: 'info', ruleId: 'drafting-note', messageId: 'note', line: 20 }),
  ], {
    suppressedMessages: [
      diagnostic({ line: 30, suppressed: { kind: 'directive', justification: 'accepted by the board' } }),
      diagnostic({ line: 31, suppressed: { kind: 'directive' } }),
    ],
  }),
  result('/w/broken.pdf', [diagnostic({ ruleId: 'parse-error', messageId: 'corrupt', message: 'The PDF is damaged.', fatal: true, sources: [] })], {
    format: null,
  }),
  result('/w/clean.docx', [], { format: 'docx' }),
];

describe('json reporter', () => {
  const output = json(sample, context);
  const parsed = JSON.parse(output) as any[];

  it('writes one JSON array and nothing else (no colour even when colour is on)', () => {
    expect(output.endsWith('\n')).toBe(true);
    expect(output).not.toMatch(/\u001b\[/);
    expect(parsed).toHaveLength(3);
  });

  it('is valid against docs/schemas/results-v1.schema.json', () => {
    expect(schema.$id).toMatch(/v1$/);
    const validate = validator(schema);
    expect(validate(parsed), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it('emits only fields the schema documents', () => {
    const validate = validator(closed(schema) as Record<string, unknown>);
    expect(validate(parsed), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it('rejects what breaks the format (the schema has teeth)', () => {
    const validate = validator(schema);
    const broken = structuredClone(parsed);
    broken[0].messages[0].severity = 2;
    delete broken[0].messages[1].fingerprint;
    expect(validate(broken)).toBe(false);
  });

  it('maps a diagnostic to the documented message shape', () => {
    const [first, second] = parsed[0].messages;
    expect(first).toEqual({
      ruleId: 'data-access-list',
      messageId: 'missing',
      severity: 'error',
      message: 'The contract does not list the data the operator may access.',
      line: 3,
      column: 1,
      endLine: 3,
      endColumn: 6,
      anchor: { line: 3, label: 'l. 3' },
      evidence: null,
      suggestion: 'The Operator shall provide the data listed in Schedule 3.',
      sources: ['GDPR Art. 28(3)(a)'],
      related: [],
      fingerprint: 'fp-3-1',
    });
    expect(second.related).toEqual([
      { message: 'Permitted Purpose is defined here.', line: 2, column: 1, endLine: 2, endColumn: 9, anchor: { line: 2, label: 'l. 2' } },
    ]);
    expect(parsed[1].messages[0].fatal).toBe(true);
    expect(parsed[0].messages[0]).not.toHaveProperty('fatal');
  });

  it('keeps suppressed messages with their justification', () => {
    expect(parsed[0].suppressedMessages.map((message: any) => message.suppressions)).toEqual([
      [{ kind: 'directive', justification: 'accepted by the board' }],
      [{ kind: 'directive', justification: '' }],
    ]);
    expect(parsed[0]).toMatchObject({ errorCount: 1, warningCount: 1, infoCount: 1, fatalErrorCount: 0 });
  });
});
