/**
 * A deterministic generator of long Markdown PPP contracts for the benchmark: title and parties,
 * recitals, a definitions clause, numbered clauses with sub-clauses, (a)/(b) lists and
 * cross-references, safeguard sentences (sound and weak) among boilerplate, schedules with
 * tables, and a signature block. About WORDS_PER_PAGE words per page. Same options, same text.
 */

export const WORDS_PER_PAGE = 500;

export interface GenerateOptions {
  pages: number;
  /** PRNG seed; the same seed and pages give the same text. Default 1. */
  seed?: number;
}

/** Words as the generator counts them: runs of letters or digits, joined by ' . - ’. */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’.\-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

/** mulberry32: small, fast, good enough to vary the text. */
function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TOPICS = [
  'Services',
  'Data Protection',
  'Service Levels',
  'Security',
  'Staff',
  'Confidentiality',
  'Impact Assessment',
  'Transparency',
  'Audit and Records',
  'Fees and Payment',
  'Change Control',
  'Government Requests',
  'Subcontracting',
  'Intellectual Property',
  'Governance',
  'Data Retention',
  'Complaints',
  'Warranties',
  'Liability',
  'Insurance',
  'Force Majeure',
  'Dispute Resolution',
  'Termination',
  'Exit Management',
  'Notices',
] as const;

const ASPECTS = ['General', 'Reporting', 'Obligations of the Supplier', 'Obligations of the Authority', 'Review', 'Procedure'];

const BASE_TERMS: Array<[string, string]> = [
  ['Authority Data', 'the data items listed in Part A of Schedule 1 and no other data'],
  ['Personal Data', 'the Authority Data that relates to an identified or identifiable natural person'],
  ['Permitted Purposes', 'the purposes listed in Part B of Schedule 1'],
  ['Services', 'the services described in Schedule 2, as varied under the Change Control Procedure'],
  ['Service Levels', 'the performance standards set out in Schedule 2'],
  ['Service Credits', 'the deductions from the fees calculated under Schedule 2 for a failure to meet a Service Level'],
  ['Go-Live Date', 'the date on which the Platform is first used with live Authority Data'],
  ['Platform', 'the hosted software through which the Supplier provides the Services, including its dashboards and interfaces'],
  ['Staff', 'all persons employed or engaged by the Supplier or any Sub-processor in providing the Services'],
  ['Specification', 'the description of the Authority’s requirements in Schedule 2'],
  ['Milestones', 'the events listed in Schedule 2 with the dates by which they must be achieved'],
  ['Change Control Procedure', 'the procedure for varying this Agreement set out in clause 2'],
  ['Force Majeure Event', 'an event beyond the reasonable control of the affected Party, excluding any failure of a Sub-processor'],
  ['Data Protection Legislation', 'the UK GDPR, the Data Protection Act 2018 and any law relating to the processing of personal data'],
  ['Working Day', 'a day other than a Saturday, Sunday or public holiday in England'],
  ['Confidential Information', 'information marked as confidential that a Party discloses to the other under this Agreement'],
  ['Sub-processor', 'a third party engaged by the Supplier to process Authority Data, as approved under clause 2'],
  ['Security Incident', 'any actual or suspected unauthorised access to, or loss or disclosure of, Authority Data'],
  ['Impact Assessment', 'the combined data protection and human rights impact assessment described in Schedule 3'],
  ['Exit Plan', 'the plan for the orderly transfer of the Services on expiry or termination set out in Schedule 3'],
];

const DATA_ITEMS = [
  'smartcard tap-in and tap-out records',
  'bus location (GPS) feeds',
  'shared-bike trip records',
  'junction camera counts',
  'customer complaint records',
  'timetable and stop data',
  'fare type and concession flags',
  'journey-planner search logs',
  'road-works permits',
  'parking occupancy sensors',
];

const PURPOSES = [
  'measuring journey times and reliability',
  'forecasting demand and crowding',
  'planning new cycle routes',
  'managing signal timings at busy junctions',
  'reporting network performance to the Authority’s board',
];

const NUMBERS = [
  ['five', 5],
  ['ten', 10],
  ['fifteen', 15],
  ['twenty', 20],
  ['thirty', 30],
  ['sixty', 60],
  ['ninety', 90],
] as const;

