// Issue #16: the Spanish and Portuguese workbooks, panes and CLI lines contain no English sentence.
// A whole run on the simulated host (the sample workbook with a visits log, changes, CLV and quality
// issues deliberately triggered; and a small workbook whose parts fail) in 'es' and in 'pt': every
// string the run wrote — cells of every sheet, sheet names, chart titles, axis titles, series names,
// hyperlink texts, PivotTable and slicer captions — is searched for a list of English words. Then
// every catalogue message, every engine error code and every quality detail rendered with sample
// parameters, and the CLI's lines with --lang es/pt.
//
// Not searched, by decision: what comes from the user's data (any cell text of the input sheets:
// client ids and names, products, salespeople, headers), identifiers (table, chart, PivotTable
// names, which Excel shows only in the Name box, and the metric-id column of the metrics data
// table, kept for formulas), number formats, settings and custom properties (never shown).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { main } from '../../src/cli/main';
import { dayFromIso } from '../../src/engine/dates';
import type { EngineErrorCode, EngineErrorParams } from '../../src/engine/engineError';
import type { FullAnalysis } from '../../src/engine/pipeline';
import { localEngine } from '../../src/excel/localEngine';
import type { Cell, QualityDetail, RejectReason } from '../../src/engine/types';
import { runAnalysis, type RunAnalysisInput } from '../../src/excel/runAnalysis';
import type { ExcelRun } from '../../src/excel/types';
import { createWorkbook, type SimWorkbook } from '../../src/host';
import { hasMessage, t, type Locale, type MessageKey } from '../../src/i18n';
import { errorText } from '../../src/i18n/errorText';
import { localParams } from '../../src/i18n/localParams';
import { fullReport } from '../../src/report/fullReport';
import { loadSampleWorkbook } from '../../src/sample/loadSampleWorkbook';
// every catalogue the add-in, the playground and the CLI register
import '../../src/taskpane/messages';
import '../../src/taskpane/visitsMessages';
import '../../src/taskpane/refreshMessages';
import '../../src/taskpane/validationMessages';
import '../../src/playground/messages';
import '../../src/cli/cliMessages';
import '../../src/files/fileMessages';
import '../../src/excel/writeMessages';
import '../../src/excel/removeMessages';
import '../../src/report/historyMessages';
import '../../src/report/pivotSheet';
import '../../src/report/backtestSheet';
import '../../src/report/sheetLinks';

jest.setTimeout(300_000);

/**
 * English words that are not Spanish or Portuguese words (so not "a", "no", "de", "total", "plan",
 * "data" — a date in Portuguese —, "for", "as", "do", "has", "sale", "error", "email", "top", "ranking").
 */
// prettier-ignore
const ENGLISH_WORDS = [
  'the', 'and', 'of', 'with', 'without', 'is', 'are', 'was', 'were', 'be', 'been', 'not', 'could', 'cannot',
  'should', 'must', 'will', 'would', 'this', 'that', 'these', 'which', 'there', 'their', 'its', 'from', 'by',
  'or', 'to', 'in', 'on', 'at', 'after', 'before', 'only', 'first', 'last', 'none', 'any', 'every', 'each',
  'row', 'rows', 'column', 'columns', 'sheet', 'sheets', 'table', 'chart', 'range', 'cell', 'cells', 'file',
  'client', 'clients', 'customer', 'customers', 'sales', 'revenue', 'amount', 'price', 'quantity', 'product',
  'products', 'salesperson', 'visit', 'visits', 'date', 'dates', 'value', 'values', 'period', 'periods',
  'month', 'months', 'year', 'years', 'week', 'weeks', 'day', 'days', 'share', 'growth', 'retention',
  'missing', 'invalid', 'blank', 'unassigned', 'unknown', 'computed', 'analysed', 'analyzed', 'lifetime',
  'new', 'lost', 'active', 'inactive', 'risk', 'please', 'choose', 'select', 'click', 'cancel', 'wrote',
  'written', 'reading', 'writing', 'saving', 'analysing', 'analyzing', 'used', 'rejected', 'set', 'aside',
];
const ENGLISH = new RegExp(`(?<![\\p{L}\\p{N}_])(${ENGLISH_WORDS.join('|')})(?![\\p{L}\\p{N}_])`, 'iu');

