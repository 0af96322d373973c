// Issue #17 "one word, two meanings": every rendered name means one thing in each language, and
// every money figure names its window.
import { RFM_SEGMENTS, STATUSES } from '../../src/engine/types';
import { LOCALES, t, type MessageKey } from '../../src/i18n';
import { fullReport } from '../../src/report/fullReport';
import { analyse } from '../../src/engine/pipeline';
import type { OutputTable } from '../../src/report/types';
import '../../src/taskpane/messages';
import { pipelineInput } from '../report/pipelineFixture';

/** Lower case, no accents, no plural ending: "Nuevos" and "nuevo" are the same word to a reader. */
function stem(label: string): string {
  return label
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9 ]/g, '')
    .split(' ')
    .filter(Boolean)
    .map((w) => w.replace(/(es|s)$/, ''))
    .join(' ');
}

describe('lifecycle statuses and RFM segments have distinct names', () => {
  test.each(LOCALES)('%s: no status shares a name (or its plural) with an RFM segment or another status', (locale) => {
    const concepts = [
      ...STATUSES.map((id) => ({ concept: `status.${id}`, label: t(locale, `status.${id}`) })),
      ...RFM_SEGMENTS.map((id) => ({ concept: `seg.${id}`, label: t(locale, `seg.${id}`) })),
    ];
    const byStem = new Map<string, string>();
    const clashes: string[] = [];
    for (const { concept, label } of concepts) {
      expect(label).not.toBe(concept); // translated
      const seen = byStem.get(stem(label));
      if (seen !== undefined) clashes.push(`${seen} and ${concept} both read "${label}"`);
      else byStem.set(stem(label), concept);
    }
    expect(clashes).toEqual([]);
  });

  test('the stem catches singular/plural pairs (the check can fail)', () => {
    expect(stem('Nuevos')).toBe(stem('Nuevo'));
    expect(stem('En riesgo')).toBe(stem('en riesgo'));
  });
});

describe('money figures name their window', () => {
  const windowed: Partial<Record<MessageKey, RegExp>> = {
    'col.revenue12': /12/,
    'kpi.value.revenue.trailing12': /12/,
    'kpi.value.margin.trailing12': /12/,
    'pane.kpi.revenue': /12/,
    'pane.field.revenue': /12/,
    'kpi.value.revenue.all': /hist/i,
    'kpi.value.margin.all': /hist/i,
  };
  test.each(LOCALES)('%s: each window label says its window, and different windows read differently', (locale) => {
    for (const [key, window] of Object.entries(windowed) as [MessageKey, RegExp][]) expect(t(locale, key)).toMatch(window);
    expect(t(locale, 'col.revenuePreviousWindow', { months: 12 })).toMatch(/12/);
    expect(t(locale, 'col.revenuePreviousWindow', { months: 12 })).not.toBe(t(locale, 'col.revenue12'));
    expect(t(locale, 'kpi.value.revenue.all')).not.toBe(t(locale, 'col.revenue12'));
  });

  test.each(LOCALES)('%s: the sheets label RFM revenue and last year\'s revenue with their window', (locale) => {
    const a = analyse(pipelineInput());
    const report = fullReport(a, { locale });
    const table = (sheet: string, key: string) =>
      report.sheets.find((s) => s.key === sheet)!.blocks.find((b) => b.key === key) as OutputTable;
    const header = (tbl: OutputTable, key: string) => tbl.columns.find((c) => c.key === key)!.header;
    // RFM monetary is all history by default (SPEC §4): not a bare "Ventas"
    expect(header(table('rfm', 'RfmSegments'), 'revenue')).toBe(t(locale, 'kpi.value.revenue.all'));
    const previous = header(table('summary', 'Behaviour'), 'revenuePrevious');
    expect(previous).not.toContain('(-12)');
    expect(previous).toBe(t(locale, 'col.revenuePreviousWindow', { months: 12 }));
  });
});

describe('campaign fields read as one thing each', () => {
  const FIELDS = ['abc', 'rfmSegment', 'r', 'f', 'm', 'status', 'behaviour', 'trend', 'special', 'revenue', 'lastPurchase', 'clv', 'age'] as const;
  test.each(LOCALES)('%s: computed fields have distinct names, none equal to the usual "Especial" list column', (locale) => {
    const labels = FIELDS.map((k) => t(locale, `pane.field.${k}`));
    expect(new Set(labels.map(stem)).size).toBe(labels.length);
    // the client list's own special column is usually headed "Especial" / "Special": the computed yes/no differs
    for (const header of ['Especial', 'Special']) expect(stem(t(locale, 'pane.field.special'))).not.toBe(stem(header));
  });
});
