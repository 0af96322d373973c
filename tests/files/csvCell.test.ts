// One typing of text-file fields (issue #16): the CLI's reader and the host's "open file" (the
// playground) give the same cells for the same CSV; only ISO dates differ, by design (the host
// shows them as dated serials, as Excel does; the CLI leaves them to the cleaning step).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { readTable } from '../../src/cli/readTable';
import { csvCell } from '../../src/files/csvCell';
import { loadWorkbookFile } from '../../src/host/xlsx';

const FIELDS = [
  '17850.0', ' 42 ', '-2.55', '+7', '.5', '1e3', '00123', '1.234,56', '85123A', '12345678901234567890',
  'TRUE', 'false', ' TRUE ', 'True ', 'truer', 'Taza', '  texto  ', '\u00a0', ' ', '2010-12-01 08:26:00',
];

describe('csvCell', () => {
  test.each([
    [' TRUE ', true],
    ['False', false],
    ['FALSE\t', false],
    ['\u00a012\u00a0', 12],
    ['   ', ''],
    ['\u00a0', ''],
    ['truer', 'truer'],
    ['  texto  ', '  texto  '],
  ])('%j → %j', (text, value) => expect(csvCell(text)).toBe(value));

  test('the CLI and the host type a CSV alike', async () => {
    const csv = ['h' + FIELDS.map((_, i) => `,c${i}`).join(''), 'x,' + FIELDS.map((f) => `"${f}"`).join(',')].join('\n');
    const dir = mkdtempSync(path.join(tmpdir(), 'cartera-csvcell-'));
    const file = path.join(dir, 'fields.csv');
    writeFileSync(file, csv);
    const cli = (await readTable(file)).rows[1];
    const bytes = new TextEncoder().encode(csv);
    const host = (await loadWorkbookFile(bytes.buffer as ArrayBuffer, 'fields.csv')).values('fields')[1];
    expect(cli.slice(1)).toEqual(FIELDS.map(csvCell));
    expect(host.slice(1)).toEqual(cli.slice(1));
  });

  test('ISO dates: a dated serial in the host, text for the CLI', async () => {
    const csv = 'Fecha,Importe\n2024-03-01,5\n';
    const host = await loadWorkbookFile(new TextEncoder().encode(csv).buffer as ArrayBuffer, 'd.csv');
    expect(host.values('d')[1]).toEqual([45352, 5]);
    expect(host.cell('d', 'A2').numberFormat).toBe('yyyy-mm-dd');
    expect(csvCell('2024-03-01')).toBe('2024-03-01');
  });
});
