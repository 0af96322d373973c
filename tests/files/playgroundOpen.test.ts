/**
 * @jest-environment jsdom
 */
// The playground's "Open file" error path: a damaged workbook or a binary file is refused in the
// user's language (never JSZip's English text with its URL); the rows the reader flagged are named.
import '@testing-library/jest-dom';
import { act, createElement } from 'react';
import { fireEvent, render, screen } from '@testing-library/react';
import { TextDecoder, TextEncoder } from 'node:util';
import { createWorkbook } from '../../src/host';
import { Playground } from '../../src/playground/Playground';

jest.mock('../../src/taskpane/mount', () => ({
  renderTaskpane: (element: HTMLElement) => {
    element.textContent = 'pane';
    return { unmount: () => undefined, render: () => undefined };
  },
}));

Object.assign(globalThis, { TextEncoder, TextDecoder });
(globalThis as { ResizeObserver?: unknown }).ResizeObserver ??= class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
};

function fileOf(bytes: Uint8Array, name: string): File {
  const file = new File([bytes as BlobPart], name);
  Object.defineProperty(file, 'arrayBuffer', {
    value: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
  });
  return file;
}

async function open(bytes: Uint8Array, name: string): Promise<void> {
  await act(async () => {
    fireEvent.change(screen.getByTestId('open-file'), { target: { files: [fileOf(bytes, name)] } });
  });
}

test('a damaged .xlsx and a PNG named .csv: a clear refusal in Spanish; a CSV with a broken quote names its row', async () => {
  render(
    createElement(Playground, {
      initialLocale: 'es',
      makeWorkbook: () => createWorkbook({ sheets: ['Hoja1'] }),
    }),
  );
  await open(Uint8Array.from([0x50, 0x4b, 3, 4, 1, 2, 3, 4, 5, 6, 7, 8]), 'ventas.xlsx');
  const bad = await screen.findByText(/No se pudo abrir «ventas\.xlsx»/, {}, { timeout: 30_000 });
  expect(bad).toHaveTextContent(
    'No se pudo abrir «ventas.xlsx»: el libro .xlsx está dañado o no es un libro de Excel',
  );
  expect(document.body.textContent).not.toMatch(/zip|http|Can't find/i);
  await open(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), 'foto.csv');
  expect(await screen.findByText(/foto\.csv/, {}, { timeout: 30_000 })).toHaveTextContent(
    'No se pudo abrir «foto.csv»: no es un archivo de texto (una imagen PNG)',
  );
  await open(new TextEncoder().encode('Cliente;Importe\n1;"x\n2;5\n'), 'ventas.csv');
  expect(await screen.findByText(/Abierto «ventas\.csv»/, {}, { timeout: 30_000 })).toHaveTextContent(
    'Abierto «ventas.csv»: 1 hoja(s). 1 fila(s) con comillas sin cerrar se rechazaron (fila 2)',
  );
}, 90_000);
