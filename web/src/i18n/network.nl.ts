// Teksten voor de pagina's Netwerk en Bezoek.
export const networkNl = {
  network: {
    title: 'Netwerk',
    intro: 'Wie steunt de jongere, wie is riskant of gevaarlijk, en welke plekken en accounts horen erbij? Noem personen bij naam.',
    analysisTitle: 'Over deze netwerkanalyse',
    personsTitle: 'Personen',
    placesTitle: 'Plekken',
    accountsTitle: 'Online accounts',
    vehiclesHint: 'Eén voertuig per regel: kenteken — omschrijving.',
    noPerson: 'Geen persoon uit de netwerkanalyse',
    removed: 'Niet meer in het netwerk',
  },
  visits: {
    title: 'Bezoek',
    intro: 'Wie bezoekt of haalt de jongere op? Vraag om een identiteitsbewijs en leg de controle vast.',
    admitted: 'Toegelaten',
    refused: 'Geweigerd',
  },
} as const;
