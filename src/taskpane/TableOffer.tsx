// Issue #18: a source stored as an address is offered to become an Excel table, which grows by itself
// (and shows the user what Cartera reads). One small card per such source on the first screen.
import * as React from 'react';
import { Body1, Button } from '@fluentui/react-components';
import { t, type Locale } from '../i18n';
import './refreshMessages';

export interface TableOfferProps {
  locale: Locale;
  /** the data the address stands for now ("Ventas!A1:D18") */
  address: string;
  busy: boolean;
  onConvert: () => void;
}

export function TableOffer({ locale, address, busy, onConvert }: TableOfferProps): React.ReactElement {
  const text = t(locale, 'pane.tableOffer.text', { address });
  return (
    <section className="cartera-section" aria-label={text}>
      <Body1 as="p">{text}</Body1>
      <div className="cartera-row">
        <Button onClick={onConvert} disabled={busy}>
          {t(locale, 'pane.tableOffer.button')}
        </Button>
      </div>
    </section>
  );
}
