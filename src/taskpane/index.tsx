// The add-in's page entry (taskpane.html, index.html of the add-in build). In Excel: the task pane on
// Excel.run, with what src/excel/officeContext takes from Office.js. Anywhere else it only says to
// open it from Excel: the playground (the pane on a simulated workbook) is its own page and build
// (src/playground/index.tsx, `npm run demo`), so the add-in never ships the simulated host.
// tests/taskpane/addinGraph.test.ts checks that nothing here reaches src/host or src/playground.
import { officeContext } from '../excel/officeContext';

async function start(): Promise<void> {
  const root = document.getElementById('root');
  if (!root) throw new Error('Cartera: the page has no #root element.');
  const office = await officeContext();
  if (office) {
    const { renderTaskpane } = await import(/* webpackChunkName: "pane" */ './mount');
    if (office.displayLanguage) document.documentElement.lang = office.displayLanguage;
    renderTaskpane(root, office);
  } else {
    const [{ t, localeFromOfficeLanguage }] = await Promise.all([import('../i18n'), import('./messages')]);
    root.textContent = t(localeFromOfficeLanguage(globalThis.navigator?.language), 'pane.notInExcel');
  }
}

void start().catch((error: unknown) => {
  const root = document.getElementById('root');
  if (root) root.textContent = `Cartera: ${error instanceof Error ? error.message : String(error)}`;
  console.error(error);
});
