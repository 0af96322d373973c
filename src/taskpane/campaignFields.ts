// The segment fields of an analysis: the client list's attributes and every computed field the
// analysis has (CLV once the lead's lifetime-value part is in).
import type { FullAnalysis } from '../engine/pipeline';
import { segmentFields, type SegmentFields } from '../engine/segments';
import type { ClientsData } from '../engine/types';

export function campaignFields(analysis: FullAnalysis, clients: ClientsData): SegmentFields {
  const extra = analysis as FullAnalysis & { clv?: { clients?: { clv?: Float64Array } } };
  const clv = extra.clv?.clients?.clv;
  return segmentFields({
    clients,
    asOf: analysis.asOf,
    abc: analysis.abc.classCode,
    rfmSegment: analysis.rfm.segment,
    r: analysis.rfm.r,
    f: analysis.rfm.f,
    m: analysis.rfm.m,
    status: analysis.lifecycle.status,
    behaviour: analysis.behaviour.behaviour,
    trend: analysis.behaviour.trend,
    revenue: analysis.facts.revenue12,
    lastPurchase: analysis.facts.lastPurchase,
    clv: clv && clv.length === clients.ids.length ? clv : undefined,
  });
}
