// The playground page: the real task pane (renderTaskpane on the simulated workbook's `run`) beside
// a view of that workbook (name box, formula bar, virtualised grid, sheet tabs), with a toolbar to
// open a CSV/XLSX file, reset the sample, download the workbook and switch the language.
import * as React from 'react';
import {
  Body1,
  Button,
  Caption1,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Dropdown,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  Option,
  Spinner,
  Subtitle2,
  Tab,
  TabList,
  Toolbar,
  ToolbarDivider,
  webLightTheme,
} from '@fluentui/react-components';
import type { Root } from 'react-dom/client';
import { FileError } from '../files/FileError';
import { printable } from '../files/printable';
import type { TextFileWarning } from '../files/textFileWarnings';
import { createWorkbook, installGlobalExcel, type SimWorkbook } from '../host';
import { rectAddress } from '../host/address';
import { LOCALES, localeTag, t, translator, type Locale } from '../i18n';
import { loadSampleWorkbook, SAMPLE_SHEET_NAMES } from '../sample/loadSampleWorkbook';
import { sampleSources } from '../sample/sampleSources';
import { renderTaskpane } from '../taskpane/mount';
import type { InitialSources } from '../taskpane/TaskpaneApp';
import { GRID_CSS, SheetGrid } from './SheetGrid';
import './messages';

const LANGUAGE_NAMES: Record<Locale, string> = {
  es: 'Español',
  'pt-BR': 'Português (Brasil)',
  'pt-PT': 'Português (Portugal)',
  en: 'English',
};

export interface PlaygroundProps {
  initialLocale: Locale;
  /** Builds the starting workbook (default: the sample). */
  makeWorkbook?: () => SimWorkbook;
}

type Notice = { intent: 'info' | 'error'; text: string } | null;

/** The workbook on display, where it came from, and the ranges the pane starts with (if any). */
interface Book {
  wb: SimWorkbook;
  origin: 'sample' | 'file';
  start?: InitialSources;
}

/** An action that replaces the workbook on display, waiting for the user's confirmation. */
type Pending = { kind: 'reset' } | { kind: 'open'; file: File } | { kind: 'sample'; done: () => void };

export function sampleWorkbook(): SimWorkbook {
  return sampleBook(false).wb;
}

/** The sample; `chosen`: the pane starts with its sales, client list and visits log selected. */
function sampleBook(chosen: boolean): Book {
  const wb = createWorkbook({ sheets: [...SAMPLE_SHEET_NAMES] });
  const data = loadSampleWorkbook(wb);
  return { wb, origin: 'sample', start: chosen ? sampleSources(data) : undefined };
}

/** Mounts the task pane into a div of its own React root, remounting it when the workbook or language changes. */
function PaneHost({
  wb,
  start,
  locale,
  label,
  onLoadSample,
}: {
  wb: SimWorkbook;
  start: InitialSources | undefined;
  locale: Locale;
  label: string;
  onLoadSample: () => Promise<void>;
}): React.ReactElement {
  const loadSample = React.useRef(onLoadSample);
  loadSample.current = onLoadSample;
  const ref = React.useRef<HTMLDivElement>(null);
  React.useEffect(() => {
    const host = document.createElement('div');
    host.style.height = '100%';
    ref.current?.appendChild(host);
    const root: Root = renderTaskpane(host, {
      run: (batch) => wb.run(batch),
      displayLanguage: localeTag(locale),
      isSetSupported: () => true,
      onLoadSample: () => loadSample.current(),
      initialSources: start,
      // The simulated Excel runs in this page: smaller batches keep each of its syncs short
      // (a sync's work grows with its bytes; 500 kB ≈ 20–35 ms of the page's time).
      ioLimits: { payloadBytes: 500_000 },
    });
    return () => {
      // Unmount after React has finished committing the outer tree.
      setTimeout(() => {
        root.unmount();
        host.remove();
      }, 0);
    };
  }, [wb, start, locale]);
  return <aside ref={ref} className="pg-pane" aria-label={label} />;
}

