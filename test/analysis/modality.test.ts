import { describe, expect, it } from 'vitest';
import { modalityOf, scopeCues } from '../../src/analysis/modality.js';
import type { Modality } from '../../src/analysis/types.js';

const at = (text: string, start = 0) => ({ text, start });
const modality = (text: string): Modality => modalityOf(at(text));
const kind = (text: string): string => {
  const m = modality(text);
  return m.negatedDuty ? 'negated-duty' : m.kind;
};

describe('modalityOf', () => {
  it.each([
    ['The Supplier shall process the Data only on documented instructions.', 'obligation', 'shall', 'The Supplier'],
    ['Vendor must notify the Authority within 24 hours.', 'obligation', 'must', 'Vendor'],
    ['The Supplier will delete all Personal Data on termination.', 'obligation', 'will', 'The Supplier'],
    ['The Contractor agrees to carry out a human rights impact assessment.', 'obligation', 'agrees to', 'The Contractor'],
    ['The Supplier hereby undertakes to publish the assessment.', 'obligation', 'undertakes to', 'The Supplier'],
    ['The Processor is required to keep records of processing.', 'obligation', 'is required to', 'The Processor'],
    ['The Supplier is responsible for the security of the Data.', 'obligation', 'is responsible for', 'The Supplier'],
    ['The Authority may audit the Supplier once a year.', 'permission', 'may', 'The Authority'],
    ['The Authority is entitled to inspect the premises.', 'permission', 'is entitled to', 'The Authority'],
    ['The Supplier shall be entitled to suspend the Services.', 'permission', 'shall be entitled to', 'The Supplier'],
    ['The Supplier can use sub-processors.', 'permission', 'can', 'The Supplier'],
    ['The Authority reserves the right to terminate.', 'permission', 'reserves the right to', 'The Authority'],
    ['The Supplier shall not process the Data for any other purpose.', 'prohibition', 'shall not', 'The Supplier'],
    ['The Supplier must not transfer the Data outside the UK.', 'prohibition', 'must not', 'The Supplier'],
    ['The Supplier will not sell the Data.', 'prohibition', 'will not', 'The Supplier'],
    ['The Supplier may not subcontract without consent.', 'prohibition', 'may not', 'The Supplier'],
    ['The Supplier cannot access the live system.', 'prohibition', 'cannot', 'The Supplier'],
    ['The Vendor is not permitted to retain copies.', 'prohibition', 'is not permitted to', 'The Vendor'],
    ['The Supplier is prohibited from selling the Data.', 'prohibition', 'is prohibited from', 'The Supplier'],
    ['Neither Party shall access any data not listed in Schedule 2.', 'prohibition', 'shall', 'Neither Party'],
    ['No Personal Data shall be transferred to a third country.', 'prohibition', 'shall', 'No Personal Data'],
    ['In no event shall the Supplier disclose the Data to law enforcement.', 'prohibition', 'shall', 'the Supplier'],
    ['Customer data shall not be sold or used for any purpose not related to the scope of work.', 'prohibition', 'shall not', 'Customer data'],
  ])('%s → %s', (text, expectedKind, modal, subject) => {
    const m = modality(text);
    expect(m.kind).toBe(expectedKind);
    expect(m.negatedDuty).toBe(false);
    expect(m.modal).toBe(modal);
    expect(m.subject).toBe(subject);
    expect(text.slice(m.start!, m.end!)).toBe(modal);
  });

  it.each([
    ['The Supplier shall not be required to carry out an assessment.', 'shall not be required to'],
    ['The Supplier shall not be obliged to notify incidents that it determines are not material.', 'shall not be obliged to'],
    ['The Processor shall not be obligated to maintain records.', 'shall not be obligated to'],
    ['The Supplier is not required to encrypt Data at rest.', 'is not required to'],
    ['No consent shall be required for sub-processing by Affiliates.', 'shall be required'],
    ['The Supplier shall have no obligation to notify changes to its sub-processors.', 'shall have no obligation'],
    ['Nothing in this Agreement shall require the Supplier to publish the assessment.', 'shall require'],
    ['Nothing in this Schedule shall limit the data the Authority may request.', 'shall limit'],
    ['Schedule X shall not apply to Aggregated, Anonymised or Derived Data.', 'shall not apply to'],
    ['The Purposes shall not be construed as limiting the Authority\'s statutory functions.', 'shall not be construed'],
    ['The Supplier shall not be responsible for the security of Data in transit.', 'shall not be responsible for'],
    ['The Supplier shall not be liable for the acts or omissions of its sub-processors.', 'shall not be liable for'],
  ])('negated duty: %s', (text, modal) => {
    const m = modality(text);
    expect(m).toMatchObject({ kind: 'none', negatedDuty: true, modal });
  });

  it('keeps a prohibition distinct from a negated duty (safeguards.md 14.2.4)', () => {
    expect(kind('The Supplier shall not process the data for any other purpose.')).toBe('prohibition');
    expect(kind('The Supplier shall not be required to carry out an assessment.')).toBe('negated-duty');
    expect(kind('The Supplier shall not store Data outside the European Economic Area.')).toBe('prohibition');
    expect(kind('No security testing by or on behalf of the Authority shall be permitted.')).toBe('prohibition');
    expect(kind('The Supplier shall not, without the prior written consent of the Authority, disclose the Data.')).toBe('prohibition');
  });

  it('prefers the main clause to a subordinate modal', () => {
    const m = modality('If the Authority may lawfully request the Data, the Supplier shall notify it first.');
    expect(m).toMatchObject({ kind: 'obligation', modal: 'shall', subject: 'the Supplier' });
    expect(modality('Except as the Authority may direct from time to time, the Supplier shall not disclose the Data.')).toMatchObject({
      kind: 'prohibition',
      subject: 'the Supplier',
    });
    expect(modality('If the Supplier is required to disclose Personal Data by law, it shall inform the Authority.')).toMatchObject({
      kind: 'obligation',
      modal: 'shall',
      subject: 'it',
    });
    expect(modality('The Supplier shall process the Data as the Authority may direct.').kind).toBe('obligation');
    expect(modality('The parties agree that the Supplier shall publish the contract.')).toMatchObject({ kind: 'obligation', modal: 'shall' });
    expect(modality('The data that the Supplier may collect is listed in Schedule 1.').kind).toBe('none');
  });

  it('finds the subject through markers, interjections and parentheticals', () => {
    expect(modality('(a) the Supplier shall keep records.').subject).toBe('the Supplier');
    expect(modality('4.2 Each Party shall comply with the Data Protection Legislation.').subject).toBe('Each Party');
    expect(modality('The Supplier, if so requested by the Authority, shall delete the Data.').subject).toBe('The Supplier');
    expect(modality('The Supplier (acting as processor) shall assist the Authority.').subject).toBe('The Supplier');
    expect(modality('Subject to clause 5, the Authority may publish this Agreement.').subject).toBe('the Authority');
    expect(modality('Data supplied by Tulane University to Vendor is the property of Tulane University and shall not be shared.').kind).toBe(
      'prohibition',
    );
  });

  it('ignores months, nouns and sentences without modals', () => {
    expect(modality('This Agreement is dated 1 May 2024.').kind).toBe('none');
    expect(modality('Terminable at will by either party.').kind).toBe('none');
    expect(modality('Data Protection')).toEqual({ kind: 'none', negatedDuty: false });
    expect(modality('THE SUPPLIER MAY TERMINATE.').kind).toBe('permission');
    expect(modality('The Authority, at its sole discretion, decides the purposes.')).toMatchObject({
      kind: 'permission',
      modal: 'at its sole discretion',
    });
  });

  it('reports document offsets from the sentence start', () => {
    const m = modalityOf(at('The Supplier must not sell the Data.', 500));
    expect([m.start, m.end]).toEqual([513, 521]);
  });
});

