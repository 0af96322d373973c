import type { ClientsData } from '../types';
import type { MarketTable, MetricNote } from './types';

/** Roles used for the mix and concentration by default (SPEC §6 "by any client attribute"). */
export const DEFAULT_MIX_ROLES = ['segment', 'industry', 'size', 'region', 'channel', 'salesperson'] as const;

export const BLANK_MEMBER = '(blank)';

/**
 * The groups metrics are accumulated in: group 0 is the whole portfolio, then one group per member
 * of each attribute (its labels in order, then "(blank)"). Client c's group for attribute a is
 * groupOf[c * attributes.length + a].
 */
export interface ClientGroups {
  attributes: string[];
  /** first group of each attribute, plus a final entry = group count */
  offset: Int32Array;
  groupOf: Int32Array;
  /** member label of each group ("all" for group 0) */
  member: string[];
  /** attribute index of each group (−1 for group 0) */
  attributeOf: Int32Array;
  /** clients of each group (rows are written only for members that have clients) */
  size: Int32Array;
  /** the market table's attribute index, −1 when there is none or it does not resolve */
  marketAttribute: number;
}

/** Normalised for matching names typed by hand: case, accents and surrounding spaces ignored. */
export function matchKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .trim()
    .toLowerCase();
}

/** Resolves an attribute key exactly, then by matchKey, then as a role name. */
function resolveKey(clients: ClientsData, key: string): string | null {
  if (key in clients.attributes) return key;
  const want = matchKey(key);
  for (const k of Object.keys(clients.attributes)) if (matchKey(k) === want) return k;
  const role = clients.roles[key as keyof ClientsData['roles']];
  return role !== undefined && role in clients.attributes ? role : null;
}

/** Builds the groups for the requested (or default) attributes; explains the ones left out. */
export function clientGroups(
  clients: ClientsData,
  requested: string[] | undefined,
  market: MarketTable | undefined,
  notes: MetricNote[],
): ClientGroups {
  const keys: string[] = [];
  const add = (key: string, explicit: boolean): void => {
    const resolved = resolveKey(clients, key);
    if (resolved === null) {
      if (explicit)
        notes.push({
          code: 'attribute_missing',
          dimension: key,
          message: `The client list has no column "${key}"; its mix and concentration are not computed.`,
        });
      return;
    }
    if (clients.attributes[resolved].kind !== 'text') {
      notes.push({
        code: 'attribute_not_text',
        dimension: resolved,
        message: `"${resolved}" holds numbers or dates, not categories; its mix and concentration are not computed.`,
      });
      return;
    }
    if (!keys.includes(resolved)) keys.push(resolved);
  };
  if (requested) for (const key of requested) add(key, true);
  else
    for (const role of DEFAULT_MIX_ROLES) {
      const key = clients.roles[role];
      if (key !== undefined) add(key, false);
    }

  let marketAttribute = -1;
  if (market) {
    const resolved = resolveKey(clients, market.attribute);
    const attr = resolved === null ? undefined : clients.attributes[resolved];
    if (resolved === null || !attr || attr.kind !== 'text') {
      notes.push({
        code: 'market_attribute_missing',
        metric: 'penetration',
        dimension: market.attribute,
        message: `The market table is by "${market.attribute}", which is not a text column of the client list; penetration and market share are not computed.`,
      });
    } else {
      if (!keys.includes(resolved)) keys.push(resolved);
      marketAttribute = keys.indexOf(resolved);
    }
  }

  const nA = keys.length;
  const nC = clients.ids.length;
  const offset = new Int32Array(nA + 1);
  const member = ['all'];
  const attributeOf = [-1];
  let groups = 1;
  for (let a = 0; a < nA; a++) {
    const attr = clients.attributes[keys[a]];
    if (attr.kind !== 'text') throw new Error('unreachable');
    offset[a] = groups;
    for (const label of attr.labels) {
      member.push(label);
      attributeOf.push(a);
    }
    member.push(BLANK_MEMBER);
    attributeOf.push(a);
    groups += attr.labels.length + 1;
  }
  offset[nA] = groups;

  const groupOf = new Int32Array(nC * nA);
  const size = new Int32Array(groups);
  size[0] = nC;
  for (let a = 0; a < nA; a++) {
    const attr = clients.attributes[keys[a]];
    if (attr.kind !== 'text') continue;
    const blank = offset[a] + attr.labels.length;
    for (let c = 0; c < nC; c++) {
      const code = attr.codes[c];
      const g = code >= 0 && code < attr.labels.length ? offset[a] + code : blank;
      groupOf[c * nA + a] = g;
      size[g]++;
    }
  }
  return {
    attributes: keys,
    offset,
    groupOf,
    member,
    attributeOf: Int32Array.from(attributeOf),
    size,
    marketAttribute,
  };
}
