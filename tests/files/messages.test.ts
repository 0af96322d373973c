import { cliMessages } from '../../src/cli/cliMessages';
import { fileMessages } from '../../src/files/fileMessages';
import { LOCALES } from '../../src/i18n';

test.each([
  ['src/files', fileMessages],
  ['src/cli', cliMessages],
])('%s: every key in Spanish, Portuguese and English, with the same placeholders', (_, catalogue) => {
  const keys = new Set(LOCALES.flatMap((l) => Object.keys(catalogue[l])));
  const params = (s: string | undefined) => (s?.match(/\{\w+\}/g) ?? ['missing']).sort().join(',');
  const differ = [...keys].filter((k) =>
    LOCALES.some((l) => params(catalogue[l][k]) !== params(catalogue.en[k])),
  );
  expect(differ).toEqual([]);
  expect(keys.size).toBeGreaterThan(10);
});
