// Entry of the playground (outside Office): mounts the page into `element`.
import * as React from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { type Locale } from '../i18n';
import { Playground, type PlaygroundProps } from './Playground';

/** The language from ?lang=es|pt|en, else the browser's, else Spanish (most of Cartera's users). */
export function playgroundLocale(search: string, languages: readonly string[]): Locale {
  const asked = new URLSearchParams(search).get('lang')?.toLowerCase();
  if (asked === 'es' || asked === 'pt' || asked === 'en') return asked;
  for (const l of languages) {
    const p = l.toLowerCase().slice(0, 2);
    if (p === 'es' || p === 'pt' || p === 'en') return p;
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
