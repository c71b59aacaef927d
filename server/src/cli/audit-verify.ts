// npm run audit:verify — seals what has committed, then recomputes the whole
// hash chain. Exit code 0: intact; 1: a broken link (named); 2: could not run.
import { sealPendingEvents } from '../platform/audit/sealer.js';
import { verifyAuditChain } from '../platform/audit/verify.js';
import { openConfiguredDatabase } from './open.js';

try {
  const { database } = await openConfiguredDatabase();
  await sealPendingEvents(database);
  const result = await verifyAuditChain(database);
  await database.close();
  if (!result.ok) {
    const link = result.firstBrokenLink!;
    const what = link.eventId === null ? `seal ${link.sealId}` : `audit event ${link.eventId} (seal ${link.sealId})`;
    console.error(`Audit trail BROKEN: first broken link is ${what}: ${link.problem}.`);
    console.error(`Verified intact before it: ${result.seals} seals, ${result.sealedEvents} events.`);
    process.exit(1);
  }
  console.log(`Audit trail intact: ${result.seals} seals, ${result.sealedEvents} events verified.`);
  if (result.unsealedCount > 0) {
    console.log(
      `${result.unsealedCount} event(s) not yet sealed (their transactions were still running): ids ${result.unsealedEventIds.join(', ')}${result.unsealedCount > result.unsealedEventIds.length ? ', …' : ''}.`,
    );
  } else {
    console.log('No events waiting to be sealed.');
  }
} catch (error) {
  console.error(`audit:verify could not run: ${(error as Error).message}`);
  process.exit(2);
}
