// The pane's pure parts: options ↔ engine options, stage bars, required roles, outputs, segment drafts,
// and the catalogues.
import { dayFromYmd } from '../../src/engine/dates';
import { segmentFields } from '../../src/engine/segments';
import type { ClientsData } from '../../src/engine/types';
import { hasMessage, LOCALES } from '../../src/i18n';
import { paneMessages } from '../../src/taskpane/messages';
import {
  analysisOptionsOf,
  defaultPaneOptions,
  optionProblems,
  paneOptionsOf,
} from '../../src/taskpane/paneOptions';
import { missingClientRoles, missingSalesRoles } from '../../src/engine/clean/requiredRoles';
import { mappingFits } from '../../src/taskpane/mappingFits';
import { definitionOf, draftOf, emptyCondition, conditionState, opsFor } from '../../src/taskpane/segmentDraft';
import { selectOutputs } from '../../src/report/selectOutputs';
import { NO_PROGRESS, stageProgress } from '../../src/taskpane/stageProgress';
import type { Report } from '../../src/report/types';

describe('paneOptions', () => {
  test('defaults map to the SPEC defaults (as-of = last sale, ABC 80/95 % by value on 12 months)', () => {
    expect(analysisOptionsOf(defaultPaneOptions)).toEqual({
      asOf: null,
      abcBasis: 'revenue',
      abcWindow: 'trailing12',
      abcMode: 'value',
      abcA: 0.8,
      abcB: 0.95,
      newDays: 90,
      lostDays: 365,
      period: 'month',
      horizonMonths: 12,
      discountRate: 0.1,
      marginRate: null,
    });
  });

  test('CLV options: horizon, discount and the margin assumed without a margin or cost column (SPEC §7)', () => {
    const mine = { ...defaultPaneOptions, horizonMonths: 24, discountRate: 8, assumedMargin: 35 };
    expect(analysisOptionsOf(mine)).toMatchObject({ horizonMonths: 24, discountRate: 0.08, marginRate: 0.35 });
    // with a margin or cost column the data's margin is used, never the assumed one
    expect(analysisOptionsOf(mine, true).marginRate).toBeNull();
    expect(paneOptionsOf(analysisOptionsOf(mine))).toMatchObject({ horizonMonths: 24, discountRate: 8, assumedMargin: 35 });
    expect(optionProblems({ ...defaultPaneOptions, horizonMonths: 0, discountRate: 0, assumedMargin: 120 })).toEqual({
      horizonMonths: 'pane.options.bad.horizon',
      discountRate: 'pane.options.bad.discount',
      assumedMargin: 'pane.options.bad.margin',
    });
    expect(optionProblems({ ...defaultPaneOptions, horizonMonths: 6.5 })).toEqual({ horizonMonths: 'pane.options.bad.horizon' });
  });

  test('count mode writes the count thresholds; a date becomes a day serial', () => {
    const o = analysisOptionsOf({ ...defaultPaneOptions, asOf: '2025-06-30', abcMode: 'count', abcA: 20, abcB: 50 });
    expect(o.asOf).toBe(dayFromYmd(2025, 6, 30));
    expect(o.abcCountA).toBe(0.2);
    expect(o.abcCountB).toBe(0.5);
    expect(o.abcA).toBeUndefined();
  });

  test('round trip through the stored engine options', () => {
    const mine = { ...defaultPaneOptions, asOf: '2024-12-31', abcA: 70, abcB: 90, newDays: 60, lostDays: 400, period: 'quarter' as const };
    const back = paneOptionsOf(analysisOptionsOf(mine), { columns: false, sheets: true, charts: false });
    expect(back).toEqual({ ...mine, outputs: { columns: false, sheets: true, charts: false } });
  });

  test('odd stored values fall back to the defaults', () => {
    const back = paneOptionsOf({ abcBasis: 'profit' as never, abcA: 7, newDays: -3, period: 'week' as never, asOf: 12.5 });
    expect(back).toEqual(defaultPaneOptions);
  });

  test('problems name the field: bad date, percent out of range, B below A, days not whole', () => {
    expect(optionProblems(defaultPaneOptions)).toEqual({});
    expect(optionProblems({ ...defaultPaneOptions, asOf: '2025-02-30' })).toEqual({ asOf: 'pane.options.bad.asOf' });
    expect(optionProblems({ ...defaultPaneOptions, abcA: 0, abcB: 120 })).toEqual({
      abcA: 'pane.options.bad.percent',
      abcB: 'pane.options.bad.percent',
    });
    expect(optionProblems({ ...defaultPaneOptions, abcA: 90, abcB: 80 })).toEqual({ abcB: 'pane.options.bad.abcOrder' });
    expect(optionProblems({ ...defaultPaneOptions, newDays: 1.5, lostDays: NaN })).toEqual({
      newDays: 'pane.options.bad.days',
      lostDays: 'pane.options.bad.days',
    });
  });
});

