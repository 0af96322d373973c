// Benchmark (not a jest test): npx tsx tests/host/readSheet.bench.ts
// Loads a full-height 1,048,576 × 8 sales sheet with setCells, then reads it through the API in blocks
// that stay under the 5 MB response cap, as the add-in's reader must.
import { createWorkbook } from '../../src/host';

const ROWS = 1_048_576;
const COLS = 8;

async function main() {
  const wb = createWorkbook({ sheets: ['Ventas'] });
  let t = performance.now();
  const rows: (string | number)[][] = [['Factura', 'Cliente', 'Fecha', 'Producto', 'Cantidad', 'Precio', 'Importe', 'Vendedor']];
  for (let i = 1; i < ROWS; i++) {
    const q = (i % 7) + 1;
    const p = Math.round((i % 997) * 1.37 * 100) / 100;
    rows.push([`F${100000 + (i >> 2)}`, `C${i % 4339}`, 40179 + (i % 373), `P${i % 3684}`, q, p, Math.round(q * p * 100) / 100, `V${i % 12}`]);
  }
  const gen = performance.now() - t;
  t = performance.now();
  for (let r = 0; r < ROWS; r += 65_536) wb.setCells('Ventas', [r, 0], rows.slice(r, r + 65_536));
  const load = performance.now() - t;
  rows.length = 0;

  for (const blockRows of [50_000, 60_000]) {
    wb.resetStats();
    t = performance.now();
    let cells = 0;
    let checksum = 0;
    await wb.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Ventas');
      const used = ws.getUsedRange(true).load('rowCount, columnCount');
      await ctx.sync();
      for (let r = 0; r < used.rowCount; r += blockRows) {
        const n = Math.min(blockRows, used.rowCount - r);
        const block = ws.getRangeByIndexes(r, 0, n, used.columnCount).load('values');
        await ctx.sync();
        cells += n * used.columnCount;
        checksum += (block.values[n - 1][6] as number) || 0;
      }
    });
    const read = performance.now() - t;
    const mem = process.memoryUsage();
    console.log(
      JSON.stringify({
        rows: ROWS, cols: COLS, blockRows, generateMs: Math.round(gen), setCellsMs: Math.round(load), readMs: Math.round(read),
        cellsRead: cells, syncs: wb.stats.syncs, maxResponseMB: +(wb.stats.maxResponseBytes / 1048576).toFixed(2),
        totalResponseMB: +(wb.stats.totalResponseBytes / 1048576).toFixed(1), heapMB: Math.round(mem.heapUsed / 1048576), rssMB: Math.round(mem.rss / 1048576), checksum: Math.round(checksum),
      }),
    );
  }
}

main().catch((e) => {
  console.error(e.code ?? '', e.message);
  process.exit(1);
});
