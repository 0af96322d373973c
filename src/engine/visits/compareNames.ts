import { foldText } from '../segments/foldText';

/** Name order ignoring case and accents ("álvaro" before "Beatriz"); exact spelling breaks ties. */
export function compareNames(a: string, b: string): number {
  const fa = foldText(a),
    fb = foldText(b);
  return fa < fb ? -1 : fa > fb ? 1 : a < b ? -1 : a > b ? 1 : 0;
}
