// The command's outcome as a page (the small dialog CommandHost.notify opens): the sentence, coloured
// for success or failure, and a close button. Plain DOM: no React on the commands page.
import { t, type Locale } from '../i18n';
import './commandMessages';

export interface Notice {
  text: string;
  ok: boolean;
  locale: Locale;
  onClose: () => void;
}

export function showNotice(body: HTMLElement, notice: Notice): void {
  const doc = body.ownerDocument;
  doc.documentElement.lang = notice.locale;
  const main = doc.createElement('main');
  main.setAttribute('role', notice.ok ? 'status' : 'alert');
  main.style.cssText =
    'font-family:"Segoe UI",system-ui,sans-serif;font-size:14px;line-height:1.45;padding:12px 16px;' +
    `border-left:4px solid ${notice.ok ? '#107c10' : '#c50f1f'}`;
  const p = doc.createElement('p');
  p.textContent = notice.text; // text, never markup
  const close = doc.createElement('button');
  close.type = 'button';
  close.textContent = t(notice.locale, 'command.close');
  close.addEventListener('click', notice.onClose);
  main.append(p, close);
  body.replaceChildren(main);
  close.focus();
}
