import { cliMessages } from '../../src/cli/cliMessages';
import { fileMessages } from '../../src/files/fileMessages';
const BLOCKS = ['es', 'pt', 'en'] as const;

test.each([
  ['src/files', fileMessages],
  ['src/cli', cliMessages],
])('%s: every key in Spanish, Portuguese and English, with the same placeholders', (_, catalogue) => {
  const keys = new Set(BLOCKS.flatMap((l) => Object.keys(catalogue[l])));
  const params = (s: string | undefined) => (s?.match(/\{\w+\}/g) ?? ['missing']).sort().join(',');
  const differ = [...keys].filter((k) =>
    BLOCKS.some((l) => params((catalogue[l] as Record<string, string>)[k]) !== params((catalogue.en as Record<string, string>)[k])),
  );
  expect(differ).toEqual([]);
  expect(keys.size).toBeGreaterThan(10);
});
