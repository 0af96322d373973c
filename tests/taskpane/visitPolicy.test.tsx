import * as React from 'react';
import { fireEvent, render, screen } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { axe, toHaveNoViolations } from 'jest-axe';
import { localEngine } from '../../src/excel/localEngine';
import { parseVisitPolicy, type VisitPolicy } from '../../src/engine/visits';
import { ABC_CLASSES } from '../../src/engine/types';
import { createController } from '../../src/taskpane/controller';
import { VisitPolicyEditor } from '../../src/taskpane/VisitPolicyEditor';
import '../../src/taskpane/messages';
import { taskpaneWorkbook } from './fixtures';

expect.extend(toHaveNoViolations);

describe('visit policy (SPEC §8): editable in the pane, used by the run, stored in the workbook', () => {
  test('the editor changes one entry, refuses a negative number, and is accessible', async () => {
    const changes: VisitPolicy[] = [];
    const { container } = render(
      <FluentProvider theme={webLightTheme}>
        <VisitPolicyEditor locale="es" policy={parseVisitPolicy()} onChange={(p) => changes.push(p)} />
      </FluentProvider>,
    );
    const a = screen.getByLabelText('Clientes A: visitas al año');
    expect(a).toHaveValue('12');
    fireEvent.change(a, { target: { value: '6' } });
    expect(changes.at(-1)?.visitsPerYear).toEqual({ A: 6, B: 4, C: 1, N: 0 });
    fireEvent.change(screen.getByLabelText('Clientes B: visitas al año'), { target: { value: '-1' } });
    expect(changes).toHaveLength(1);
    expect(screen.getByText('Escriba un número mayor o igual que 0.')).toBeInTheDocument();
    expect(await axe(container)).toHaveNoViolations();
  });

  test('a run with an edited policy plans the visits it says, and the policy is remembered in the workbook', async () => {
    const wb = taskpaneWorkbook();
    const controller = createController((b) => wb.run(b), 'es', { ...localEngine(), dispose: () => undefined });
    const [sales, clients] = await Promise.all([
      controller.open({ kind: 'address', address: 'Ventas!A1:E15' }),
      controller.open({ kind: 'address', address: 'Clientes!A1:I7' }),
    ]);
    const policy = parseVisitPolicy({ visitsPerYear: { A: 6, B: 3, C: 1, N: 0 } });
    const outcome = await controller.run(
      {
        sales: { kind: 'address', address: sales.address },
        clients: { kind: 'address', address: clients.address },
        options: {},
        visitPolicy: policy,
      },
      () => undefined,
      new AbortController().signal,
    );
    const a = outcome.analysis;
    const planned = (id: string) => a.visits!.plan.plannedVisits[a.ids.indexOf(id)];
    const status = (id: string) => a.lifecycle.status[a.ids.indexOf(id)];
    // C001 is an A client at risk: the policy's 6 A visits + 2 for being at risk (default policy: 14)
    expect([ABC_CLASSES[a.abc.classCode[a.ids.indexOf('C001')]], status('C001')]).toEqual(['A', 3]);
    expect(planned('C001')).toBe(8);
    // C004 is an inactive B client: the policy's 3 B visits (default policy: 4)
    expect([ABC_CLASSES[a.abc.classCode[a.ids.indexOf('C004')]], status('C004')]).toEqual(['B', 4]);
    expect(planned('C004')).toBe(3);
    await controller.saveSettings({ visitPolicy: policy });
    expect((await controller.loadSettings())?.visitPolicy?.visitsPerYear.A).toBe(6);
  });
});