describe('stageProgress', () => {
  test('a later stage fills the earlier ones; a stage never goes back', () => {
    let p = stageProgress(NO_PROGRESS, { stage: 'read', stageFraction: 0.5, fraction: 0.2 });
    expect(p).toEqual({ read: 0.5, clean: 0, analyse: 0, write: 0 });
    p = stageProgress(p, { stage: 'read', stageFraction: 0.25, fraction: 0.1 });
    expect(p.read).toBe(0.5);
    p = stageProgress(p, { stage: 'analyse', stageFraction: 0, fraction: 0.5 });
    expect(p).toEqual({ read: 1, clean: 1, analyse: 0, write: 0 });
    p = stageProgress(p, { stage: 'write', stageFraction: 2, fraction: 1 });
    expect(p).toEqual({ read: 1, clean: 1, analyse: 1, write: 1 });
  });
});

describe('required roles', () => {
  test('sales need client, date and an amount or quantity × price', () => {
    expect(missingSalesRoles({})).toEqual(['client', 'date', 'amount']);
    expect(missingSalesRoles({ client: 0, date: 1, amount: 2 })).toEqual([]);
    expect(missingSalesRoles({ client: 0, date: 1, quantity: 2, price: 3 })).toEqual([]);
    expect(missingSalesRoles({ client: 0, date: 1, quantity: 2 })).toEqual(['price']);
    expect(missingSalesRoles({ client: 0, price: 3 })).toEqual(['date', 'quantity']);
    expect(missingClientRoles({ name: 1 })).toEqual(['client']);
  });

  test('a stored mapping fits only a range wide enough', () => {
    expect(mappingFits({ client: 0, amount: 4 }, 5)).toBe(true);
    expect(mappingFits({ client: 0, amount: 5 }, 5)).toBe(false);
    expect(mappingFits({ client: 1.5 }, 5)).toBe(false);
    expect(mappingFits(undefined, 5)).toBe(false);
  });
});

describe('selectOutputs', () => {
  const sheet = (key: string) => ({ key, title: key, heading: key, blocks: [], charts: [{ key: 'c' } as never] });
  const report: Report = {
    sheets: ['summary', 'clients', 'abc', 'rfm', 'quality'].map(sheet),
    clientColumns: { columns: [], rows: [] },
  };
  test('everything by default', () => {
    expect(selectOutputs(report, { columns: true, sheets: true, charts: true })).toEqual(report);
  });
  test('without sheets, charts and columns: Clients and Data quality only, no charts, no columns', () => {
    const r = selectOutputs(report, { columns: false, sheets: false, charts: false });
    expect(r.sheets.map((s) => s.key)).toEqual(['clients', 'quality']);
    expect(r.sheets.every((s) => s.charts.length === 0)).toBe(true);
    expect(r.clientColumns).toBeUndefined();
  });
});