export function Playground({ initialLocale, makeWorkbook = sampleWorkbook }: PlaygroundProps): React.ReactElement {
  const [locale, setLocale] = React.useState<Locale>(initialLocale);
  const [book, setBook] = React.useState<Book>(() => ({ wb: makeWorkbook(), origin: 'sample' }));
  const wb = book.wb;
  const [pending, setPending] = React.useState<Pending | null>(null);
  const [version, setVersion] = React.useState(0);
  const [busy, setBusy] = React.useState(false);
  const [notice, setNotice] = React.useState<Notice>(null);
  const fileInput = React.useRef<HTMLInputElement>(null);
  const tr = translator(locale);

  React.useEffect(() => installGlobalExcel(wb), [wb]);
  // For the browser console and the e2e tests: the simulated workbook on display.
  React.useEffect(() => {
    (globalThis as { carteraPlayground?: { workbook: SimWorkbook } }).carteraPlayground = { workbook: wb };
  }, [wb]);
  React.useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  React.useEffect(() => {
    let frame = 0;
    const off = wb.onModelChanged(() => {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        setVersion((v) => v + 1);
      });
    });
    return () => {
      off();
      if (frame) cancelAnimationFrame(frame);
    };
  }, [wb]);

  const sheets = wb.sheets().filter((s) => s.visibility === 'Visible');
  const active = wb.activeSheet();
  const selection = wb.selection();
  const activeCell = (() => {
    try {
      const m = /^([A-Z]+\d+)/.exec(selection.address);
      return m ? wb.cell(selection.sheet, m[1]) : null;
    } catch {
      return null;
    }
  })();
  const formulaText = activeCell ? (activeCell.formula ?? (activeCell.value === '' ? '' : activeCell.text)) : '';

  const activate = (name: string) => {
    const s = wb.model.findSheet(name);
    wb.select(name, s ? rectAddress(s.selection) : 'A1');
  };

  const loadSample = (chosen: boolean) =>
    new Promise<void>((resolve) => {
      setBusy(true);
      setNotice(null);
      // Let the spinner paint before the (synchronous) generation.
      setTimeout(() => {
        setBook(sampleBook(chosen));
        setBusy(false);
        resolve();
      }, 0);
    });

  // The pane's "load the sample data" (its first-run hint, shown only before any run): nothing is
  // lost on the sample itself, but a file the user opened is replaced only once confirmed.
  const loadSampleFromPane = () =>
    book.origin === 'sample' ? loadSample(true) : new Promise<void>((resolve) => setPending({ kind: 'sample', done: resolve }));

  // Every replacement of the workbook on display waits for the user's confirmation.
  const proceed = () => {
    const action = pending;
    setPending(null);
    if (action?.kind === 'reset') void loadSample(false);
    else if (action?.kind === 'open') void openFile(action.file);
    else if (action?.kind === 'sample') void loadSample(true).then(action.done);
  };

  const cancelPending = () => {
    if (pending?.kind === 'sample') pending.done();
    setPending(null);
  };

  const openFile = async (file: File) => {
    setBusy(true);
    setNotice(null);
    try {
      const { loadWorkbookFile } = await import(/* webpackChunkName: "xlsx" */ '../host/xlsx');
      const warnings: TextFileWarning[] = [];
      const loaded = await loadWorkbookFile(await file.arrayBuffer(), file.name, warnings);
      setBook({ wb: loaded, origin: 'file' });
      const loadedText = tr('playground.loaded', { file: printable(file.name, 200), sheets: loaded.sheets().length });
      setNotice({ intent: 'info', text: [loadedText, ...warnings.map((w) => tr(w.key, { count: w.count, rows: w.rows }))].join(' ') });
    } catch (error) {
      // A file's problem in the user's language (its code rendered here, the file named once);
      // anything else is not shown raw (it would be English).
      const name = printable(file.name, 200);
      const problem = error instanceof FileError ? error.render(locale) : tr('file.file_unreadable', { file: name, detail: error instanceof Error ? error.name : 'Error' });
      const message = problem.startsWith(`${name}: `) ? problem.slice(name.length + 2) : problem;
      setNotice({ intent: 'error', text: tr('playground.loadError', { file: name, message }) });
    } finally {
      setBusy(false);
    }
  };

  const download = async () => {
    const { saveWorkbook } = await import(/* webpackChunkName: "xlsx" */ '../host/xlsx');
    const bytes = await saveWorkbook(wb);
    const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = 'cartera.xlsx';
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  return (
    // The layout class goes on a div of ours: Fluent copies the provider's className onto its portal
    // nodes (dropdown lists, dialogs), where "pg-root" covered the whole page in grey.
    <FluentProvider theme={webLightTheme} style={{ height: '100%' }}>
      <div className="pg-root">
        <style>{PAGE_CSS + GRID_CSS}</style>
        <header className="pg-header">
          <img src="assets/icon-32.png" width={24} height={24} alt="" />
          <div className="pg-titles">
            <Subtitle2 as="h1">{tr('playground.title')}</Subtitle2>
            <Caption1>{tr('playground.subtitle')}</Caption1>
          </div>
          <Toolbar aria-label="Cartera" className="pg-toolbar">
            <Button appearance="primary" onClick={() => fileInput.current?.click()} disabled={busy}>
              {tr('playground.openFile')}
            </Button>
            <input
              ref={fileInput}
              type="file"
              accept=".csv,.txt,.tsv,.xlsx,.xlsm"
              hidden
              data-testid="open-file"
              onChange={(e) => {
                const file = e.currentTarget.files?.[0];
                e.currentTarget.value = '';
                if (file) setPending({ kind: 'open', file });
              }}
            />
            <Button onClick={() => setPending({ kind: 'reset' })} disabled={busy}>
              {tr('playground.resetSample')}
            </Button>
            <Button onClick={() => void download()} disabled={busy}>
              XLSX ↓
            </Button>
            <ToolbarDivider />
            <Dropdown
              aria-label={tr('playground.language')}
              value={LANGUAGE_NAMES[locale]}
              selectedOptions={[locale]}
              onOptionSelect={(_, d) => d.optionValue && setLocale(d.optionValue as Locale)}
              style={{ minWidth: 180 }}
            >
              {LOCALES.map((l) => (
                <Option key={l} value={l}>
                  {LANGUAGE_NAMES[l]}
                </Option>
              ))}
            </Dropdown>
            {busy ? <Spinner size="tiny" label={tr('playground.loading')} /> : null}
          </Toolbar>
        </header>
        {notice ? (
          <MessageBar intent={notice.intent} className="pg-notice">
            <MessageBarBody>{notice.text}</MessageBarBody>
          </MessageBar>
        ) : null}
        <main className="pg-main">
          <section className="pg-book" aria-label={tr('playground.grid', { sheet: active })}>
            <div className="pg-formula">
              <input className="pg-namebox" aria-label={tr('playground.nameBox')} readOnly value={selection.sheet === active ? selection.address : ''} />
              <span className="pg-fx">fx</span>
              <input className="pg-formulabar" aria-label={tr('playground.formulaBar')} readOnly value={String(formulaText)} />
            </div>
            <SheetGrid wb={wb} sheet={active} version={version} locale={locale} label={tr('playground.grid', { sheet: active })} />
            <TabList
              className="pg-tabs"
              aria-label={tr('playground.sheets')}
              size="small"
              selectedValue={active}
              onTabSelect={(_, d) => activate(String(d.value))}
            >
              {sheets.map((s) => (
                <Tab key={s.id} value={s.name}>
                  {s.name}
                </Tab>
              ))}
            </TabList>
          </section>
          <PaneHost wb={wb} start={book.start} locale={locale} label={tr('playground.pane')} onLoadSample={loadSampleFromPane} />
        </main>
        {sheets.length === 0 ? <Body1>{tr('playground.emptySheet')}</Body1> : null}
        <Dialog open={pending !== null} onOpenChange={(_, d) => (d.open ? undefined : cancelPending())}>
          <DialogSurface aria-describedby="pg-confirm-body">
            <DialogBody>
              <DialogTitle>{tr('playground.confirm.title')}</DialogTitle>
              <DialogContent id="pg-confirm-body">{confirmText(locale, pending)}</DialogContent>
              <DialogActions>
                <Button appearance="primary" onClick={proceed}>
                  {tr(pending?.kind === 'open' ? 'playground.confirm.openAction' : 'playground.confirm.sampleAction')}
                </Button>
                <Button onClick={cancelPending}>{tr('playground.confirm.cancel')}</Button>
              </DialogActions>
            </DialogBody>
          </DialogSurface>
        </Dialog>
      </div>
    </FluentProvider>
  );
}

