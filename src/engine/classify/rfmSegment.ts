import { NO_CODE } from '../types';

const CHAMPIONS = 0, LOYAL = 1, POTENTIAL_LOYALIST = 2, NEW = 3, PROMISING = 4, NEED_ATTENTION = 5,
  ABOUT_TO_SLEEP = 6, AT_RISK = 7, CANT_LOSE = 8, HIBERNATING = 9;

// SPEC §4 grid, rows R = 1..5, columns F = 1..5; values index RFM_SEGMENTS.
const GRID: readonly (readonly number[])[] = [
  [HIBERNATING, HIBERNATING, AT_RISK, AT_RISK, CANT_LOSE],
  [HIBERNATING, HIBERNATING, AT_RISK, AT_RISK, CANT_LOSE],
  [ABOUT_TO_SLEEP, ABOUT_TO_SLEEP, NEED_ATTENTION, LOYAL, LOYAL],
  [PROMISING, POTENTIAL_LOYALIST, POTENTIAL_LOYALIST, LOYAL, LOYAL],
  [NEW, POTENTIAL_LOYALIST, POTENTIAL_LOYALIST, CHAMPIONS, CHAMPIONS],
];

/** RFM segment (index into RFM_SEGMENTS) from the R and F scores; NO_CODE when either is not 1–5. */
export function rfmSegment(r: number, f: number): number {
  if (!(r >= 1 && r <= 5 && f >= 1 && f <= 5) || !Number.isInteger(r) || !Number.isInteger(f)) return NO_CODE;
  return GRID[r - 1][f - 1];
}
