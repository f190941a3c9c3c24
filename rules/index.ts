/**
 * The built-in rules, in safeguard order. The public API hands this list to the engine exactly
 * as it hands it a plugin's rules.
 */
import type { Rule } from '../src/engine/rule.js';
import dataAccessList from './data-access-list.js';
import impactAssessment from './impact-assessment.js';
import oversightAudit from './oversight-audit.js';
import processingLimits from './processing-limits.js';
import remedyGrievance from './remedy-grievance.js';
import transparency from './transparency.js';

export const builtinRules: Rule[] = [dataAccessList, processingLimits, impactAssessment, transparency, oversightAudit, remedyGrievance] as Rule[];
