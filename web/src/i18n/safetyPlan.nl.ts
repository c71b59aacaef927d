// Teksten voor de pagina Veiligheidsplan.
export const safetyPlanNl = {
  safetyPlanPage: {
    title: 'Veiligheidsplan',
    intro: 'Het veiligheidsplan legt afspraken vast die de jongere, medewerkers en anderen veilig houden. Een behandelcoördinator stelt het vast; daarna maakt u voor wijzigingen een nieuwe versie.',
    version: 'Versie {{version}}',
    reviewOn: 'Evalueren op {{date}}',
  },
} as const;
