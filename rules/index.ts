/**
 * The built-in rules, in safeguard order. The public API hands this list to the engine exactly
 * as it hands it a plugin's rules.
 */
import type { Rule } from '../src/engine/rule.js';
import brokenCrossReference from './broken-cross-reference.js';
import dataAccessList from './data-access-list.js';
import governmentAccess from './government-access.js';
import impactAssessment from './impact-assessment.js';
import onwardTransfer from './onward-transfer.js';
import oversightAudit from './oversight-audit.js';
import placeholderText from './placeholder-text.js';
import processingLimits from './processing-limits.js';
import remedyGrievance from './remedy-grievance.js';
import retentionDeletion from './retention-deletion.js';
import securityMeasures from './security-measures.js';
import stakeholderConsultation from './stakeholder-consultation.js';
import transparency from './transparency.js';
import undefinedTerm from './undefined-term.js';
import unusedDefinition from './unused-definition.js';
import vagueLanguage from './vague-language.js';

export const builtinRules: Rule[] = [dataAccessList, processingLimits, impactAssessment, transparency, governmentAccess, retentionDeletion, oversightAudit, remedyGrievance, stakeholderConsultation, securityMeasures, onwardTransfer] as Rule[];

// Drafting and consistency rules (contract hygiene), after the safeguards.
builtinRules.push(...([undefinedTerm, unusedDefinition, brokenCrossReference, placeholderText, vagueLanguage] as Rule[]));
