export { classesAt, type ClassesAt } from './classesAt';
export { migrationMatrix, type MigrationMatrix } from './migrationMatrix';
export { actionLists, ACTION_LISTS, type ActionList, type ActionListInput } from './actionLists';
export { portfolioChanges, DEFAULT_COMPARE_MONTHS, type PortfolioChanges } from './portfolioChanges';
export {
  changesSincePrevious,
  type ChangesSincePrevious,
  type CurrentRun,
  type PreviousRun,
} from './changesSincePrevious';