function confirmText(locale: Locale, pending: Pending | null): string {
  if (pending?.kind === 'open') return t(locale, 'playground.confirm.open', { file: pending.file.name });
  return t(locale, pending?.kind === 'sample' ? 'playground.confirm.sample' : 'playground.confirm.reset');
}

const PAGE_CSS = `
html, body, #root { height: 100%; margin: 0; }
.pg-root { height: 100%; display: flex; flex-direction: column; background: #F5F5F5; }
.pg-header { display: flex; align-items: center; gap: 12px; padding: 6px 12px; background: #fff; border-bottom: 1px solid #E0E0E0; flex-wrap: wrap; }
.pg-titles { display: flex; flex-direction: column; min-width: 220px; flex: 1 1 300px; }
.pg-titles h1 { margin: 0; }
.pg-toolbar { flex-wrap: wrap; }
.pg-notice { margin: 6px 12px 0; }
.pg-main { flex: 1 1 auto; display: flex; min-height: 0; gap: 8px; padding: 8px; }
.pg-book { flex: 1 1 auto; min-width: 0; display: flex; flex-direction: column; background: #fff; border: 1px solid #E0E0E0; }
.pg-formula { display: flex; align-items: center; gap: 6px; padding: 4px 6px; border-bottom: 1px solid #E0E0E0; }
.pg-namebox { width: 110px; font: 12px "Segoe UI", system-ui, sans-serif; border: 1px solid #D0D0D0; padding: 2px 4px; }
.pg-fx { font-style: italic; color: #666; font-family: serif; }
.pg-formulabar { flex: 1; font: 12px "Segoe UI", system-ui, sans-serif; border: 1px solid #D0D0D0; padding: 2px 4px; }
.pg-tabs { border-top: 1px solid #E0E0E0; background: #FAFAFA; overflow-x: auto; flex: 0 0 auto; }
.pg-pane { flex: 0 0 360px; max-width: 45%; background: #fff; border: 1px solid #E0E0E0; overflow: auto; }
@media (max-width: 800px) { .pg-main { flex-direction: column; } .pg-pane { flex-basis: 420px; max-width: none; } }
`;