/**
 * The first English word of `text`, or null. Literals are not words: `{placeholders}` of a catalogue
 * message, command-line syntax (`--sales`, `amount=HEADER`) and identifiers in quotes (an option's
 * name and its allowed values, «period» = «x»: use one of «month, quarter»).
 */
function englishWord(text: string): string | null {
  const words = text
    .replace(/\{\w+\}/g, ' ')
    .replace(/--[\w-]+/g, ' ')
    .replace(/\b\w+=\S*/g, ' ')
    .replace(/[«"“]([A-Za-z][\w./-]*(?:, [A-Za-z][\w./-]*)*)[»"”]/g, ' ');
  const m = ENGLISH.exec(words);
  return m ? m[1] : null;
}

const LANGUAGES: Locale[] = ['es', 'pt-BR', 'pt-PT'];

interface Found {
  where: string;
  text: string;
}

/** Every string shown in the workbook, except the user's own text (`data`) and identifiers (`ids`). */
function writtenStrings(wb: SimWorkbook, data: Set<string>, ids: Set<string>): Found[] {
  const out: Found[] = [];
  const add = (where: string, text: unknown) => {
    if (typeof text !== 'string' || text.trim() === '' || data.has(text.trim()) || ids.has(text)) return;
    out.push({ where, text });
  };
  for (const sheet of wb.sheets()) {
    add(`sheet name`, sheet.name);
    const rows = wb.values(sheet.name) as Cell[][];
    rows.forEach((row, r) => row.forEach((v, c) => add(`${sheet.name}!R${r + 1}C${c + 1}`, v)));
    for (const h of wb.hyperlinks(sheet.name)) {
      add(`${sheet.name}!${h.cell} link`, h.textToDisplay);
      add(`${sheet.name}!${h.cell} tip`, h.screenTip);
    }
  }
  for (const chart of wb.charts()) {
    const at = `chart ${chart.sheet}/${chart.name}`;
    add(`${at} title`, chart.title);
    add(`${at} category axis`, chart.axes.category.title);
    add(`${at} value axis`, chart.axes.value.title);
    add(`${at} secondary axis`, chart.axes.secondaryValue.title);
    for (const s of chart.series) add(`${at} series`, s.name);
  }
  for (const pivot of wb.pivotTables()) for (const d of pivot.data) add(`pivot ${pivot.name}`, d.name);
  for (const slicer of wb.slicers()) add(`slicer ${slicer.name}`, slicer.caption);
  return out;
}

function englishOf(found: Found[]): string[] {
  return found.flatMap((f) => {
    const word = englishWord(f.text);
    return word ? [`${f.where}: «${word}» in ${JSON.stringify(f.text.slice(0, 160))}`] : [];
  });
}

/** Every text cell of the user's sheets, as the run found them. */
function dataStrings(wb: SimWorkbook): Set<string> {
  const out = new Set<string>();
  for (const sheet of wb.sheets())
    for (const row of wb.values(sheet.name) as Cell[][])
      for (const v of row) if (typeof v === 'string') out.add(v.trim());
  return out;
}

const runOf = (wb: SimWorkbook): ExcelRun => wb.run.bind(wb) as ExcelRun;

async function run(wb: SimWorkbook, input: RunAnalysisInput): Promise<FullAnalysis> {
  const result = await runAnalysis(runOf(wb), { ...input, engine: localEngine(), buildReport: fullReport });
  return result.analysis;
}

/**
 * The sample workbook with its visits log, and more quality issues than it has: an amount of 10^15
 * (rejected), text amounts in both decimal forms and one that reads both ways, a client-list date
 * that is not a date.
 */
