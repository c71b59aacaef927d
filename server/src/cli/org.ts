// npm run org -- <list | add | set-cbs | region> — the operator onboards
// organisations and sets the municipality codes behind the regional figures.
// Exit code 0: done; 1: bad input, nothing changed (the message says why);
// 2: could not run. Stop a server on the embedded database first: it is opened
// by one process at a time.
import { parseArgs } from 'node:util';
import {
  addOrganisation,
  changeRegionMembership,
  cliOrigin,
  listOrganisations,
  OperatorInputError,
  setMunicipalityCode,
} from '../modules/organisations/organisations.operator.js';
import { ORGANISATION_KINDS } from '../platform/authz/roles.js';
import type { Database } from '../platform/db/database.js';
import { openConfiguredDatabase } from './open.js';

const USAGE = `Usage: npm run org -- <command> [options]

  list
      organisations with kind, slug, CBS code and a region's member municipalities
  add --name "Gemeente Zeestad" --kind <${ORGANISATION_KINDS.join('|')}>
      --admin-email beheer@zeestad.nl --admin-name "Naam" [--cbs GM0363] [--slug zeestad]
      adds the organisation and its first administrator; prints a one-time activation link
  set-cbs --org <slug> --cbs <GM0363|none>
      sets or clears a municipality's CBS code
  region --org <slug> [--add GM0363]... [--remove GM0401]...
      changes the member municipalities of a regional coordination`;

const [command, ...rest] = process.argv.slice(2);

function options(spec: Record<string, { multiple?: boolean }>) {
  const { values, positionals } = parseArgs({
    args: rest,
    options: Object.fromEntries(Object.entries(spec).map(([k, o]) => [k, { type: 'string' as const, multiple: o.multiple ?? false }])),
    allowPositionals: true,
    strict: true,
  });
  if (positionals.length > 0) throw new OperatorInputError(`Unexpected argument "${positionals[0]}" (values with spaces need quotes).`);
  return values as Record<string, string | string[] | undefined>;
}

async function run(database: Database, baseUrl: string): Promise<void> {
  const origin = cliOrigin();
  switch (command) {
    case 'list': {
      options({});
      const organisations = await listOrganisations(database);
      if (organisations.length === 0) console.log('No organisations yet.');
      for (const o of organisations) {
        const extra = [
          o.municipalityCode ? `CBS ${o.municipalityCode}` : null,
          o.kind === 'regionalCoordination' ? `municipalities: ${o.regionMunicipalityCodes.join(', ') || 'none'}` : null,
          o.isDemo ? 'demo' : null,
        ].filter(Boolean);
        console.log(`${o.slug.padEnd(28)} ${o.kind.padEnd(21)} ${o.name}${extra.length ? `  (${extra.join('; ')})` : ''}`);
      }
      return;
    }
    case 'add': {
      const v = options({ name: {}, kind: {}, slug: {}, cbs: {}, 'admin-email': {}, 'admin-name': {} });
      const added = await addOrganisation(
        database,
        baseUrl,
        {
          name: v.name as string | undefined,
          kind: v.kind as string | undefined,
          slug: v.slug as string | undefined,
          municipalityCode: v.cbs as string | undefined,
          adminEmail: v['admin-email'] as string | undefined,
          adminName: v['admin-name'] as string | undefined,
        },
        origin,
      );
      console.log(`Added "${added.slug}" with its administrator ${(v['admin-email'] as string).trim().toLowerCase()}.`);
      console.log('Send the administrator this one-time link (valid for 7 days) to choose a password:\n');
      console.log(`  ${added.activationUrl}\n`);
      console.log('At first sign-in they set up two-step verification, then add their colleagues.');
      return;
    }
    case 'set-cbs': {
      const v = options({ org: {}, cbs: {} });
      const r = await setMunicipalityCode(database, { slug: v.org as string | undefined, code: v.cbs as string | undefined }, origin);
      if (r.from === r.to) console.log(`"${r.slug}" already has CBS code ${r.to ?? 'none'}; nothing changed.`);
      else console.log(`"${r.slug}": CBS code ${r.from ?? 'none'} → ${r.to ?? 'none'}.`);
      return;
    }
    case 'region': {
      const v = options({ org: {}, add: { multiple: true }, remove: { multiple: true } });
      const r = await changeRegionMembership(
        database,
        { slug: v.org as string | undefined, add: (v.add as string[] | undefined) ?? [], remove: (v.remove as string[] | undefined) ?? [] },
        origin,
      );
      if (r.added.length === 0 && r.removed.length === 0) console.log(`"${r.slug}" already had these municipalities; nothing changed.`);
      console.log(`"${r.slug}" works for: ${r.codes.join(', ') || 'no municipality'}.`);
      return;
    }
    default:
      throw new OperatorInputError(USAGE);
  }
}

if (!['list', 'add', 'set-cbs', 'region'].includes(command ?? '')) {
  console.error(command ? `Unknown command "${command}".\n\n${USAGE}` : USAGE);
  process.exit(1);
}

let database: Database | undefined;
try {
  const opened = await openConfiguredDatabase();
  database = opened.database;
  await run(database, opened.config.baseUrl);
  await database.close();
} catch (error) {
  await database?.close().catch(() => {});
  // parseArgs reports unknown or valueless options with a code of its own.
  const badOption = (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
  if (error instanceof OperatorInputError || badOption) {
    console.error((error as Error).message);
    if (badOption) console.error(`\n${USAGE}`);
    process.exit(1);
  }
  console.error(`org could not run: ${(error as Error).message}`);
  process.exit(2);
}