/** Safeguard sentences, sound and weak, the kind a real draft mixes. */
const SAFEGUARD_SENTENCES = [
  'The Supplier shall process the Authority Data only on the documented instructions of the Authority and only for the Permitted Purposes.',
  'The Supplier may use the {term} for the Permitted Purposes and any related purposes as the Authority may determine from time to time.',
  'The data to be shared includes, but is not limited to, {data}, {data2} and such other data as the Authority may require.',
  'Neither Party shall access any data that is not listed in {schedule}.',
  'The Supplier shall not disclose the Authority Data to any third party other than the recipients listed in {schedule}.',
  'Before the Go-Live Date the Authority shall carry out an Impact Assessment and shall review it at least every twelve (12) months.',
  'The Supplier may carry out an impact assessment where it considers this appropriate.',
  'The Authority shall publish this Agreement and every amendment on its open contracts register within {days} days of signature.',
  'Each Party shall keep the terms of this Agreement confidential and shall not disclose them without the consent of the other Party.',
  'The Supplier shall notify the Authority of any request by a public authority for access to Authority Data within {days} Working Days, unless the law prohibits it.',
  'Within {days} days after expiry the Supplier shall return or delete all Authority Data at the Authority’s choice and certify the deletion in writing.',
  'The Authority may audit the Supplier’s compliance with this clause, including by inspection of its premises, on {days} Working Days’ notice.',
  'People affected by the processing may complain to the Authority’s data protection officer, who shall respond within {days} days.',
  'The Supplier shall not use the Authority Data, or anything derived from it, to develop or improve its own products.',
  'The Supplier shall use reasonable endeavours to assist the Authority with any assessment the Authority decides to undertake.',
];

const BOILERPLATE_SENTENCES = [
  'Each Party shall bear its own costs in connection with the negotiation, preparation and execution of this Agreement.',
  'Any notice under this Agreement shall be in writing and delivered by hand, by recorded post or by email to the address set out in {schedule}.',
  'Subject to clause {ref}, neither Party shall be liable for any indirect or consequential loss.',
  'The Supplier shall maintain insurance with a reputable insurer in respect of its liabilities under this Agreement of at least £{amount}.',
  'The Supplier shall ensure that all Staff engaged in the Services are suitably qualified and vetted in accordance with {schedule}.',
  'The Service Levels apply from the Go-Live Date, and Service Credits accrue as set out in {schedule}.',
  'Failure or delay by either Party in exercising any right shall not constitute a waiver of that right.',
  'If any provision of this Agreement is found invalid, the remainder of this Agreement shall continue in force.',
  'The Supplier shall provide a performance report to the Authority within {days} Working Days of the end of each month.',
  'Either Party may refer a dispute to mediation under the procedure in clause {ref}.',
  'The Authority shall pay each valid invoice within thirty (30) days of receipt, e.g. by bank transfer to the account named in the invoice.',
  'No change to the Services is effective until it has been agreed under the Change Control Procedure and signed by both Parties.',
  'The Supplier shall comply with all applicable laws, including the Bribery Act 2010 and the Modern Slavery Act 2015.',
  'Neither Party shall be liable for delay caused by a Force Majeure Event, provided that it notifies the other Party promptly.',
  'The Supplier shall keep complete and accurate records of the Services for at least six (6) years after the end of the term.',
  'The Supplier shall not assign, novate or subcontract any of its obligations without the prior written consent of the Authority.',
  'The Supplier warrants that the Platform will perform substantially in accordance with the Specification for {days} days after acceptance.',
  'The Authority may withhold payment of any amount that it disputes in good faith, by notice given before the due date.',
  'Time is of the essence for the Milestones listed in {schedule} but not for any other obligation.',
  'Each Party shall appoint a representative with authority to make decisions about the day-to-day operation of this Agreement.',
  'The Supplier shall give the Authority at least {days} days’ notice of any planned maintenance that affects the Platform.',
  'The amount of the performance bond is [●] and the bond provider is TBC.',
];

const LIST_LEADS = [
  'The Supplier shall:',
  'The Authority shall, in relation to the Services:',
  'Each Party shall, at its own cost:',
  'The report under this clause shall include:',
];

