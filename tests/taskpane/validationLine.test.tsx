// The Results view's back-test line (SPEC §7 validation), es/pt/en; absent when the back-test did not run.
import * as React from 'react';
import { cleanup, render, screen } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { Locale } from '../../src/i18n';
import { ResultsView } from '../../src/taskpane/ResultsView';
import type { ResultsModel } from '../../src/taskpane/resultsModel';
import '../../src/taskpane/messages';

jest.mock('../../src/taskpane/ParetoChart', () => ({ __esModule: true, default: () => null }));

const MODEL: ResultsModel = {
  asOf: 45000,
  kpis: {
    clients: 2357,
    customers: 2357,
    revenue12: 1000,
    active: 10,
    atRisk: 5,
    shareA: 0.5,
    pareto: null,
    nrr: null,
    nrrPeriod: null,
    portfolioValue: null,
  },
  periods: null,
  valueLabel: 'col.revenue12',
  clvAssumptions: null,
  validation: { holdout: 39, timeUnit: 'weeks', predicted: 1653.4, actual: 1882, mae: 0.7854 },
  segments: [],
  statuses: [],
  pareto: [],
};

const view = (locale: Locale, model: ResultsModel) =>
  render(
    <FluentProvider theme={webLightTheme}>
      <ResultsView locale={locale} model={model} sheets={[]} onGoTo={() => undefined} />
    </FluentProvider>,
  );

afterEach(cleanup);

test.each([
  [
    'es',
    /^Validación del modelo: en el periodo de prueba final, de 39 semanas, se preveían 1\.653 compras repetidas y hubo 1\.882 \(-12,1\s%\); error medio por cliente 0,79\.$/,
  ],
  [
    'pt-BR',
    /^Validação do modelo: no período de teste final, de 39 semanas, eram previstas 1\.653 compras repetidas e houve 1\.882 \(-12,1\s?%\); erro médio por cliente 0,79\.$/,
  ],
  [
    'pt-PT',
    /^Validação do modelo: no período de teste final, de 39 semanas, previam-se 1\s653 compras repetidas e houve 1\s882 \(-12,1\s?%\); erro médio por cliente 0,79\.$/,
  ],
  [
    'en',
    /^Model validation: over the last 39 weeks the model predicted 1,653 repeat purchases and there were 1,882 \(-12\.1%\); mean error per client 0\.79\.$/,
  ],
] as const)('the back-test line (%s)', (locale, text) => {
  view(locale, MODEL);
  expect(screen.getByText(text)).toBeInTheDocument();
});

test('no line when the back-test did not run', () => {
  const { container } = view('es', { ...MODEL, validation: null });
  expect(container.querySelector('.cartera-validation')).toBeNull();
});