describe('segment drafts', () => {
  const clients: ClientsData = {
    ids: ['1', '2', '3'],
    inList: new Uint8Array([1, 1, 1]),
    listRow: new Int32Array([2, 3, 4]),
    attributes: {
      Zona: { kind: 'text', codes: new Int32Array([0, 1, -1]), labels: ['Norte', 'Sur'] },
      Potencial: { kind: 'number', values: new Float64Array([10, NaN, 30]) },
    },
    roles: { region: 'Zona', potential: 'Potencial' },
    special: null,
  };
  const fields = segmentFields({ clients, asOf: dayFromYmd(2025, 1, 1) });

  test('operators follow the kind of field', () => {
    expect(opsFor('text')).toEqual(['equals', 'in', 'contains', 'isEmpty', 'notEmpty']);
    expect(opsFor('number')).toEqual(['equals', 'gt', 'gte', 'lt', 'lte', 'between', 'isEmpty', 'notEmpty']);
  });

  test('incomplete conditions are left out; an unreadable number is reported', () => {
    const byKey = new Map(fields.info.map((f) => [f.key, f]));
    expect(conditionState(emptyCondition(), undefined)).toEqual({ kind: 'incomplete' });
    expect(conditionState({ ...emptyCondition('Potencial', 'equals'), value: 'diez' }, byKey.get('Potencial'))).toEqual({
      kind: 'invalid',
      messageKey: 'pane.segment.bad.number',
    });
    const draft = {
      name: ' Norte ',
      groups: [
        { id: 1, conditions: [{ ...emptyCondition('Zona', 'equals'), value: 'Norte' }, emptyCondition('Potencial', 'between')] },
        { id: 2, conditions: [emptyCondition()] },
        { id: 3, conditions: [{ ...emptyCondition('Potencial', 'between'), from: '', to: '20' }] },
      ],
    };
    expect(definitionOf(draft, byKey)).toEqual({
      version: 1,
      name: 'Norte',
      groups: [
        { conditions: [{ field: 'Zona', op: 'equals', value: 'Norte' }] },
        { conditions: [{ field: 'Potencial', op: 'between', values: [null, '20'] }] },
      ],
    });
  });

  test('a saved definition comes back into the builder unchanged', () => {
    const byKey = new Map(fields.info.map((f) => [f.key, f]));
    const def = {
      version: 1 as const,
      name: 'X',
      groups: [
        {
          conditions: [
            { field: 'Zona', op: 'in' as const, values: ['Norte', 'Sur'] },
            { field: 'Potencial', op: 'between' as const, values: [5, null] },
            { field: 'Zona', op: 'isEmpty' as const },
          ],
        },
      ],
    };
    expect(definitionOf(draftOf(def), byKey)).toEqual({
      ...def,
      groups: [{ conditions: [def.groups[0].conditions[0], { field: 'Potencial', op: 'between', values: ['5', null] }, def.groups[0].conditions[2]] }],
    });
  });
});

describe('messages', () => {
  test('every pane key exists in Spanish, Portuguese and English', () => {
    const keys = new Set([...Object.keys(paneMessages.es), ...Object.keys(paneMessages.pt), ...Object.keys(paneMessages.en)]);
    const missing = [...keys].flatMap((k) => LOCALES.filter((l) => !hasMessage(l, k)).map((l) => `${l}:${k}`));
    expect(missing).toEqual([]);
  });

  test('the placeholders of a key are the same in every language', () => {
    const params = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort().join(',');
    const differ = (Object.keys(paneMessages.es) as (keyof typeof paneMessages.es)[]).filter(
      (k) => params(paneMessages.es[k]) !== params(paneMessages.pt[k]) || params(paneMessages.es[k]) !== params(paneMessages.en[k]),
    );
    expect(differ).toEqual([]);
  });
});

describe("the pane's failure line", () => {
  test('an engine error that crossed the worker in English is shown in the user language, by its code', async () => {
    const { errorMessage } = await import('../../src/taskpane/TaskpaneApp');
    const { CarteraError } = await import('../../src/engine/types');
    const error = new CarteraError('no_date_column', 'The sales range on sheet "Ventas" has no date column.', { sheet: 'Ventas' });
    expect(errorMessage('es', error)).toBe(
      'El rango de ventas de la hoja «Ventas» no tiene columna de fecha: asigne una de sus columnas a «Fecha».',
    );
    expect(errorMessage('pt-BR', error)).toMatch(/^O intervalo de vendas da planilha "Ventas" não tem coluna de data/);
    // an error the pane already worded stays as it is
    expect(errorMessage('es', new CarteraError('cancelled_by_host', 'Texto del panel.'))).toBe('Texto del panel.');
  });
});
