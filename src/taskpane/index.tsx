// The page entry (taskpane.html and index.html). In Excel: the task pane on Excel.run. Anywhere else
// (a plain browser, the demo, Office.js missing or unreachable): the playground, where the same pane
// runs against a simulated workbook. Both are loaded on demand so that each side downloads only its own code.

function officeReady(): Promise<{ host: Office.HostType | null }> {
  if (typeof Office === 'undefined' || typeof Office.onReady !== 'function') return Promise.resolve({ host: null });
  return Office.onReady().then((info) => ({ host: info.host ?? null }));
}

async function start(): Promise<void> {
  const root = document.getElementById('root');
  if (!root) throw new Error('Cartera: the page has no #root element.');
  const { host } = await officeReady();
  if (host !== null && host === Office.HostType.Excel) {
    const { renderTaskpane } = await import(/* webpackChunkName: "pane" */ './mount');
    const displayLanguage = Office.context.displayLanguage;
    if (displayLanguage) document.documentElement.lang = displayLanguage;
    renderTaskpane(root, {
      run: (batch) => Excel.run(batch),
      displayLanguage,
      isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
    });
  } else {
    const { mountPlayground } = await import(/* webpackChunkName: "playground" */ '../playground/mountPlayground');
    mountPlayground(root);
  }
}

void start().catch((error: unknown) => {
  const root = document.getElementById('root');
  if (root) root.textContent = `Cartera: ${error instanceof Error ? error.message : String(error)}`;
  console.error(error);
});
