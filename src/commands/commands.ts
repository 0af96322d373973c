// The ribbon commands' page entry (commands.html, the manifest's FunctionFile): binds
// "refreshAnalysis" (the "Volver a analizar" button) to refreshAnalysis and tells the user the outcome
// in a small dialog — this same page opened with `?notice` (showNotice). Office.js is reached only
// through src/excel/officeContext.
import { excelApiSupport } from '../excel/apiSupport';
import { closeNoticeDialog, commandHost } from '../excel/officeContext';
import { localeFromOfficeLanguage } from '../i18n';
import { REFRESH_FUNCTION, refreshAnalysis } from './refreshAnalysis';
import { showNotice } from './showNotice';

async function start(): Promise<void> {
  const host = await commandHost();
  if (!host) return;
  const locale = localeFromOfficeLanguage(host.displayLanguage);
  const apiSupport = excelApiSupport(host.isSetSupported);
  host.associate(REFRESH_FUNCTION, async () => {
    const outcome = await refreshAnalysis(host.run, { locale, displayLanguage: host.displayLanguage, apiSupport });
    const page = new URL(globalThis.location.href);
    page.search = new URLSearchParams({ notice: outcome.ok ? 'ok' : 'error', lang: locale }).toString();
    page.hash = '';
    await host.notify(outcome.text, page.href);
  });
}

const query = new URLSearchParams(globalThis.location.search);
if (query.has('notice')) {
  showNotice(document.body, {
    text: decodeURIComponent(globalThis.location.hash.slice(1)),
    ok: query.get('notice') === 'ok',
    locale: localeFromOfficeLanguage(query.get('lang')),
    onClose: () => void closeNoticeDialog(),
  });
} else {
  void start().catch((error: unknown) => console.error(error));
}
