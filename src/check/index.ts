/**
 * `jakarta-global-widgets/check`: the data checker (used by the CLI and the
 * editor page). See check.ts.
 */
export { checkText, checkValue, exitCode, summarize, slug, TEXT_CODES } from './check.js';
export type { CheckResult, Params, Problem, ProblemCode, Section, Severity } from './check.js';
export { formatProblem, itemLabel, problemText } from './messages.js';
export { findSyntaxError, type SyntaxPosition } from '../core/json-syntax.js';
export { decodeUtf8 } from '../core/encoding.js';
export { CSV_COLUMNS, CSV_SEPARATOR, formatCsvProblem, fromCsv, parseCsv, toCsv } from './csv.js';
export type { CsvImport, CsvKind, CsvProblem } from './csv.js';
export { diffDatasets, formatChange, stableJson, type Change } from './stable.js';
export { FIELD_ORDER } from './check.js';
