// Issue #16: only src/excel/officeContext.ts reads the Office.js globals; everything else gets what it
// needs as parameters (the requirement-set check, the display language, `run`).
import { excelApiSupport } from '../../src/excel/apiSupport';
import { officeContext } from '../../src/excel/officeContext';

const g = globalThis as { Office?: unknown; Excel?: unknown };

/** a global Office that reports only ExcelApi 1.1 (an old Excel) */
function installOffice(host: string, background = '#1f1f1f') {
  const before = { Office: g.Office, Excel: g.Excel };
  const calls: string[] = [];
  g.Office = {
    HostType: { Excel: 'Excel', Word: 'Word' },
    onReady: async () => ({ host, platform: 'PC' }),
    context: {
      displayLanguage: 'pt-BR',
      officeTheme: { bodyBackgroundColor: background },
      requirements: {
        isSetSupported: (name: string, version: string) => name === 'ExcelApi' && version === '1.1',
      },
    },
  };
  g.Excel = {
    run: async (batch: (context: unknown) => Promise<unknown>) => {
      calls.push('Excel.run');
      return batch({});
    },
  };
  return { calls, uninstall: () => Object.assign(g, before) };
}

describe('excelApiSupport takes Office’s check as a parameter', () => {
  test('it does not read the global Office (a global that says "only 1.1" is ignored)', () => {
    const office = installOffice('Excel');
    try {
      expect(excelApiSupport()('1.12')).toBe(true);
    } finally {
      office.uninstall();
    }
  });

  test('with a check: a real Excel answers per version; no ExcelApi 1.1 means not a real Excel (all sets)', () => {
    const upTo19 = (name: string, version: string) =>
      name === 'ExcelApi' && Number(version.split('.')[1]) <= 9;
    expect([excelApiSupport(upTo19)('1.9'), excelApiSupport(upTo19)('1.10')]).toEqual([true, false]);
    expect(excelApiSupport(() => false)('1.12')).toBe(true);
    expect(
      excelApiSupport(() => {
        throw new Error('no');
      })('1.12'),
    ).toBe(true);
  });
});

describe('officeContext: the add-in entry’s one read of Office.js', () => {
  test('no Office.js: null', async () => {
    expect(g.Office).toBeUndefined();
    await expect(officeContext()).resolves.toBeNull();
  });

  test('in Excel: run is Excel.run, with the display language, the requirement check and the theme', async () => {
    const office = installOffice('Excel');
    try {
      const context = await officeContext();
      expect(context).not.toBeNull();
      expect([context!.displayLanguage, context!.theme]).toEqual(['pt-BR', 'dark']);
      expect([
        context!.isSetSupported('ExcelApi', '1.1'),
        context!.isSetSupported('ExcelApi', '1.2'),
      ]).toEqual([true, false]);
      await context!.run(async () => 1);
      expect(office.calls).toEqual(['Excel.run']);
    } finally {
      office.uninstall();
    }
  });

  test('a light background is the light theme; another Office app is not Excel', async () => {
    let office = installOffice('Excel', '#ffffff');
    try {
      expect((await officeContext())!.theme).toBe('light');
    } finally {
      office.uninstall();
    }
    office = installOffice('Word');
    try {
      await expect(officeContext()).resolves.toBeNull();
    } finally {
      office.uninstall();
    }
  });
});
