import { portfolioClasses, type AnalysisOptions, type PortfolioInput } from '../classify';
import { NO_CODE, STATUSES, type ClientsData } from '../types';

const PROSPECT = STATUSES.indexOf('prospect');

/** Each client's ABC class and lifecycle status on one day; NO_CODE = null (no sale up to then). */
export interface ClassesAt {
  day: number;
  /** ABC_CLASSES index, NO_CODE = no sale up to the day */
  abc: Uint8Array;
  /** STATUSES index, NO_CODE = no sale up to the day and not a prospect then */
  status: Uint8Array;
}

/**
 * SPEC §11: the classification exactly as if the analysis had been run on `day` — the engine's own
 * analyzePortfolio's classes (portfolioClasses) with `asOf = day` (its windows and rhythm; rows after
 * it ignored), same options otherwise. A client with no sale up to then is null, except a client of
 * the list whose first-contact date is on or before the day: a prospect then.
 */
export function classesAt(input: PortfolioInput, options: Partial<AnalysisOptions>, day: number): ClassesAt {
  const then = portfolioClasses(input, { ...options, asOf: day, compareDate: null });
  const abc = Uint8Array.from(then.abc.classCode);
  const status = Uint8Array.from(then.lifecycle.status);
  const contact = firstContactDays(input.clients);
  const { hasSales } = then.facts;
  for (let i = 0; i < status.length; i++) {
    if (hasSales[i] === 1) continue;
    abc[i] = NO_CODE;
    const approached = input.clients.inList[i] === 1 && contact !== null && contact[i] <= day;
    status[i] = approached ? PROSPECT : NO_CODE;
  }
  return { day, abc, status };
}

/** The client list's first-contact dates (NaN = blank), or null when it has no such date column. */
function firstContactDays(clients: ClientsData): Float64Array | null {
  const key = clients.roles.firstContact;
  const attr = key === undefined ? undefined : clients.attributes[key];
  return attr && attr.kind === 'date' ? attr.values : null;
}
