// When a care plan is next to be reviewed (quality framework 2.4: every three
// months): as agreed at the latest review; before any review, three months
// after care started; failing that, three months after the file was opened.
// One SQL expression for the work list and the file's steps; the client's
// carePlan/schedule.ts follows the same rule.
import { sql, type RawBuilder } from 'kysely';

/** `youth` is the SQL alias of a youths row in the query. */
export function nextReviewDueSql(youth: string): RawBuilder<string> {
  const y = sql.raw(youth);
  return sql<string>`coalesce(
    (SELECT r.next_review_on FROM care_reviews r WHERE r.youth_id = ${y}.id ORDER BY r.reviewed_on DESC LIMIT 1),
    ((SELECT p.care_started_on FROM placements p WHERE p.youth_id = ${y}.id) + interval '3 months')::date,
    (${y}.created_at::date + interval '3 months')::date
  )::text`;
}
