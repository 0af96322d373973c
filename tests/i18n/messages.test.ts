// Issue #16 "one catalogue per language, checked": four locales (pt-BR and pt-PT apart), keys typed at
// compile time, CLDR plurals and parameters written in the locale.
import { dayFromYmd } from '../../src/engine/dates';
import { analyse } from '../../src/engine/pipeline';
import {
  defineMessages,
  excelNumberFormats,
  formatDate,
  formatNumber,
  hasMessage,
  localeFromOfficeLanguage,
  localeTag,
  LOCALES,
  parseLocale,
  plain,
  pluralCategory,
  registerMessages,
  t,
  type CatalogueSource,
  type Locale,
  type MessageCatalogues,
  type MessageKey,
} from '../../src/i18n';
import { agendaMessages } from '../../src/i18n/agendaMessages';
import { changesMessages } from '../../src/i18n/changesMessages';
import { cleaningMessages } from '../../src/i18n/cleaningMessages';
import { metricsMessages } from '../../src/i18n/metricsMessages';
import { reportMessages } from '../../src/i18n/reportMessages';
import { cliMessages } from '../../src/cli/cliMessages';
import { languageOf } from '../../src/cli/parseArgs';
import { removeMessages } from '../../src/excel/removeMessages';
import { writeMessages } from '../../src/excel/writeMessages';
import { fileMessages } from '../../src/files/fileMessages';
import { playgroundMessages } from '../../src/playground/messages';
import { localizeNumberText } from '../../src/playground/localizeNumberText';
import { playgroundLocale } from '../../src/playground/playgroundLocale';
import { backtestMessages } from '../../src/report/backtestSheet';
import { fullReport } from '../../src/report/fullReport';
import { historyMessages } from '../../src/report/historyMessages';
import { pivotMessages } from '../../src/report/pivotSheet';
import { sheetLinkMessages } from '../../src/report/sheetLinks';
import { paneMessages, policyMessages, roleMessages } from '../../src/taskpane/messages';
import { refreshMessages } from '../../src/taskpane/refreshMessages';
import { validationMessages } from '../../src/taskpane/validationMessages';
import { visitsMessages } from '../../src/taskpane/visitsMessages';
import { paneFileMessages } from '../../src/taskpane/paneFileMessages';
import { engineMessages } from '../../src/i18n/engineMessages';
import { commandMessages } from '../../src/commands/commandMessages';
import { sincePreviousMessages } from '../../src/report/sincePreviousMessages';
import { tableMessages } from '../../src/excel/tableMessages';
import { pipelineInput } from '../report/pipelineFixture';

// every area of MessageCatalogues (a catalogue left out here is a type error)
const CATALOGUES: { [A in keyof MessageCatalogues]: CatalogueSource } = {
  report: reportMessages,
  metrics: metricsMessages,
  cleaning: cleaningMessages,
  changes: changesMessages,
  agenda: agendaMessages,
  cli: cliMessages,
  files: fileMessages,
  remove: removeMessages,
  write: writeMessages,
  playground: playgroundMessages,
  backtest: backtestMessages,
  history: historyMessages,
  pivot: pivotMessages,
  sheetLinks: sheetLinkMessages,
  pane: paneMessages,
  roles: roleMessages,
  policy: policyMessages,
  refresh: refreshMessages,
  validation: validationMessages,
  visits: visitsMessages,
  engine: engineMessages,
  command: commandMessages,
  sincePrevious: sincePreviousMessages,
  table: tableMessages,
  paneFile: paneFileMessages,
};
const ALL_KEYS = Object.values(CATALOGUES).flatMap((c) => Object.keys(c.en));

describe('catalogues', () => {
  test.each(Object.entries(CATALOGUES))('%s: es, pt and en have the same keys; the pt overrides only known keys', (_, c) => {
    const en = Object.keys(c.en).sort();
    expect(Object.keys(c.es).sort()).toEqual(en);
    expect(Object.keys(c.pt).sort()).toEqual(en);
    for (const variant of ['pt-BR', 'pt-PT'] as const)
      expect(Object.keys(c[variant] ?? {}).filter((k) => !en.includes(k))).toEqual([]);
  });

  test('every key exists in every locale (no English fallback needed)', () => {
    const missing = LOCALES.flatMap((l) => ALL_KEYS.filter((k) => !hasMessage(l, k)).map((k) => `${l}:${k}`));
    expect(missing).toEqual([]);
    expect(ALL_KEYS.length).toBeGreaterThan(900);
  });

  test('keys are checked at compile time (tsc fails if these lines stop being errors)', () => {
    // @ts-expect-error an unknown key
    expect(t('es', 'no.such.key')).toBe('no.such.key');
    // @ts-expect-error a key built from an unchecked string
    expect(t('es', `status.${String('nope')}`)).toBe('status.nope');
    const status = 'at_risk' as 'active' | 'at_risk';
    expect(t('es', `status.${status}`)).toBe('En riesgo'); // a key built from the domain union is checked
    const typed = defineMessages({
      en: { 'test.typed.a': 'A', 'test.typed.b': 'B' },
      // @ts-expect-error es lacks a key
      es: { 'test.typed.a': 'A' },
      pt: { 'test.typed.a': 'A', 'test.typed.b': 'B' },
    });
    expect(Object.keys(typed.en)).toEqual(['test.typed.a', 'test.typed.b']);
    defineMessages({
      en: { 'test.typed.c': 'C' },
      es: { 'test.typed.c': 'C' },
      pt: { 'test.typed.c': 'C' },
      // @ts-expect-error an override of an unknown key
      'pt-PT': { 'test.typed.d': 'D' },
    });
    const key: MessageKey = 'sheet.summary';
    expect(t('en', key)).toBe('Cartera - Summary');
  });

  test('a catalogue written as { es, pt, en } gives Portuguese to both pt-BR and pt-PT', () => {
    registerMessages({ es: { 'test.legacy': 'hoja' }, pt: { 'test.legacy': 'planilha' }, en: { 'test.legacy': 'sheet' } });
    const legacy = 'test.legacy' as MessageKey;
    expect(LOCALES.map((l) => t(l, legacy))).toEqual(['hoja', 'planilha', 'planilha', 'sheet']);
  });
});

