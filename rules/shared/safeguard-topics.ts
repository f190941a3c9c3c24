/**
 * Where a document deals with the safeguards S1–S11: section headings about data, processing,
 * purposes, impact assessment, transparency, government access, retention, audit, remedy,
 * consultation, security and onward transfer, and sentences whose object is personal data or
 * the people it is about. Read by the drafting rules (vague-language) to tell a safeguard clause
 * from the commercial terms around it; one precompiled regex per test.
 *
 * Deliberately left out: headings that also name commercial terms ("Remedies" between the
 * parties, "Assignment", "Change of Control", "Governance", "Monitoring" of service levels,
 * "Confidentiality" of business information).
 */

/** Headings of safeguard sections, S1–S11. */
export const SAFEGUARD_HEADING = new RegExp(
  [
    // S1, S2: data, processing, purposes
    String.raw`data\s+protection|personal\s+(?:data|information)|privacy|(?:processing|use|sharing|disclosure)\s+of\s+(?:the\s+)?(?:personal\s+)?(?:data|information)|data\s+(?:processing|sharing|use|access|handling|minimi[sz]ation|subjects?|categories|description|schedule|transfers?)|description\s+of\s+(?:the\s+)?(?:processing|transfers?)|details\s+of\s+(?:the\s+)?processing|categories\s+of\s+(?:personal\s+)?data|purpose\s+limitation|permitted\s+(?:purposes?|uses?)|prohibited\s+uses?|restrictions?\s+on\s+(?:use|processing)|processing\s+instructions|controller|processor`,
    // S3: impact assessment
    String.raw`impact\s+assessments?|DPIAs?|HRIAs?|FRIAs?|human\s+rights|due\s+diligence`,
    // S4: transparency
    String.raw`transparency|(?<!open[-\s]source\s)publication|freedom\s+of\s+information|FOIA?|public\s+records|open\s+contracting`,
    // S5: government access
    String.raw`government(?:al)?\s+access|public\s+authorit(?:y|ies)|law\s+enforcement|legally\s+binding\s+requests?|(?:disclosure|government(?:al)?|third[- ]party)\s+requests?|compelled\s+disclosures?|required\s+disclosures?`,
    // S6: retention, deletion, return, exit
    String.raw`retention|deletion|destruction|erasure|disposal|return\s+(?:or|and)\s+(?:destruction|deletion)|return\s+of\s+(?:the\s+)?(?:data|information|materials?|records)|exit\s+(?:management|plan|assistance)|sunset`,
    // S7: oversight and audit
    String.raw`audits?|inspections?|oversight|supervisory\s+authority|records\s+of\s+processing|accountability`,
    // S8: remedy and grievance for affected people
    String.raw`grievance|complaints?|redress|data\s+subject\s+rights|rights\s+of\s+data\s+subjects`,
    // S9: consultation
    String.raw`stakeholder|consultation|civil[-\s]society|community\s+(?:engagement|involvement|participation)`,
    // S10: security
    String.raw`security|technical\s+(?:and|&)\s+organi[sz]ational\s+measures|TOMs|encryption|(?:personal\s+)?data\s+breach(?:es)?|(?:security\s+)?incidents?\s+(?:notification|response|management)|breach\s+notification`,
    // S11: onward transfer
    String.raw`sub[-\s]?processors?|sub[-\s]?processing|onward\s+transfers?|international\s+(?:data\s+)?transfers?|transfers?\s+(?:of\s+personal\s+data|outside|to\s+third\s+countries)|restricted\s+transfers?|cross[-\s]border`,
  ]
    .map((part) => `(?:${part})`)
    .join('|')
    .replace(/^/, String.raw`\b(?:`)
    .concat(String.raw`)\b`),
  'i',
);

/** A sentence about personal data or the people it concerns, wherever it sits. */
export const PERSONAL_DATA =
  /\b(?:personal\s+(?:data|information)|data\s+subjects?|protected\s+health\s+information|PHI|PII|personally\s+identifiable|special\s+categor(?:y|ies)\s+of\s+(?:personal\s+)?data|sensitive\s+(?:personal\s+)?data|biometric|geolocation|location\s+data|health\s+(?:data|records|information)|education(?:al)?\s+records|student\s+(?:data|records))\b/i;
