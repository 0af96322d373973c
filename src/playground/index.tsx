// The playground's page entry (index.html and taskpane.html of `npm run demo` and of the e2e build,
// `--env playground`): the real pane beside a simulated workbook, outside Office. Its own webpack
// entry, so the add-in (src/taskpane/index.tsx) never ships the simulated host.
import { officeContext } from '../excel/officeContext';
import { mountPlayground } from './mountPlayground';

async function start(): Promise<void> {
  const root = document.getElementById('root');
  if (!root) throw new Error('Cartera: the page has no #root element.');
  // The page loads a local office.js: let it settle (outside Office it reports no host) before the
  // simulated host installs its own Excel/Office globals, as the single entry did before.
  await officeContext().catch(() => null);
  mountPlayground(root);
}

void start().catch((error: unknown) => {
  const root = document.getElementById('root');
  if (root) root.textContent = `Cartera: ${error instanceof Error ? error.message : String(error)}`;
  console.error(error);
});