const LIST_ITEMS = [
  'maintain a record of every Security Incident and the action taken',
  'give the other Party all information reasonably required to verify compliance with clause {ref}',
  'ensure that its Staff are trained in the Data Protection Legislation at least once a year',
  'notify the other Party without delay of any change in its ownership or control',
  'co-operate with any auditor appointed by the Authority',
  'keep the Exit Plan up to date and deliver a revised version every six (6) months',
  'measure each Service Level monthly and report the results in the form in {schedule}',
  'not process Authority Data outside the United Kingdom',
];

interface Writer {
  random: () => number;
  pick<T>(items: readonly T[]): T;
  refs: string[];
}

function fill(template: string, writer: Writer, terms: readonly string[]): string {
  const [days, value] = writer.pick(NUMBERS);
  return template
    .replace('{term}', writer.pick(terms))
    .replace('{data}', writer.pick(DATA_ITEMS))
    .replace('{data2}', writer.pick(DATA_ITEMS))
    .replace('{schedule}', `Schedule ${1 + Math.floor(writer.random() * 3)}`)
    .replace('{ref}', writer.refs.length > 0 ? writer.pick(writer.refs) : '1.1')
    .replace('{days}', `${days} (${value})`)
    .replace('{amount}', `${1 + Math.floor(writer.random() * 9)},000,000`);
}

function sentence(writer: Writer, terms: readonly string[]): string {
  const bank = writer.random() < 0.3 ? SAFEGUARD_SENTENCES : BOILERPLATE_SENTENCES;
  return fill(writer.pick(bank), writer, terms);
}

function definitions(count: number): Array<[string, string]> {
  const list = BASE_TERMS.slice(0, Math.min(count, BASE_TERMS.length));
  for (let phase = 1; list.length < count; phase++) {
    list.push([`Phase ${phase} Deliverables`, `the Deliverables listed for phase ${phase} in Schedule 2`]);
  }
  return list;
}

function preamble(): string[] {
  return [
    '# Data Partnership Agreement',
    '',
    'This Data Partnership Agreement (the "Agreement") is dated [●] and is made between:',
    '',
    '1. **Northbridge Metropolitan Transport Authority**, a public transport authority established under the Northbridge Transport Act 2009 (the "Authority"); and',
    '2. **Kinetica Mobility Analytics Ltd**, a company incorporated in England and Wales with company number 11873402 (the "Supplier"),',
    '',
    'each a "Party" and together the "Parties".',
    '',
    '## Background',
    '',
    '(A) The Authority plans and operates public transport in the Northbridge metropolitan area.',
    '',
    '(B) The Supplier operates a mobility analytics platform and has been selected after a competitive procedure to provide the Services.',
    '',
  ];
}

function definitionsClause(terms: Array<[string, string]>): string[] {
  const lines = ['## 1. Definitions and Interpretation', '', '1.1 In this Agreement the following definitions apply:', ''];
  for (const [term, body] of terms) lines.push(`"${term}" means ${body}.`, '');
  lines.push(
    '1.2 Headings do not affect interpretation, and references to clauses and schedules are to those of this Agreement.',
    '',
  );
  return lines;
}

/** Clause `number` with 3–6 sub-clauses, stopping early once it holds `budget` words. */
function operativeClause(number: number, writer: Writer, terms: readonly string[], budget: number): string[] {
  const topic = TOPICS[(number - 2) % TOPICS.length] ?? 'General';
  const round = Math.floor((number - 2) / TOPICS.length);
  const heading = round === 0 ? topic : `${topic}: ${ASPECTS[(round - 1) % ASPECTS.length]}`;
  const lines = [`## ${number}. ${heading}`, ''];
  const subclauses = 3 + Math.floor(writer.random() * 4);
  for (let sub = 1; sub <= subclauses && countWords(lines.join('\n')) < budget; sub++) {
    const ref = `${number}.${sub}`;
    if (writer.random() < 0.25) {
      lines.push(`${ref} ${writer.pick(LIST_LEADS)}`, '');
      const items = 2 + Math.floor(writer.random() * 3);
      for (let item = 0; item < items; item++) {
        const letter = String.fromCharCode(97 + item);
        const end = item === items - 1 ? '.' : item === items - 2 ? '; and' : ';';
        lines.push(`(${letter}) ${fill(writer.pick(LIST_ITEMS), writer, terms)}${end}`, '');
      }
    } else {
      const count = 1 + Math.floor(writer.random() * 3);
      const text = Array.from({ length: count }, () => sentence(writer, terms)).join(' ');
      lines.push(`${ref} ${text}`, '');
    }
    writer.refs.push(ref);
  }
  return lines;
}

