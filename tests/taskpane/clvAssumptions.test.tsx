// Issue #17: the CLV options are in the pane, and the portfolio value shows what it assumes; the
// headline NRR names its (complete) period.
import * as React from 'react';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { axe, toHaveNoViolations } from 'jest-axe';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { analyse } from '../../src/engine/pipeline';
import { OptionsStep } from '../../src/taskpane/OptionsStep';
import { defaultPaneOptions } from '../../src/taskpane/paneOptions';
import { ResultsView } from '../../src/taskpane/ResultsView';
import { clientCardModel, resultsModel } from '../../src/taskpane/resultsModel';
import { ClientCard } from '../../src/taskpane/ClientCard';
import '../../src/taskpane/messages';
import { pipelineInput } from '../report/pipelineFixture';

jest.mock('@fluentui/react-charts', () => jest.requireActual('./chartMock'));
expect.extend(toHaveNoViolations);
afterEach(cleanup);


const inFluent = (node: React.ReactElement) => render(<FluentProvider theme={webLightTheme}>{node}</FluentProvider>);
const text = (el: Element | null) => (el?.textContent ?? '').replace(/[\u00a0\u202f]/g, ' ');

describe('the portfolio value in the pane shows its assumptions', () => {
  // 4 clients with purchases: too few for BG/NBD, so every one is on the retention model (SPEC §7).
  const analysis = analyse(pipelineInput());

  test('margin assumed 100 %, horizon, discount and the retention-model clients with the reason', () => {
    const model = resultsModel(analysis);
    expect(model.clvAssumptions).toMatchObject({ marginSource: 'default', marginRate: 1, retentionClients: 4, currentClients: 4 });
    inFluent(<ResultsView locale="es" model={model} sheets={[]} onGoTo={() => undefined} />);
    const value = screen.getByText('Valor de la cartera', { selector: 'dt' }).nextElementSibling;
    const notes = text(value);
    expect(notes).toContain('Supuestos: horizonte de 12 meses, descuento anual del 10,0 %.');
    expect(notes).toContain('Margen supuesto: 100,0 % (no hay columna de margen ni de coste; puede cambiarlo en las opciones).');
    expect(notes).toMatch(/4 de 4 clientes se valoran con el modelo de retención simple m × r \/ \(1 \+ d − r\).*porque: pocos clientes con compras para ajustar el modelo\. Es una renta perpetua/);
    // r is explained: here less than two years of data, so r = 0
    expect(notes).toContain('r = 0,0 % (desconocida: hay menos de dos años de datos');
  });

  test('options given are the ones shown', () => {
    const model = resultsModel(analyse(pipelineInput(), { horizonMonths: 24, discountRate: 0.08, marginRate: 0.35 }));
    inFluent(<ResultsView locale="pt-BR" model={model} sheets={[]} onGoTo={() => undefined} />);
    const notes = text(screen.getByText('Valor da carteira', { selector: 'dt' }).nextElementSibling);
    expect(notes).toContain('Premissas: horizonte de 24 meses, desconto anual de 8,0%.');
    expect(notes).toContain('Margem: 35,0% para todos os clientes (indicada nas opções).');
  });

  test('the client card says the margin its CLV assumes', () => {
    const c1 = analysis.ids.indexOf('C1');
    const card = clientCardModel(analysis, null, c1);
    expect(card.clvMargin).toEqual({ rate: 1, assumed: true });
    inFluent(<ClientCard locale="es" model={card} hasAnalysis />);
    expect(screen.getByText('Valor del cliente (CLV, margen supuesto 100 %)', { selector: 'dt' })).toBeInTheDocument();
  });

  test('the headline NRR is the latest complete period and says which', async () => {
    const model = resultsModel(analysis);
    // as-of 2025-03-15: March is partial, February is the latest complete month (NRR 170 / 350)
    expect(model.kpis.nrrPeriod).toBe('2025-02');
    const { container } = inFluent(<ResultsView locale="es" model={model} sheets={[]} onGoTo={() => undefined} />);
    const nrr = screen.getByText('Retención neta de ingresos (2025-02)', { selector: 'dt' }).nextElementSibling;
    expect(text(nrr)).toBe('48,6 %');
    // the pane says the current month is partial and which period the figures are for
    expect(screen.getByText('2025-03 está en curso (parcial): los indicadores por periodo son de 2025-02, el último periodo completo.')).toBeInTheDocument();
    // the segment and status tables name the window of their money column
    expect(screen.getAllByRole('columnheader', { name: 'Ventas 12 meses' })).toHaveLength(2);
    expect(await axe(container)).toHaveNoViolations();
  });
});

test('options: CLV horizon, discount rate and assumed margin are fields the user changes', async () => {
  const onChange = jest.fn();
  const { container, rerender } = inFluent(
    <OptionsStep locale="es" options={defaultPaneOptions} hasMargin={false} hasClientList={false} onChange={onChange} onNext={() => undefined} />,
  );
  expect(screen.getByLabelText('Horizonte (meses)')).toHaveValue(12);
  expect(screen.getByLabelText('Tasa de descuento anual (%)')).toHaveValue(10);
  expect(screen.getByLabelText('Margen supuesto (%)')).toHaveValue(100);
  fireEvent.change(screen.getByLabelText('Horizonte (meses)'), { target: { value: '24' } });
  expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ horizonMonths: 24 }));
  fireEvent.change(screen.getByLabelText('Margen supuesto (%)'), { target: { value: '35' } });
  expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ assumedMargin: 35 }));
  expect(await axe(container)).toHaveNoViolations();
  // a bad value is refused by name, and with a margin column the assumed margin is not used
  rerender(
    <FluentProvider theme={webLightTheme}>
      <OptionsStep locale="es" options={{ ...defaultPaneOptions, horizonMonths: 0 }} hasMargin hasClientList={false} onChange={onChange} onNext={() => undefined} />
    </FluentProvider>,
  );
  expect(screen.getByText('Escriba un número entero de meses entre 1 y 600.')).toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Siguiente: ejecutar' })).toBeDisabled();
  expect(screen.getByLabelText('Margen supuesto (%)')).toBeDisabled();
});
