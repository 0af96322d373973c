// portfolioClasses: analyzePortfolio's classes alone (the changes part classifies again on the
// comparison day with it), the same values and the same errors as the whole pass.
import { analyzePortfolio, portfolioClasses } from '../../../src/engine/classify/analyzePortfolio';
import { day, portfolio, type Sale } from './helpers';

const rows: Sale[] = [
  ['A', '2024-10-01', 500],
  ['A', '2024-11-01', 300],
  ['B', '2024-03-01', 400],
  ['B', '2024-12-31', 100],
  ['C', '2022-01-01', 50],
  ['D', '2024-12-20', -30],
  ['E', '2024-11-15', 100],
];
const input = portfolio(rows, ['P', 'A']);

test.each([null, day('2024-06-30'), day('2024-12-31')])(
  'as of %p: the classes of analyzePortfolio',
  (asOf) => {
    const whole = analyzePortfolio(input, { asOf });
    const classes = portfolioClasses(input, { asOf });
    const { valueCents, ...abc } = whole.abc;
    expect(classes).toEqual({
      opts: { ...whole.options, asOf },
      asOf: whole.asOf,
      afterAsOf: whole.quality.rowsAfterAsOf,
      occasions: whole.occasions,
      facts: whole.facts,
      valueCents,
      abc,
      lifecycle: whole.lifecycle,
    });
  },
);

test('the same errors', () => {
  const margin = { abcBasis: 'margin' as const };
  expect(() => analyzePortfolio(input, margin)).toThrow(/margin/);
  expect(() => portfolioClasses(input, margin)).toThrow(/margin/);
  const none = portfolio([]);
  expect(() => analyzePortfolio(none)).toThrow(/no usable rows/);
  expect(() => portfolioClasses(none)).toThrow(/no usable rows/);
});
