// Teksten voor "Wie keek mee" per persoon per dag en de filters van het logboek.
export const auditTrailNl = {
  accessLogViews: {
    label: 'Weergave',
    days: 'Per persoon per dag',
    events: 'Alle gebeurtenissen',
    daysIntro: 'Per dag één regel per persoon: hoe vaak, welke onderdelen en via welke toegang. Noodtoegang is gemarkeerd.',
    daysCaption: 'Wie keek mee in het dossier van {{name}}, per persoon per dag, nieuwste eerst',
    day: 'Dag',
    access: 'Toegang',
    times: 'Tijd',
    timeRange: '{{first}} tot {{last}}',
    count: 'Aantal',
    parts: 'Onderdelen',
    deniedCount_one: '{{count}} keer geweigerd',
    deniedCount_other: '{{count}} keer geweigerd',
    reason: 'Reden: {{reason}}',
    more: 'Meer laden',
  },
  auditFilters: {
    person: 'Persoon',
    allPeople: 'Iedereen',
    inactive: '{{name}} (niet meer actief)',
    youthName: 'Naam van de jongere',
    youthNameHint: 'Minstens 2 letters van de voor- of achternaam.',
    youthNameTooShort: 'Vul minstens 2 letters in van de naam van de jongere.',
  },
};
