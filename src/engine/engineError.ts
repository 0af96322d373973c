// Every error the engine throws, by code, with the typed parameters of its message. The engine keeps
// an English sentence as the developer's fallback; the user sees `error.<code>` from the catalogues
// (src/i18n/engineMessages.ts), filled with these parameters by src/excel/localizeError.ts.
//
// Parameter names say how a value is shown in the user's language: `row` and `…Row` are Excel row
// numbers (as they are), `…Day` day serials (the locale's date), `…Share` fractions (a percentage),
// `role` a column role and `granularity` a period length (both named in the catalogue); any other
// number is a quantity (the locale's digits); text is shown as it is.
import type { SalesRole } from './types';
import { CarteraError } from './types';

type Granularity = 'month' | 'quarter' | 'half' | 'year';
/** Where a segment's condition is: 1-based group and condition. */
interface ConditionAt {
  group: number;
  condition: number;
}

export interface EngineErrorParams {
  // reading and cleaning (src/engine/clean, checkAsOf)
  no_client_column: { sheet: string };
  no_date_column: { sheet: string };
  no_amount_column: { sheet: string };
  bad_mapping: { sheet: string; role: SalesRole; columnNumber: number };
  client_list_no_id: { sheet: string };
  mixed_currency: {
    sheet: string;
    row: number;
    column: string;
    currency: string;
    currencyRow: number;
    other: string;
  };
  currency_mismatch: {
    sheet: string;
    row: number;
    column: string;
    mark: string;
    currency: string;
    currencyColumn: string;
    currencyRow: number;
  };
  as_of_too_late: { asOfDay: number; lastSaleDay: number; latestDay: number; years: number };
  no_sales: Record<string, never>;
  no_margin: Record<string, never>;
  /** the engine was given inconsistent arrays (a caller's bug, not the user's data) */
  bad_input: { row?: number };
  // options (classify/analysisOptions, abcClasses, the CLV part)
  bad_option_choice: { option: string; value: string; allowed: string };
  bad_option_positive: { option: string; value: string };
  bad_option_months: { option: string; value: string };
  bad_option_date: { option: string; value: string };
  bad_option_thresholds: { option: string; value: string };
  bad_option_at_least: { option: string; value: string; other: string };
  bad_option_non_negative: { option: string; value: string };
  bad_option_fraction: { option: string; value: string };
  abc_thresholds: { aShare: number; bShare: number };
  clv_bad_option: { option: string };
  clv_failed: { detail: string };
  // metrics, changes
  bad_as_of: Record<string, never>;
  too_many_periods: {
    periods: number;
    max: number;
    firstDay: number;
    asOfDay: number;
    granularity: Granularity;
  };
  compare_after_as_of: { compareDay: number; asOfDay: number };
  // visits and cross-selling
  no_product_line: Record<string, never>;
  unknown_attribute: { attribute: string };
  too_many_groups: { segments: number; lines: number };
  visit_policy_json: Record<string, never>;
  visit_policy_not_table: Record<string, never>;
  visit_policy_unknown_entry: { entry: string };
  visit_policy_bad_number: { entry: string; value: string };
  visit_policy_bad_capacity: { salesperson: string; value: string };
  visit_log_unmapped: { sheet: string; role: 'client' | 'date' | 'salesperson' };
  visit_log_outside: { sheet: string; role: 'client' | 'date' | 'salesperson' };
  // campaign segments: `field` is the field's key (a client-list header, or a computed field's key
  // that the pane names in the user's language)
  segment_json: Record<string, never>;
  segment_no_groups: Record<string, never>;
  segment_group_no_conditions: { group: number };
  segment_not_condition: ConditionAt;
  segment_no_field: ConditionAt;
  segment_unknown_operator: ConditionAt & { op: string };
  segment_needs_value: ConditionAt & { op: string };
  segment_needs_values: ConditionAt;
  segment_needs_range: ConditionAt;
  segment_unknown_field: ConditionAt & { field: string };
  segment_contains_text: ConditionAt & { field: string };
  segment_not_text_op: ConditionAt & { op: string; field: string };
  segment_not_ordered: ConditionAt & { op: string; field: string; value: string };
  segment_not_number: ConditionAt & { field: string; value: string };
  segment_not_date: ConditionAt & { field: string; value: string };
}

export type EngineErrorCode = keyof EngineErrorParams;

/** The CarteraError of `code`: its parameters typed by code, `message` the English fallback. */
export function engineError<C extends EngineErrorCode>(
  code: C,
  params: EngineErrorParams[C],
  message: string,
): CarteraError {
  return new CarteraError(code, message, { ...params });
}
