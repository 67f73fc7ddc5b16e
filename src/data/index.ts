export type * from './types.js';
export type { DataIssue, IssueCode, IssueParams } from './issues.js';
export { issueMessage } from './issues.js';
export { validate, METRICS, YEAR_RANGE, safeUrl } from './validate.js';
export type { ValidateOptions, ValidationResult } from './validate.js';
export { parseCsv, toCsv, CSV_COLUMNS } from './csv.js';
export { parseIsoDate, dateToTime } from './dates.js';
export { dataset } from './dataset.js';
