export type * from './types.js';
export type { DataIssue, IssueCode, IssueParams } from './issues.js';
export { issueMessage } from './validate.js';
export { validate, METRICS, YEAR_RANGE, safeUrl } from './validate.js';
export type { ValidateOptions, ValidationResult, RecordRules } from './validate.js';
export { recordRules, runningTotalFalls, runningTotalFamily, validateEvents, EVENT_STATUSES, defineRuleMessages } from './rules.js';
export type { RunningTotalFall, EventValidationResult } from './rules.js';
import { defineRuleMessages } from './rules.js';

// The package's data entry explains every code, the rules' included.
defineRuleMessages();
export { parseCsv, toCsv, CSV_COLUMNS } from './csv.js';
export { parseIsoDate, dateToTime } from './dates.js';
export { dataset } from './dataset.js';
