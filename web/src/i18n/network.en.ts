import type { networkNl } from './network.nl';
import type { Catalog } from './catalog';

export const networkEn: Catalog<typeof networkNl> = {
  network: {
    title: 'Network',
    intro: 'Who supports the young person, who is risky or dangerous, and which places and accounts belong to it? Name people.',
    analysisTitle: 'About this network analysis',
    personsTitle: 'People',
    placesTitle: 'Places',
    accountsTitle: 'Online accounts',
    vehiclesHint: 'One vehicle per line: licence plate — description.',
    noPerson: 'No person from the network analysis',
    removed: 'No longer in the network',
  },
  visits: {
    title: 'Visits',
    intro: 'Who visits or collects the young person? Ask for identification and record the check.',
    admitted: 'Admitted',
    refused: 'Refused',
  },
};
