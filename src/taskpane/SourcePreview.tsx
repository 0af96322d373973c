// The first rows of a chosen range, formatted for the user's locale, so they can see it is the right data.
import * as React from 'react';
import { Caption1, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components';
import type { Cell } from '../engine/types';
import { formatDate, formatNumber, t, type Locale } from '../i18n';
import type { SourceInfo } from './controller';

export const PREVIEW_SHOWN = 5;

function looksLikeDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  const plain = format.replace(/"[^"]*"|\[[^\]]*\]/g, '').toLowerCase();
  return /d|yy/.test(plain) && !/^[#0.,%\s]*$/.test(plain);
}

export function previewText(locale: Locale, value: Cell, format?: string): string {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'boolean') return t(locale, value ? 'yes' : 'no');
  if (typeof value === 'number') {
    if (looksLikeDateFormat(format) && value > 0 && value < 2958466) return formatDate(locale, Math.floor(value));
    return formatNumber(locale, value, Number.isInteger(value) ? 0 : 2);
  }
  return String(value);
}

export function SourcePreview({ info, locale }: { info: SourceInfo; locale: Locale }): React.ReactElement {
  const rows = info.preview.slice(0, PREVIEW_SHOWN);
  const caption = t(locale, 'pane.data.preview', { name: info.table ?? info.address });
  return (
    <div className="cartera-preview" role="region" aria-label={caption} tabIndex={0}>
      <Caption1>{caption}</Caption1>
      <Table size="extra-small" aria-label={caption}>
        <TableHeader>
          <TableRow>
            {info.headers.map((h, c) => (
              <TableHeaderCell key={c}>{h}</TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row, r) => (
            <TableRow key={r}>
              {info.headers.map((_, c) => (
                <TableCell key={c}>{previewText(locale, row[c], info.previewFormats[r]?.[c])}</TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
