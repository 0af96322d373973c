// Entry of the playground (outside Office): mounts the page into `element`.
import * as React from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { parseLocale, type Locale } from '../i18n';
import { Playground, type PlaygroundProps } from './Playground';

/**
 * The language from ?lang=es|pt|pt-BR|pt-PT|en (pt = Brazil's), else the browser's (pt-PT, pt-AO... →
 * pt-PT), else Spanish (most of Cartera's users).
 */
export function playgroundLocale(search: string, languages: readonly string[]): Locale {
  const asked = parseLocale(new URLSearchParams(search).get('lang'));
  if (asked) return asked;
  for (const l of languages) {
    const p = parseLocale(l);
    if (p) return p;
  }
  return 'es';
}

export function mountPlayground(element: HTMLElement, options: Partial<PlaygroundProps> = {}): Root {
  const locale =
    options.initialLocale ??
    playgroundLocale(globalThis.location?.search ?? '', globalThis.navigator?.languages ?? [globalThis.navigator?.language ?? 'es']);
  const root = createRoot(element);
  root.render(<Playground {...options} initialLocale={locale} />);
  return root;
}
