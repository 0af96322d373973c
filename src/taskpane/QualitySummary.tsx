// The data-quality summary before a run: rows read/used/rejected/blank, rejections by reason, and
// the client issues; the details go to the Data quality sheet.
import * as React from 'react';
import { Caption1, Subtitle2, Table, TableBody, TableCell, TableRow } from '@fluentui/react-components';
import type { QualityReport, RejectReason } from '../engine/types';
import { formatNumber, translator, type Locale, type MessageKey } from '../i18n';

export interface QualityCounts {
  rows: { key: MessageKey; value: number }[];
  reasons: { reason: RejectReason; count: number }[];
}

/** The figures shown, in order (pure, for tests and the component). */
export function qualityCounts(q: QualityReport): QualityCounts {
  const issues = (kind: string) => q.issues.filter((i) => i.kind === kind).length;
  const byReason = new Map<RejectReason, number>();
  for (const r of q.rejected) byReason.set(r.reason, (byReason.get(r.reason) ?? 0) + 1);
  return {
    rows: [
      { key: 'pane.quality.read', value: q.rowsRead },
      { key: 'pane.quality.used', value: q.rowsUsed },
      { key: 'pane.quality.rejected', value: q.rowsRejected },
      { key: 'pane.quality.blank', value: q.blankRows },
      { key: 'pane.quality.afterAsOf', value: q.rowsAfterAsOf },
      { key: 'pane.quality.duplicates', value: issues('duplicate_client') },
      // a same name under ids written two ways (id_variant) is a possible duplicate too
      { key: 'pane.quality.possible', value: issues('possible_duplicate') + issues('id_variant') },
      { key: 'pane.quality.notInList', value: issues('not_in_list') },
    ],
    reasons: [...byReason].map(([reason, count]) => ({ reason, count })).sort((a, b) => b.count - a.count),
  };
}

export function QualitySummary({ report, locale }: { report: QualityReport; locale: Locale }): React.ReactElement {
  const tr = translator(locale);
  const counts = qualityCounts(report);
  return (
    <section className="cartera-section" aria-labelledby="cartera-quality-title">
      <Subtitle2 as="h2" id="cartera-quality-title">
        {tr('pane.quality.title')}
      </Subtitle2>
      <Table size="extra-small" aria-labelledby="cartera-quality-title">
        <TableBody>
          {counts.rows.map((r) => (
            <TableRow key={r.key}>
              <TableCell>{tr(r.key)}</TableCell>
              <TableCell className="cartera-num">{formatNumber(locale, r.value)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {counts.reasons.length ? (
        <>
          <Caption1 as="h3" id="cartera-reasons-title" className="cartera-caption">
            {tr('pane.quality.reasons')}
          </Caption1>
          <Table size="extra-small" aria-labelledby="cartera-reasons-title">
            <TableBody>
              {counts.reasons.map((r) => (
                <TableRow key={r.reason}>
                  <TableCell>{tr(`reason.${r.reason}`)}</TableCell>
                  <TableCell className="cartera-num">{formatNumber(locale, r.count)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </>
      ) : null}
      <Caption1 as="p">{tr('pane.quality.details')}</Caption1>
    </section>
  );
}
