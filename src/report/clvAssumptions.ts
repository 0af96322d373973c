// What the portfolio value assumes, beside every figure it feeds (SPEC §7, issue #17): the horizon,
// the discount rate, the margin rate (and whether it is assumed because there is no margin or cost
// column), and how many clients are valued with the retention model instead, and why.
import { CLV_REASONS, METHOD_RETENTION } from '../engine/clv';
import type { ClvPart } from '../engine/pipeline';
import { formatNumber, formatPercent, t, type Locale } from '../i18n';

export interface ClvAssumptions {
  horizonMonths: number;
  discountRate: number;
  /** the portfolio's margin rate */
  marginRate: number;
  /** 'default' = no margin or cost column: the rate is assumed (100 % unless the user set one) */
  marginSource: 'parameter' | 'data_client' | 'data_portfolio' | 'default';
  currentClients: number;
  /** clients valued with the simple retention model m × r / (1 + d − r) */
  retentionClients: number;
  retentionRate: number;
  /** where r comes from, and on how many clients it was measured */
  retentionSource: 'data' | 'parameter' | 'unknown';
  retainedClients: number;
  previousClients: number;
  /** CLV_REASONS id of the fallback: the fit's reason when no model could be used, else 'non_finite' */
  fallbackReason: (typeof CLV_REASONS)[number] | null;
}

export function clvAssumptions(clv: ClvPart): ClvAssumptions {
  let retentionClients = 0;
  const reasons = new Map<number, number>();
  const { method, reasonCode } = clv.clients;
  for (let i = 0; i < method.length; i++) {
    if (method[i] !== METHOD_RETENTION) continue;
    retentionClients++;
    reasons.set(reasonCode[i], (reasons.get(reasonCode[i]) ?? 0) + 1);
  }
  let fallbackReason: ClvAssumptions['fallbackReason'] = null;
  let most = 0;
  for (const [code, count] of reasons)
    if (count > most) [most, fallbackReason] = [count, CLV_REASONS[code] ?? 'fit_failed'];
  return {
    horizonMonths: clv.settings.horizonMonths,
    discountRate: clv.settings.discountRate,
    marginRate: clv.margin.portfolioRate,
    marginSource: clv.margin.source,
    currentClients: clv.portfolio.clients,
    retentionClients,
    retentionRate: clv.retention.rate,
    retentionSource: clv.retention.source,
    retainedClients: clv.retention.retainedClients,
    previousClients: clv.retention.previousClients,
    fallbackReason,
  };
}

/** The assumptions as short sentences in the user's language (the pane and the Portfolio value sheet). */
export function clvAssumptionLines(locale: Locale, a: ClvAssumptions): string[] {
  const pct = (v: number) => formatPercent(locale, v, 1);
  const lines = [
    t(locale, 'clv.assume.settings', { horizon: a.horizonMonths, discount: pct(a.discountRate) }),
    t(locale, `clv.assume.margin.${a.marginSource}`, { rate: pct(a.marginRate) }),
  ];
  if (a.retentionClients > 0)
    lines.push(
      t(locale, 'clv.assume.fallback', {
        clients: formatNumber(locale, a.retentionClients),
        total: formatNumber(locale, a.currentClients),
        reason: t(locale, `clv.reason.${a.fallbackReason ?? 'fit_failed'}`).toLowerCase(),
        retention: `${pct(a.retentionRate)} (${t(locale, `value.retentionSource.${a.retentionSource}`, {
          retained: formatNumber(locale, a.retainedClients),
          previous: formatNumber(locale, a.previousClients),
        })})`,
        discount: pct(a.discountRate),
        // r / (1 + d − r): how many times its last 12 months' margin each such client is worth
        multiple: formatNumber(locale, a.retentionRate / (1 + a.discountRate - a.retentionRate), 1),
      }),
    );
  return lines;
}