async function sampleRun(locale: Locale): Promise<{ wb: SimWorkbook; a: FullAnalysis; data: Set<string> }> {
  const wb = createWorkbook({
    sheets: [] as string[],
    limits: { maxResponseBytes: 1e9, maxCellsPerRead: 1e8 } as never,
  });
  const sample = loadSampleWorkbook(wb);
  const sales = wb.values('Ventas') as Cell[][];
  const amount = sales[0].indexOf('Importe');
  wb.setCells('Ventas', [10, amount], [['1000000000000000']]);
  wb.setCells('Ventas', [11, amount], [['12.5']]);
  wb.setCells('Ventas', [12, amount], [['7,25']]);
  wb.setCells('Ventas', [13, amount], [['1.234']]);
  const clients = wb.values('Clientes') as Cell[][];
  wb.setCells('Clientes', [5, clients[0].indexOf('Fecha primer contacto')], [['pronto']]);
  const data = dataStrings(wb);
  // twice, as the monthly routine does: the second run updates the outputs and the run history
  const runInput = (asOf: string): RunAnalysisInput => ({
    sales: { kind: 'address', address: `Ventas!A1:L${sales.length}` },
    clients: { kind: 'address', address: 'Clientes!A:Q' },
    visits: { kind: 'address', address: 'Visitas!A:C' },
    locale,
    options: { asOf: dayFromIso(asOf) },
    history: true,
  });
  await run(wb, runInput('2026-06-30'));
  const a = await run(wb, runInput(sample.asOf));
  return { wb, a, data };
}

/**
 * A small workbook without product lines, compared at a date after the as-of date, with a discount
 * rate the CLV model refuses: three parts fail, each said in the user's words.
 */
async function failingRun(locale: Locale): Promise<{ wb: SimWorkbook; a: FullAnalysis; data: Set<string> }> {
  const wb = createWorkbook({ sheets: ['Ventas'] });
  const rows: (string | number)[][] = [['Cliente', 'Fecha', 'Importe']];
  for (let i = 0; i < 40; i++) rows.push([`K${i % 7}`, dayFromIso('2024-01-05') + i * 9, 100 + i]);
  rows.push(['K1', dayFromIso('2025-02-01'), 50]);
  wb.setCells('Ventas', 'A1', rows);
  const data = dataStrings(wb);
  const a = await run(wb, {
    sales: { kind: 'address', address: `Ventas!A1:C${rows.length}` },
    locale,
    options: { asOf: dayFromIso('2025-01-15'), compareDate: dayFromIso('2025-06-01'), discountRate: 0 },
  });
  return { wb, a, data };
}