describe('scopeCues', () => {
  const cues = (text: string) => scopeCues(at(text)).map((cue) => [cue.kind, cue.cue, text.slice(cue.scopeStart, cue.scopeEnd)]);

  it('gives an exception the rest of its clause', () => {
    const text = 'The Supplier shall not disclose the Data to any third party except as the Authority may direct from time to time.';
    expect(cues(text)).toEqual([
      ['negation', 'shall not', 'shall not disclose the Data to any third party except as the Authority may direct from time to time'],
      ['exception', 'except', 'except as the Authority may direct from time to time'],
    ]);
  });

  it('stops at ";" and at the closing bracket of a parenthetical', () => {
    const text = 'The Supplier shall delete the Data (unless the law requires storage) and certify deletion; the Authority may audit.';
    expect(cues(text)).toEqual([['exception', 'unless', 'unless the law requires storage']]);
    expect(cues('The Supplier shall not process the Data; the Authority may audit it.')).toEqual([
      ['negation', 'shall not', 'shall not process the Data'],
    ]);
  });

  it('limits an opening carve-out to its own phrase', () => {
    expect(cues('Notwithstanding clause 5, the Authority may publish the contract.')).toEqual([['override', 'Notwithstanding', 'Notwithstanding clause 5']]);
    expect(cues('Except as required by law, the Supplier shall not disclose the Data.')).toEqual([
      ['exception', 'Except', 'Except as required by law'],
      ['negation', 'shall not', 'shall not disclose the Data'],
    ]);
  });

  it('finds every cue kind', () => {
    const text =
      'Subject to clause 7 and notwithstanding anything in this Agreement, neither the Supplier nor its staff shall ever process Data other than the Data listed, save where the law requires, provided, however, that nothing in this clause restricts lawful disclosure without consent, excluding Aggregated Data, with the exception of backups.';
    const found = scopeCues(at(text)).map((cue) => `${cue.kind}:${cue.cue}`);
    expect(found).toEqual([
      'subject-to:Subject to',
      'override:notwithstanding',
      'negation:neither',
      'negation:nor',
      'exception:other than',
      'exception:save',
      'proviso:provided, however, that',
      'negation:nothing',
      'negation:without',
      'exception:excluding',
      'exception:with the exception of',
    ]);
  });

  it('does not take quantities or open lists for negations', () => {
    expect(cues('Notify no later than 72 hours and not less than annually, including but not limited to names, including without limitation addresses.')).toEqual([]);
    expect(cues('The Data includes No. 5 of the register.')).toEqual([]);
    expect(cues('The Supplier shall never sell the Data.')).toEqual([['negation', 'never', 'never sell the Data']]);
  });

  it('maps cue offsets through the sentence start', () => {
    const [cue] = scopeCues(at('Data shall not leave.', 1000));
    expect(cue).toMatchObject({ start: 1005, end: 1014, scopeStart: 1005, scopeEnd: 1020 });
  });
});

