/**
 * @jest-environment jsdom
 */
import { createElement } from 'react';
import { fireEvent, render, screen } from '@testing-library/react';
import { createWorkbook } from '../../src/host';
import { Playground } from '../../src/playground/Playground';
jest.mock('../../src/taskpane/mount', () => ({ renderTaskpane: () => ({ unmount: () => undefined }) }));
(globalThis as any).ResizeObserver ??= class { observe() {} unobserve() {} disconnect() {} };
test('dbg', async () => {
  render(createElement(Playground, { initialLocale: 'es', makeWorkbook: () => createWorkbook() }));
  const input = screen.getByTestId('open-file') as HTMLInputElement;
  const csv = new File(['a,b\n1,2\n'], 'v.csv');
  Object.defineProperty(csv, 'arrayBuffer', { value: async () => new TextEncoder().encode('a,b\n1,2\n').buffer });
  fireEvent.change(input, { target: { files: [csv] } });
  await new Promise((r) => setTimeout(r, 8000));
  console.log(document.querySelector('.pg-notice')?.textContent, document.querySelector('[role=grid]')?.getAttribute('aria-label'));
  const { loadWorkbookFile } = await import('../../src/host/xlsx');
  try { const w = await loadWorkbookFile(new TextEncoder().encode('a,b\n1,2\n').buffer as ArrayBuffer, 'v.csv'); console.log('direct', w.sheets()); } catch (e) { console.log('direct err', e); }
}, 30000);