describe.each(LANGUAGES)('no English in a %s run', (locale) => {
  test('the sample workbook, its visits log and dirty rows: every written string', async () => {
    const { wb, a, data } = await sampleRun(locale);
    // the run did reach what it means to check
    expect(a.quality.rejected.map((r) => r.reason)).toEqual(
      expect.arrayContaining(['too_large', 'bad_date', 'missing_client']),
    );
    expect(a.quality.issues.map((i) => i.detail.code)).toEqual(
      expect.arrayContaining([
        'duplicate_client',
        'possible_duplicate',
        'not_in_list',
        'after_as_of',
        'not_a_date',
        'decimal_mixed_ambiguous',
      ]),
    );
    expect(a.visits!.plan.source).toBe('log');
    expect(a.clv).not.toBeNull();
    expect(a.changes).not.toBeNull();
    const ids = new Set<string>(a.metrics!.rows.map((r) => r.metric));
    expect(wb.sheets().map((s) => s.name)).toContain(t(locale, 'history.sheet'));
    const found = writtenStrings(wb, data, ids);
    expect(found.length).toBeGreaterThan(1000);
    expect(englishOf(found)).toEqual([]);
  });

  test('a workbook whose parts fail (no product line, comparison after the as-of date, a refused CLV option)', async () => {
    const { wb, a, data } = await failingRun(locale);
    expect(a.warnings.map((w) => w.part)).toEqual(expect.arrayContaining(['crossSell', 'changes', 'clv']));
    const ids = new Set<string>((a.metrics?.rows ?? []).map((r) => r.metric));
    expect(englishOf(writtenStrings(wb, data, ids))).toEqual([]);
  });

  test('every catalogue message', () => {
    const keys = catalogueKeys();
    expect(keys.length).toBeGreaterThan(500);
    const english = keys.flatMap((key) => {
      const text = t(locale, key as MessageKey);
      const word = englishWord(text);
      return word ? [`${key}: «${word}» in ${JSON.stringify(text)}`] : [];
    });
    expect(english).toEqual([]);
  });

  test('every engine error, rejected-row reason and quality detail, rendered with parameters as the pane and the sheet show them', () => {
    const lines: string[] = [];
    for (const [code, params] of Object.entries(ERROR_SAMPLES)) {
      expect(hasMessage(locale, `error.${code}`)).toBe(true);
      lines.push(errorText(locale, code, params, 'ENGLISH FALLBACK'));
    }
    for (const reason of Object.keys(REJECT_REASONS)) {
      expect(hasMessage(locale, `reason.${reason}`)).toBe(true);
      lines.push(t(locale, `reason.${reason}` as MessageKey));
    }
    for (const detail of Object.values(DETAIL_SAMPLES)) {
      expect(hasMessage(locale, `quality.${detail.code}`)).toBe(true);
      lines.push(t(locale, `quality.${detail.code}`, localParams(locale, detail)));
    }
    const english = lines.filter((l) => englishWord(l) !== null || /\{\w+\}/.test(l));
    expect(english).toEqual([]);
  });

  test('the CLI with --lang: its lines and its error line', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cartera-noenglish-'));
    const sales = path.join(dir, 'ventas.csv');
    writeFileSync(
      sales,
      ['Cliente;Fecha;Importe', 'C1;05/01/2024;100,00', 'C2;20/03/2024;50', ';01/02/2024;5'].join('\n'),
    );
    const noAmount = path.join(dir, 'sin.csv');
    writeFileSync(noAmount, ['Cliente;Fecha', 'C1;05/01/2024'].join('\n'));
    const lines: string[] = [];
    const io = { stdout: () => undefined, stderr: (text: string) => void lines.push(text) };
    expect(
      await main(['analyze', '--sales', sales, '--json', path.join(dir, 'out.json'), '--lang', locale], io),
    ).toBe(0);
    expect(await main(['analyze', '--sales', noAmount, '--lang', locale], io)).toBe(2);
    expect(await main(['analyze', '--sales', sales, '--compare', '2030-01-01', '--lang', locale], io)).toBe(
      2,
    );
    // the engine's own errors: mixed currencies, an as-of date far after the data
    const currencies = path.join(dir, 'monedas.csv');
    writeFileSync(currencies, 'Cliente,Fecha,Importe,Moneda\nA,2024-01-01,10,EUR\nB,2024-01-02,20,BRL\n');
    expect(await main(['analyze', '--sales', currencies, '--lang', locale], io)).toBe(2);
    expect(await main(['analyze', '--sales', sales, '--as-of', '9999-12-31', '--lang', locale], io)).toBe(2);
    expect(lines.length).toBeGreaterThanOrEqual(5);
    expect(lines.at(-1)).toContain('31/12/9999');
    // the file names are the user's; the rest is ours
    const ours = lines.map((l) => l.split(dir).join(''));
    expect(ours.filter((l) => englishWord(l) !== null)).toEqual([]);
  });
});

