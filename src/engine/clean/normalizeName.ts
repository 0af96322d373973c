import { companyName } from './companyName';

/**
 * A client name reduced for spotting possible duplicates: case, accents and punctuation ignored,
 * and legal forms at the end dropped ("Acme, S.A." = "ACME SA" = "Acme"; "Tintas Ltda." = "Tintas").
 */
export function normalizeName(name: string): string {
  return companyName(name).stem;
}
