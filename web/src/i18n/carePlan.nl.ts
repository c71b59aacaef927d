// Teksten voor de pagina's Hulpverleningsplan, Plaatsing en medisch, en Nazorg.
export const carePlanNl = {
  carePlan: {
    title: 'Hulpverleningsplan',
    intro: 'De analyse, de doelen per onderwerp met hun voortgang, de fasen en de evaluaties om de drie maanden.',
    analysesTitle: 'Probleem-, risico-, behoeften- en krachtenanalyse',
    goalsTitle: 'Doelen',
    progressTitle: 'Voortgang',
    phasesTitle: 'Fasen',
    reviewsTitle: 'Evaluaties',
  },
  medical: {
    title: 'Plaatsing en medisch',
    placementTitle: 'Plaatsing en aanpak',
    decisionsTitle: 'Medische besluiten',
  },
  aftercarePage: {
    title: 'Nazorg',
    intro: 'Regel op tijd wat er na de hulp komt, en draag warm over.',
  },
} as const;