test('the check fails on an English word in a Spanish string, and not on Spanish or Portuguese words', () => {
  expect(englishWord('La columna C no tiene fechas')).toBeNull();
  expect(englishWord('A data de análise é posterior à última venda; total de clientes: o plano')).toBeNull();
  expect(englishWord('Se apartaron 3 rows de ventas')).toBe('rows');
  expect(englishWord('Cliente C1: not in list')).toBe('not');
  const wb = createWorkbook({ sheets: ['Hoja'] });
  wb.setCells('Hoja', 'A1', [['Ventas del mes', 'value at risk']]);
  expect(englishOf(writtenStrings(wb, new Set(), new Set()))).toEqual([
    'Hoja!R1C2: «value» in "value at risk"',
  ]);
});

/** Every message key written as a quoted key in src (catalogues), that a catalogue holds. */
function catalogueKeys(): string[] {
  const keys = new Set<string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const p = path.join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.tsx?$/.test(name))
        for (const m of readFileSync(p, 'utf8').matchAll(/['"]([A-Za-z][\w-]*(?:\.[\w-]+)+)['"]\s*:/g))
          keys.add(m[1]);
    }
  };
  walk(path.resolve(__dirname, '../../src'));
  return [...keys].filter((k) => hasMessage('en', k)).sort();
}

/** One sample of every engine error (the compiler checks that no code is left out). */
const ERROR_SAMPLES: { [C in EngineErrorCode]: EngineErrorParams[C] } = {
  no_client_column: { sheet: 'Ventas' },
  no_date_column: { sheet: 'Ventas' },
  no_amount_column: { sheet: 'Ventas' },
  bad_mapping: { sheet: 'Ventas', role: 'amount', columnNumber: 9 },
  client_list_no_id: { sheet: 'Clientes' },
  mixed_currency: {
    sheet: 'Ventas',
    row: 3,
    column: 'C (Importe)',
    currency: 'EUR',
    currencyRow: 2,
    other: 'USD',
  },
  currency_mismatch: {
    sheet: 'Ventas',
    row: 3,
    column: 'C (Importe)',
    mark: 'USD',
    currency: 'EUR',
    currencyColumn: 'D (Moneda)',
    currencyRow: 2,
  },
  as_of_too_late: { asOfDay: 2958465, lastSaleDay: 45000, latestDay: 48653, years: 10 },
  no_sales: {},
  no_margin: {},
  bad_input: { row: 12 },
  bad_option_choice: { option: 'period', value: 'x', allowed: 'month, quarter, half, year' },
  bad_option_positive: { option: 'newDays', value: '-1' },
  bad_option_months: { option: 'horizonMonths', value: '1.5' },
  bad_option_date: { option: 'asOf', value: '3' },
  bad_option_thresholds: { option: 'abcA/abcB', value: '0.9/0.8' },
  bad_option_at_least: { option: 'atRiskGapFactor', value: '1', other: 'activeGapFactor' },
  bad_option_non_negative: { option: 'discountRate', value: '-0.1' },
  bad_option_fraction: { option: 'marginRate', value: '2' },
  abc_thresholds: { aShare: 0.9, bShare: 0.8 },
  clv_bad_option: { option: 'discountRate' },
  clv_failed: { detail: 'the fit did not converge' },
  bad_as_of: {},
  too_many_periods: { periods: 120_000, max: 2400, firstDay: 1, asOfDay: 2958465, granularity: 'month' },
  compare_after_as_of: { compareDay: 45500, asOfDay: 45400 },
  no_product_line: {},
  unknown_attribute: { attribute: 'Tamaño' },
  too_many_groups: { segments: 5000, lines: 4000 },
  visit_policy_json: {},
  visit_policy_not_table: {},
  visit_policy_unknown_entry: { entry: 'visitsPerYear.D' },
  visit_policy_bad_number: { entry: 'visitsPerYear.B', value: '-1' },
  visit_policy_bad_capacity: { salesperson: 'Ana', value: '"x"' },
  visit_log_unmapped: { sheet: 'Visitas', role: 'date' },
  visit_log_outside: { sheet: 'Visitas', role: 'salesperson' },
  segment_json: {},
  segment_no_groups: {},
  segment_group_no_conditions: { group: 2 },
  segment_not_condition: { group: 1, condition: 2 },
  segment_no_field: { group: 1, condition: 2 },
  segment_unknown_operator: { group: 1, condition: 2, op: 'like' },
  segment_needs_value: { group: 1, condition: 2, op: 'equals' },
  segment_needs_values: { group: 1, condition: 2 },
  segment_needs_range: { group: 1, condition: 2 },
  segment_unknown_field: { group: 1, condition: 2, field: 'Zona' },
  segment_contains_text: { group: 1, condition: 2, field: 'Ingresos' },
  segment_not_text_op: { group: 1, condition: 2, op: 'gt', field: 'Zona' },
  segment_not_ordered: { group: 1, condition: 2, op: 'gt', field: 'Zona', value: 'Norte' },
  segment_not_number: { group: 1, condition: 2, field: 'Empleados', value: 'diez' },
  segment_not_date: { group: 1, condition: 2, field: 'Alta', value: 'ayer' },
};