describe('pt-BR and pt-PT', () => {
  test('differ where a user notices: sheet, file, log, status, gerunds', () => {
    expect(t('pt-BR', 'col.sheet')).toBe('Planilha');
    expect(t('pt-PT', 'col.sheet')).toBe('Folha');
    expect(t('pt-BR', 'file.file_empty', { file: 'a.csv' })).toBe('a.csv: o arquivo está vazio');
    expect(t('pt-PT', 'file.file_empty', { file: 'a.csv' })).toBe('a.csv: o ficheiro está vazio');
    expect(t('pt-BR', 'pane.data.visits')).toBe('Registro de visitas (opcional)');
    expect(t('pt-PT', 'pane.data.visits')).toBe('Registo de visitas (opcional)');
    expect(t('pt-BR', 'pane.run.stage.analyse')).toBe('Analisando');
    expect(t('pt-PT', 'pane.run.stage.analyse')).toBe('A analisar');
    expect(t('pt-BR', 'error.cancelled')).toContain('pasta de trabalho');
    expect(t('pt-PT', 'error.cancelled')).toBe('Análise cancelada. O livro ficou como estava.');
  });

  test('no pt-PT string uses a Brazilian word, across every catalogue', () => {
    const brazilian = /planilha|arquivo|usuário|\btela\b|registro|cadastro|pasta de trabalho|contato|planejad|\bequipe\b|celular|\bbaix(ar|e)\b|\bsalv[aeo]|porcentagem|\bstatus\b|\b(lendo|carregando|verificando|analisando|escrevendo|depurando|calculando|afastando|hibernando|comprando|usando)\b/i;
    const found = ALL_KEYS.map((k) => [k, t('pt-PT', k as MessageKey)]).filter(([, text]) => brazilian.test(text));
    expect(found).toEqual([]);
    // the check can fail: the Brazilian catalogue has them
    expect(ALL_KEYS.filter((k) => brazilian.test(t('pt-BR', k as MessageKey))).length).toBeGreaterThan(50);
  });

  test('no pt-BR string uses a word of Portugal', () => {
    const european = /\bfolhas?\b|ficheiro|utilizador|\becrã\b|\bregisto\b|contacto|\bequipa\b|telemóvel|\btransfir|percentagem|^A (ler|analisar|carregar|verificar|escrever|depurar)\b|previam-se|mostram-se|listam-se|perdem-se|usa-se|descarreg|Porquê/i;
    const found = ALL_KEYS.map((k) => [k, t('pt-BR', k as MessageKey)]).filter(([, text]) => european.test(text));
    expect(found).toEqual([]);
  });
});

describe('plurals follow the CLDR rule of each locale', () => {
  registerMessages({
    es: { 'test.clients_one': '{count} cliente', 'test.clients_many': '{count} de clientes', 'test.clients_other': '{count} clientes' },
    pt: { 'test.clients_one': '{count} cliente', 'test.clients_other': '{count} clientes' },
    en: { 'test.clients_one': '{count} client', 'test.clients_other': '{count} clients', 'test.tomorrow_=1': 'tomorrow', 'test.tomorrow_other': 'in {count} days' },
  });
  const clients = 'test.clients' as MessageKey;
  test.each([
    ['es', ['0 clientes', '1 cliente', '2 clientes', '1.000.000 de clientes']],
    // pt-BR: 0 and 1 are "one" (CLDR: i = 0..1); pt-PT: only 1
    ['pt-BR', ['0 cliente', '1 cliente', '2 clientes', '1.000.000 clientes']],
    ['pt-PT', ['0 clientes', '1 cliente', '2 clientes', '1\u00a0000\u00a0000 clientes']],
    ['en', ['0 clients', '1 client', '2 clients', '1,000,000 clients']],
  ] as const)('%s at 0, 1, 2 and 1,000,000', (locale, expected) => {
    expect([0, 1, 2, 1_000_000].map((count) => t(locale, clients, { count }))).toEqual(expected);
  });

  test('the categories are those of Intl.PluralRules', () => {
    expect(pluralCategory('pt-BR', 0)).toBe('one');
    expect(pluralCategory('pt-PT', 0)).toBe('other');
    expect(pluralCategory('es', 1_000_000)).toBe('many');
    expect(pluralCategory('en', 1_000_000)).toBe('other');
  });

  test('an exact case (key_=1) comes before the category, so 0 in pt-BR is not "tomorrow"', () => {
    const tomorrow = 'test.tomorrow' as MessageKey;
    expect(t('en', tomorrow, { count: 1 })).toBe('tomorrow');
    expect(t('en', tomorrow, { count: 3 })).toBe('in 3 days');
    expect(t('pt-BR', 'pane.visits.inDays', { days: 0, count: 0 })).toBe('em 0 dias');
    expect(t('pt-BR', 'pane.visits.inDays', { days: 1, count: 1 })).toBe('amanhã');
    expect(t('pt-PT', 'pane.visits.inDays', { days: 0, count: 0 })).toBe('em 0 dias');
  });
});

