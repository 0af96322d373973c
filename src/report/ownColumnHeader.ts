/**
 * The header prefix of Cartera's own columns beside a client list: the report writes it, src/excel
 * recognises (re-uses, restores, removes) our columns by it. A user's columns never start with it.
 */
export const OWN_COLUMN_PREFIX = 'Cartera: ';

/**
 * A classification column's header beside the user's list ("Cartera: Clase ABC"): prefixed so that
 * it never takes a user's column's name (Excel would rename ours, and a re-run looking for "Estado"
 * could then overwrite the user's "Estado").
 */
export function ownColumnHeader(header: string): string {
  return OWN_COLUMN_PREFIX + header;
}
