// localeConventions: the decimal separator and date order of a locale. The add-in's own languages are
// answered without Intl (issue #20: the first Intl formatters of a process cost ≈ 15 ms of ICU set-up),
// with exactly what Intl answers for them.
import { fromIntl, localeConventions } from '../../../src/engine/clean/conventions';

const OWN = ['es', 'es-ES', 'pt', 'pt-BR', 'pt-PT', 'en', 'en-US'];

describe('localeConventions', () => {
  afterEach(() => jest.restoreAllMocks());

  test.each(OWN)('%s: the same conventions as Intl', (locale) => {
    expect(localeConventions(locale)).toEqual(fromIntl(locale));
  });

  test('the default and the add-in languages build no Intl formatter', () => {
    const numberFormat = jest.spyOn(Intl, 'NumberFormat');
    const dateFormat = jest.spyOn(Intl, 'DateTimeFormat');
    // a fresh copy of the module: nothing remembered from the tests above
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const fresh = require('../../../src/engine/clean/conventions') as { localeConventions: typeof localeConventions };
      expect(fresh.localeConventions()).toEqual({ decimal: ',', dateOrder: 'dmy' });
      for (const locale of OWN) fresh.localeConventions(locale);
    });
    expect(numberFormat).not.toHaveBeenCalled();
    expect(dateFormat).not.toHaveBeenCalled();
  });

  test('other tags ask Intl (es-MX: "." and day-first), once', () => {
    const numberFormat = jest.spyOn(Intl, 'NumberFormat');
    expect(localeConventions('es-MX')).toEqual({ decimal: '.', dateOrder: 'dmy' });
    expect(localeConventions('es-MX')).toEqual({ decimal: '.', dateOrder: 'dmy' });
    expect(numberFormat).toHaveBeenCalledTimes(1);
  });

  test('an unknown tag keeps the Spanish/Portuguese defaults', () => {
    expect(localeConventions('not a tag!')).toEqual({ decimal: ',', dateOrder: 'dmy' });
  });
});