/** One sample of every quality detail (the compiler checks that no code is left out). */
const DETAIL_SAMPLES: { [C in QualityDetail['code']]: QualityDetail & { code: C } } = {
  duplicate_client: { code: 'duplicate_client', firstRow: 4 },
  possible_duplicate: {
    code: 'possible_duplicate',
    otherRow: 4,
    otherName: 'Talleres Pérez S.L.',
    row: 9,
    name: 'TALLERES PEREZ SL',
  },
  id_variant: {
    code: 'id_variant',
    otherRow: 4,
    otherName: 'Talleres Pérez',
    row: 9,
    name: 'Talleres Pérez',
  },
  not_in_list: { code: 'not_in_list', firstRow: 20, listSheet: 'Clientes' },
  no_purchase: { code: 'no_purchase', asOfDay: 45400 },
  after_as_of: { code: 'after_as_of', count: 1234, asOfDay: 45400 },
  not_a_date: { code: 'not_a_date', value: 'pronto' },
  date_order_doubtful: { code: 'date_order_doubtful', order: 'dmy' },
  decimal_doubtful: { code: 'decimal_doubtful', decimal: ',' },
  decimal_mixed: {
    code: 'decimal_mixed',
    dotText: '12.5',
    dotRow: 3,
    commaText: '7,25',
    commaRow: 4,
    count: 0,
    decimal: ',',
  },
  decimal_mixed_ambiguous: {
    code: 'decimal_mixed_ambiguous',
    dotText: '12.5',
    dotRow: 3,
    commaText: '7,25',
    commaRow: 4,
    count: 2,
    decimal: ',',
  },
  decimal_ambiguous: { code: 'decimal_ambiguous', count: 3, text: '1.234', textRow: 5, decimal: ',' },
  date_mixed: {
    code: 'date_mixed',
    dayFirstText: '25/01/2024',
    dayFirstRow: 3,
    monthFirstText: '01/25/2024',
    monthFirstRow: 4,
    count: 0,
    order: 'dmy',
  },
  date_mixed_ambiguous: {
    code: 'date_mixed_ambiguous',
    dayFirstText: '25/01/2024',
    dayFirstRow: 3,
    monthFirstText: '01/25/2024',
    monthFirstRow: 4,
    count: 5,
    order: 'mdy',
  },
  date_ambiguous: { code: 'date_ambiguous', count: 5, text: '01/02/2024', textRow: 6, order: 'dmy' },
};

/** Every reason a sales row is rejected for (the compiler checks that none is left out). */
const REJECT_REASONS: Record<RejectReason, true> = {
  missing_client: true,
  bad_date: true,
  bad_amount: true,
  bad_quantity: true,
  bad_price: true,
  bad_margin: true,
  bad_cost: true,
  broken_quotes: true,
  too_large: true,
  implausible_date: true,
  imprecise_id: true,
};
