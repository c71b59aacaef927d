// Finding a youth by name, the same way wherever it is asked (the youth list,
// the log): a prefix of the first, last or full name.
import { sql } from 'kysely';

/**
 * A prefix of the first, last or full name. Compared on the stored lowercase
 * keys with ~>=~ and ~<~: leakproof operators, so the indexes serve the search
 * under row-level security too (LIKE and lower() would force a scan).
 */
export function nameFilter(q: string) {
  const startsWith = (column: string) =>
    sql`(${sql.ref(column)} ~>=~ lower(${q}) AND ${sql.ref(column)} ~<~ (lower(${q}) || chr(1114111)))`;
  return sql<boolean>`(${startsWith('y.first_name_key')} OR ${startsWith('y.last_name_key')} OR ${startsWith('y.full_name_key')})`;
}
