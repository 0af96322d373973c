// The sample's ranges as the pane's sources: after "load the sample data" the pane starts with the
// sales, the client list and the visits log chosen, so the manager can go straight on.
import { columnLetter } from '../engine/clean/columnLetter';
import type { RangeSource } from '../excel/types';
import type { SampleWorkbook } from './sampleWorkbookData';

export interface SampleSources {
  sales: RangeSource;
  clients: RangeSource;
  visits: RangeSource;
}

export function sampleSources(data: SampleWorkbook): SampleSources {
  const address = (name: string): RangeSource => {
    const sheet = data.sheets.find((s) => s.name === name);
    if (!sheet) throw new Error(`The sample has no sheet ${name}`);
    return {
      kind: 'address',
      address: `${name}!A1:${columnLetter(sheet.values[0].length - 1)}${sheet.values.length}`,
    };
  };
  return { sales: address('Ventas'), clients: address('Clientes'), visits: address('Visitas') };
}
