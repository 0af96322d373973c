// SPEC §11 in the pane: a small "changes" section with the comparison date and the size of each
// action list (the lists themselves are on the changes sheet).
import * as React from 'react';
import { cleanup, render, screen, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { analyse } from '../../src/engine/pipeline';
import { formatDate } from '../../src/i18n';
import { ResultsView } from '../../src/taskpane/ResultsView';
import { resultsModel } from '../../src/taskpane/resultsModel';
import '../../src/taskpane/messages';
import { changesInput, T0, T1 } from '../engine/changes/changesFixture';

jest.mock('@fluentui/react-charts', () => jest.requireActual('./chartMock'));
afterEach(cleanup);

const inFluent = (node: React.ReactElement) =>
  render(<FluentProvider theme={webLightTheme}>{node}</FluentProvider>);

describe('the changes section of the results', () => {
  const analysis = analyse(changesInput(), { asOf: T1 });

  test('the model has the comparison date and the count of each list', () => {
    expect(resultsModel(analysis).changes).toEqual({
      compareDate: T0,
      counts: [
        { list: 'newlyAtRisk', clients: 1 },
        { list: 'newlyInactiveOrLost', clients: 2 },
        { list: 'droppedOutOfA', clients: 1 },
        { list: 'newlyA', clients: 2 },
        { list: 'reactivated', clients: 2 },
      ],
    });
  });

  test.each([
    ['es', 'Cambios desde el', 'Reactivados (inactivos o perdidos entonces, activos ahora)'],
    ['pt-BR', 'Mudanças desde', 'Reativados (inativos ou perdidos então, ativos agora)'],
  ] as const)(
    '%s: the section names the date and the lists with their counts',
    (locale, title, reactivated) => {
      inFluent(
        <ResultsView locale={locale} model={resultsModel(analysis)} sheets={[]} onGoTo={() => undefined} />,
      );
      const heading = screen.getByRole('heading', { name: `${title} ${formatDate(locale, T0)}` });
      const section = heading.closest('section')!;
      expect(within(section).getByText(reactivated, { selector: 'dt' }).nextElementSibling?.textContent).toBe(
        '2',
      );
      expect(within(section).getAllByRole('definition')).toHaveLength(5);
    },
  );

  test('no section when the part did not run', () => {
    const failed = analyse(changesInput(), { asOf: T1, compareDate: T1 + 1 });
    expect(resultsModel(failed).changes).toBeNull();
    inFluent(<ResultsView locale="es" model={resultsModel(failed)} sheets={[]} onGoTo={() => undefined} />);
    expect(screen.queryByRole('heading', { name: /Cambios desde/ })).toBeNull();
  });
});
