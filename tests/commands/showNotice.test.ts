/**
 * @jest-environment jsdom
 */
// The ribbon command's outcome dialog (commands.html?notice): the sentence as text, a close button.
import { showNotice } from '../../src/commands/showNotice';

describe('the notice page', () => {
  test('shows the text as text, with a localised close button', () => {
    const closed: number[] = [];
    showNotice(document.body, { text: '<b>=1+1</b>', ok: false, locale: 'pt-BR', onClose: () => closed.push(1) });
    const alert = document.querySelector('[role="alert"]')!;
    expect(alert.querySelector('p')!.textContent).toBe('<b>=1+1</b>');
    const button = alert.querySelector('button')!;
    expect(button.textContent).toBe('Fechar');
    button.click();
    expect(closed).toEqual([1]);
  });
});
