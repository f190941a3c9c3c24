/**
 * `clauselint:recommended`: the safeguards S1–S8 that the UN B-Tech / GNI post (Dec 2021) asks
 * State-business data partnerships to write down, and the contract-hygiene rules that stay quiet
 * on real contracts. Applied when a project has no config at all.
 */
import type { ConfigObject } from '../../src/config/types.js';

const recommended: ConfigObject = {
  rules: {
    // S1: without a list of the data each party may access, no other limit can be checked (B-Tech/GNI rec. 1).
    'data-access-list': 'error',
    // S2: purpose and processing limits keep data from drifting to surveillance uses (B-Tech/GNI rec. 2, GDPR Art. 28(3)(a)).
    'processing-limits': 'error',
    // S3: human rights impact assessment across the life cycle, not once at signing (B-Tech/GNI rec. 3, UNGP 17).
    'impact-assessment': 'error',
    // S4: publication and disclosure terms let the public scrutinise the partnership (B-Tech/GNI rec. 4).
    transparency: 'error',
    // S5: no direct access for authorities and binding, notified, challenged requests only (B-Tech/GNI "direct access", SCC Clause 15).
    'government-access': 'error',
    // S6: data deleted or returned at the end and no open-ended term, so it does not outlive the public purpose (GDPR Arts. 5(1)(e), 28(3)(g)).
    'retention-deletion': 'error',
    // S7: audit and inspection rights and independent oversight let the public body verify every other safeguard (UNGP 5, GDPR Art. 28(3)(h)).
    'oversight-audit': 'error',
    // S8: people affected need a route to remedy of their own, not only the parties' dispute resolution (UNGP 22, 29, 31).
    'remedy-grievance': 'error',
    // Hygiene: a capitalised term nobody defined leaves the limit it carries open to argument; conservative, 1 finding on the corpus.
    'undefined-term': 'warn',
    // Hygiene: a definition nothing uses is dead text or the trace of a deleted obligation.
    'unused-definition': 'warn',
    // Hygiene: a reference to a clause or schedule that does not exist empties the duty that rests on it (error in strict).
    'broken-cross-reference': 'warn',
    // Hygiene: a signed "[insert purposes]" or "____ years" is no term at all; signature-block blanks are not reported.
    'placeholder-text': 'warn',
  },
};

export default recommended;
