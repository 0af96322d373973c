// Types shared by the pane's steps.
import type { MappingSuggestion } from '../engine/clean';
import type { RangeSource, SourceInfo } from './controller';

/**
 * A chosen range: where it is (an address or a table, never "the selection", which moves), what was
 * found, the mapping. The sales may also be a file (`S` = SalesSource, issue #20).
 */
export interface SourceState<R extends string, S = RangeSource> {
  source: S;
  info: SourceInfo;
  suggestion: MappingSuggestion<R>;
  mapping: Partial<Record<R, number>>;
}

export type Notice = { intent: 'success' | 'info' | 'warning' | 'error'; text: string } | null;