describe('scopeCues over enumerations', () => {
  it('lets a cue followed by a colon govern the whole list', () => {
    const text = 'GitHub will not disclose any Processed Data except: (1) as Customer directs; (2) as described in this DPA; or (3) as required by law.';
    const exception = scopeCues({ text, start: 0 }).find((cue) => cue.kind === 'exception')!;
    expect(text.slice(exception.scopeStart, exception.scopeEnd)).toBe(
      'except: (1) as Customer directs; (2) as described in this DPA; or (3) as required by law',
    );
    expect(modalityOf({ text, start: 0 })).toMatchObject({ kind: 'prohibition', modal: 'will not', subject: 'GitHub' });
  });
});

describe('modalityOf subjects in longer sentences', () => {
  it('shares the clause subject across a coordinated predicate and skips a complement "that"', () => {
    expect(
      modalityOf({
        text: 'This Data Use Agreement is entered into by and between The Regents, on behalf of its Health System, and Acme and shall be effective as of today.',
        start: 0,
      }).subject,
    ).toBe('This Data Use Agreement');
    expect(
      modalityOf({ text: 'Covered Entity and Data User agree that amendment of this Agreement may be required.', start: 0 }).subject,
    ).toBe('amendment of this Agreement');
  });
});

describe('modalityOf relative "that"', () => {
  it('keeps a noun modified by a relative clause as the subject', () => {
    expect(modalityOf({ text: 'Personal Data that is collected shall be deleted within 30 days.', start: 0 }).subject).toBe(
      'Personal Data that is collected',
    );
  });
});

describe('scopeCues with nested brackets', () => {
  it('skips inner brackets and stops at a ";" or the enclosing ")" at the cue\'s depth', () => {
    const text = 'The Supplier shall (except (as noted) in clause 5; or otherwise) comply, unless (in part) waived; the Authority may audit.';
    const spans = scopeCues({ text, start: 0 }).map((cue) => text.slice(cue.scopeStart, cue.scopeEnd));
    expect(spans).toEqual(['except (as noted) in clause 5', 'unless (in part) waived']);
  });

  it('stays linear on a run-on sentence full of cues', () => {
    const text = 'if the data may not be kept except as listed, '.repeat(3000);
    const cues = scopeCues({ text, start: 0 });
    expect(cues.length).toBe(6000);
    expect(cues.at(-1)!.scopeEnd).toBe(text.trimEnd().length - 1);
  });
});
