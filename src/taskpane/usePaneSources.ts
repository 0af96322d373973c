// Opening ranges, and the pane's start: the workbook's tables and what the pane remembers for it.
import * as React from 'react';
import { parseSegmentDefinition, type SegmentDefinition } from '../engine/segments';
import type { SalesMapping } from '../engine/types';
import { parseVisitPolicy, type VisitPolicy } from '../engine/visits';
import { sourceChange, type PaneController, type PaneSettings, type RangeSource, type SalesSource } from './controller';
import type { ChosenRange } from './DataStep';
import { paneOptionsOf } from './paneOptions';
import type { PaneAction } from './paneReducer';
import type { SourceState } from './paneState';
import { mappingFits } from './mappingFits';

/** The ranges a pane starts with (the sample's sales, client list and visits log). */
export interface InitialSources {
  sales: RangeSource;
  clients?: RangeSource | null;
  visits?: RangeSource | null;
}

export interface SourceOpeners {
  openSales(source: RangeSource, mapping?: SalesMapping): Promise<SourceState<string>>;
  openClients(source: RangeSource, mapping?: Partial<Record<string, number>>): Promise<SourceState<string>>;
  openRange(source: RangeSource): Promise<ChosenRange>;
  /** a file as the sales (issue #20): its header and first rows, the suggested mapping */
  openSalesFile(file: File): Promise<SourceState<string, SalesSource>>;
}

/**
 * The openers of the three ranges (a selection becomes its address; a stored mapping is kept only if
 * it still fits), and on start: the tables, the stored settings, the remembered or starting ranges.
 */
export function usePaneSources(
  controller: PaneController,
  initialSources: InitialSources | undefined,
  dispatch: React.Dispatch<PaneAction>,
): SourceOpeners {
  const startSources = React.useRef(initialSources);
  const openers = React.useMemo<SourceOpeners>(() => {
    const stable = (source: RangeSource, address: string): RangeSource =>
      source.kind === 'selection' ? { kind: 'address', address } : source;
    return {
      async openSales(source, mapping) {
        const info = await controller.open(source);
        const suggestion = controller.suggestSales(info);
        const chosen = mapping && mappingFits(mapping, info.columns) ? mapping : suggestion.mapping;
        return { source: stable(source, info.address), info, suggestion, mapping: { ...chosen } };
      },
      async openClients(source, mapping) {
        const info = await controller.open(source);
        const suggestion = controller.suggestClients(info);
        const chosen = mapping && mappingFits(mapping, info.columns) ? mapping : suggestion.mapping;
        return { source: stable(source, info.address), info, suggestion, mapping: { ...chosen } };
      },
      async openRange(source) {
        const info = await controller.open(source);
        return { source: stable(source, info.address), info };
      },
      async openSalesFile(file) {
        if (!controller.openFile) throw new Error('no file reader');
        const info = await controller.openFile(file);
        const suggestion = controller.suggestSales(info);
        return { source: { kind: 'file', file, info }, info, suggestion, mapping: { ...suggestion.mapping } };
      },
    };
  }, [controller]);

  React.useEffect(() => {
    let live = true;
    const { openSales, openClients, openRange } = openers;
    void (async () => {
      const [list, settings, last] = await Promise.all([
        controller.listTables().catch(() => []),
        controller.loadSettings().catch(() => null),
        controller.lastRun ? controller.lastRun().catch(() => null) : null,
      ]);
      if (!live) return;
      dispatch({ type: 'tables', tables: list });
      dispatch({ type: 'lastRun', lastRun: last });
      const initial = startSources.current;
      if (!settings && !initial) {
        dispatch({ type: 'firstRun' });
        return;
      }
      const start: PaneSettings = settings ?? { ...initial };
      if (settings) {
        dispatch({
          type: 'settingsLoaded',
          options: paneOptionsOf(settings.options, settings.outputs),
          segments: storedSegments(settings.segments),
          visitPolicy: storedPolicy(settings.visitPolicy),
        });
      }
      // A remembered range that is gone (sheet deleted, table renamed) is simply not pre-filled.
      if (start.sales) {
        let s = await openSales(start.sales, start.salesMapping).catch(() => null);
        // Headers changed since the last run: the stored mapping may point at other columns.
        if (s && sourceChange(s.info, last?.sales).headersChanged) {
          s = { ...s, mapping: { ...s.suggestion.mapping } };
          dispatch({ type: 'confirmColumns', value: true });
        }
        if (live && s) dispatch({ type: 'restored', which: 'sales', value: s });
      }
      if (start.clients) {
        let c = await openClients(start.clients, start.clientMapping).catch(() => null);
        if (c && sourceChange(c.info, last?.clients).headersChanged) {
          c = { ...c, mapping: { ...c.suggestion.mapping } };
          dispatch({ type: 'confirmColumns', value: true });
        }
        if (live && c) dispatch({ type: 'restored', which: 'clients', value: c });
      }
      if (start.visits) {
        const v = await openRange(start.visits).catch(() => null);
        if (live && v) dispatch({ type: 'restored', which: 'visits', value: v });
      }
    })();
    return () => {
      live = false;
    };
  }, [controller, openers, dispatch]);

  return openers;
}

function storedSegments(list: unknown[] | undefined): SegmentDefinition[] {
  const out: SegmentDefinition[] = [];
  for (const item of list ?? []) {
    try {
      out.push(parseSegmentDefinition(item));
    } catch {
      // a damaged stored segment is skipped, the others stay usable
    }
  }
  return out;
}

/** The stored policy, or the default when there is none or it cannot be read. */
function storedPolicy(stored: unknown): VisitPolicy {
  try {
    return parseVisitPolicy(stored ?? undefined);
  } catch {
    return parseVisitPolicy();
  }
}
