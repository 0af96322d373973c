export {
  readVisitLog,
  type VisitLog,
  type VisitLogMapping,
  type VisitLogOptions,
  type VisitLogRead,
  type VisitRejectedRow,
  type VisitRejectReason,
} from './readVisitLog';
export { parseVisitPolicy, DEFAULT_VISIT_POLICY, type VisitPolicy } from './visitPolicy';
export {
  visitPlan,
  plannedVisitRate,
  type VisitPlan,
  type VisitPlanInput,
  type VisitSource,
} from './visitPlan';
export { clientOwners, type ClientOwners } from './clientOwners';
export { attributeGroups } from './attributeGroups';
export { portfolioBy, type PortfolioByInput, type PortfolioRow } from './portfolioBy';
export {
  crossSellGaps,
  CROSS_SELL_MAX_GRID,
  type CrossSellInput,
  type CrossSellResult,
  type CrossSellOpportunities,
} from './crossSellGaps';
export { visitAgenda, type VisitAgendaGroup, type VisitAgendaInput } from './visitAgenda';
export { clientHistory, type ClientHistory, type ClientHistoryOptions } from './clientHistory';
export { compareNames } from './compareNames';