describe('parameters are written in the locale', () => {
  test.each([
    ['es', '1.000.000', '0,78'],
    ['pt-BR', '1.000.000', '0,78'],
    ['pt-PT', '1\u00a0000\u00a0000', '0,78'],
    ['en', '1,000,000', '0.78'],
  ] as const)('%s: numbers grouped and with the decimal comma or point', (locale, million, fraction) => {
    expect(t(locale, 'cli.warning', { file: 'f', message: 1_000_000 })).toBe(`f: ${million}`);
    expect(t(locale, 'cli.warning', { file: 'f', message: 0.78 })).toBe(`f: ${fraction}`);
    expect(formatNumber(locale, 1_000_000)).toBe(million);
  });

  test('strings pass as they are: years and ids are not grouped', () => {
    expect(t('es', 'group.rank', { from: plain(2011), to: plain(2020) })).toBe('Puestos 2011–2020');
    expect(t('es', 'group.rank', { from: 2011, to: 2020 })).toBe('Puestos 2.011–2.020');
  });

  test('the Lorenz chart title reads "Gini 0,78" in Spanish and Portuguese, "0.78" in English', () => {
    const a = analyse(pipelineInput());
    const gini = a.metrics!.lorenz.gini!;
    const title = (locale: Locale) =>
      fullReport(a, { locale })
        .sheets.flatMap((s) => s.charts)
        .find((c) => c.key === 'lorenz')!.title;
    const decimals = gini.toFixed(2);
    expect(title('es')).toContain(`Gini ${decimals.replace('.', ',')})`);
    expect(title('pt-PT')).toContain(`Gini ${decimals.replace('.', ',')})`);
    expect(title('en')).toContain(`Gini ${decimals})`);
    expect(t('es', 'chart.lorenz', { gini: formatNumber('es', 0.78, 2) })).toBe(
      'Concentración de las ventas (curva de Lorenz, Gini 0,78)',
    );
  });
});

describe('locale tags', () => {
  test('one map: Intl tags, Office languages, ?lang= and --lang', () => {
    expect(LOCALES.map(localeTag)).toEqual(['es-ES', 'pt-BR', 'pt-PT', 'en-US']);
    expect(['pt', 'pt-BR', 'pt_PT', 'pt-AO', 'PT-mz', 'es-MX', 'en-GB', 'fr', ''].map((x) => parseLocale(x))).toEqual([
      'pt-BR', 'pt-BR', 'pt-PT', 'pt-PT', 'pt-PT', 'es', 'en', undefined, undefined,
    ]);
    expect(localeFromOfficeLanguage('pt-AO')).toBe('pt-PT');
    expect(playgroundLocale('?lang=pt-PT', ['es-ES'])).toBe('pt-PT');
    expect(playgroundLocale('?lang=pt', ['es-ES'])).toBe('pt-BR');
    expect(playgroundLocale('', ['pt-PT', 'en'])).toBe('pt-PT');
    expect(['pt', 'pt-BR', 'pt-PT', 'es', 'en', 'fr', 'pt-xx-yy'].map(languageOf)).toEqual([
      'pt-BR', 'pt-BR', 'pt-PT', 'es', 'en', null, null,
    ]);
  });

  test("the playground's grid shows Excel's separators of the locale", () => {
    expect(LOCALES.map((l) => localizeNumberText('1,234.5', l))).toEqual(['1.234,5', '1.234,5', '1\u00a0234,5', '1,234.5']);
  });

  test('dates are dd/mm/yyyy in both Portuguese', () => {
    const day = dayFromYmd(2026, 12, 5);
    expect(LOCALES.map((l) => formatDate(l, day))).toEqual(['05/12/2026', '05/12/2026', '05/12/2026', '2026-12-05']);
    expect(LOCALES.map((l) => excelNumberFormats(l).date)).toEqual(['dd/mm/yyyy', 'dd/mm/yyyy', 'dd/mm/yyyy', 'yyyy-mm-dd']);
  });
});
