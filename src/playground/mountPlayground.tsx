// Entry of the playground (outside Office): mounts the page into `element`.
import * as React from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { Playground, type PlaygroundProps } from './Playground';
import { playgroundLocale } from './playgroundLocale';

export { playgroundLocale };

export function mountPlayground(element: HTMLElement, options: Partial<PlaygroundProps> = {}): Root {
  const locale =
    options.initialLocale ??
    playgroundLocale(globalThis.location?.search ?? '', globalThis.navigator?.languages ?? [globalThis.navigator?.language ?? 'es']);
  const root = createRoot(element);
  root.render(<Playground {...options} initialLocale={locale} />);
  return root;
}