function table(header: readonly string[], rows: string[][]): string[] {
  return [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((cells) => `| ${cells.join(' | ')} |`),
    '',
  ];
}

function schedules(rowsPerTable: number, writer: Writer): string[] {
  const dataRows = Array.from({ length: rowsPerTable }, (_, index) => [
    `${writer.pick(DATA_ITEMS)} (set ${index + 1})`,
    writer.pick(['Passengers', 'Bike-share users', 'None (vehicles)', 'Staff']),
    writer.pick(['Pseudonymised', 'Aggregated', 'Identified', 'Counts only']),
    writer.pick(['Daily batch', 'Real time', 'Hourly', 'Monthly']),
  ]);
  const levelRows = Array.from({ length: rowsPerTable }, (_, index) => [
    `SL${index + 1}`,
    writer.pick(['Platform availability', 'Feed latency', 'Report delivery', 'Incident response']),
    `${90 + Math.floor(writer.random() * 10)}.${Math.floor(writer.random() * 10)}%`,
    `${1 + Math.floor(writer.random() * 5)}% of the monthly fee`,
  ]);
  const priceRows = Array.from({ length: rowsPerTable }, (_, index) => [
    `Milestone ${index + 1}`,
    writer.pick(['Onboarding of feeds', 'Dashboard release', 'Forecast model acceptance', 'Quarterly report']),
    `£${(10 + Math.floor(writer.random() * 90)) * 1000}`,
    `Month ${1 + Math.floor(writer.random() * 36)}`,
  ]);
  return [
    '## Schedule 1 – Data Description',
    '',
    '### Part A – Data the Supplier may receive',
    '',
    ...table(['Data category', 'Data subjects', 'Form', 'Frequency'], dataRows),
    '### Part B – Permitted Purposes',
    '',
    ...PURPOSES.map((purpose, index) => `${index + 1}. ${purpose[0]?.toUpperCase()}${purpose.slice(1)}.`),
    '',
    '## Schedule 2 – Services, Service Levels and Milestones',
    '',
    ...table(['Service Level', 'Measure', 'Target', 'Service Credit'], levelRows),
    ...table(['Milestone', 'Deliverable', 'Payment', 'Due'], priceRows),
    '## Schedule 3 – Impact Assessment and Exit',
    '',
    'The Impact Assessment shall describe the processing and its purposes, assess necessity and proportionality, identify the risks to the rights of the people affected and set out the measures to address them.',
    '',
  ];
}

function signatures(): string[] {
  return [
    '## Signatures',
    '',
    'Signed for and on behalf of **Northbridge Metropolitan Transport Authority**',
    '',
    'Name: ____________________ Title: Director of Network Strategy Date: __________',
    '',
    'Signed for and on behalf of **Kinetica Mobility Analytics Ltd**',
    '',
    'Name: ____________________ Title: Chief Executive Officer Date: __________',
    '',
  ];
}

/** A Markdown contract of about `pages` × WORDS_PER_PAGE words. */
export function generateContract({ pages, seed = 1 }: GenerateOptions): string {
  if (!Number.isInteger(pages) || pages < 1) throw new RangeError(`pages must be a positive integer, got ${pages}`);
  const random = createRandom(seed);
  const writer: Writer = {
    random,
    pick: <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T,
    refs: [],
  };
  const terms = definitions(12 + pages);
  const termNames = terms.map(([term]) => term);
  const target = pages * WORDS_PER_PAGE;

  const head = [...preamble(), ...definitionsClause(terms)];
  const tail = [...schedules(Math.max(2, pages), writer), ...signatures()];
  const fixedWords = countWords(head.join('\n')) + countWords(tail.join('\n'));

  const body: string[] = [];
  let words = fixedWords;
  for (let number = 2; words < target; number++) {
    const clause = operativeClause(number, writer, termNames, target - words);
    body.push(...clause);
    words += countWords(clause.join('\n'));
  }
  return [...head, ...body, ...tail].join('\n');
}
