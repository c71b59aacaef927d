import type { safetyPlanNl } from './safetyPlan.nl';
import type { Catalog } from './catalog';

export const safetyPlanEn: Catalog<typeof safetyPlanNl> = {
  safetyPlanPage: {
    title: 'Safety plan',
    intro: 'The safety plan records agreements that keep the young person, staff and others safe. A lead professional signs it off; after that you make a new version for changes.',
    version: 'Version {{version}}',
    reviewOn: 'Review on {{date}}',
    print: 'Print (pdf)',
    printFor: 'version {{version}}, opens in a new tab',
  },
  safetyPlanPhoto: {
    title: 'Photo of the young person',
    intro: 'A recent photo helps colleagues and the police recognise the young person, for instance when they go missing. The photo is also on the printed safety plan.',
    alt: 'Recent photo of the young person',
    none: 'There is no photo yet.',
    takenOn: 'Photo of {{date}}',
    addedBy: 'Added by {{name}} on {{date}}',
    imageFailed: 'The photo could not be loaded. Reload the page.',
    file: 'Photo',
    fileHint: 'A JPG or PNG file of at most 3 MB. Earlier photos stay in the case file.',
    takenOnLabel: 'Date the photo was taken',
    takenOnHint: 'If you know it. Everyone can then see how recent the photo is.',
    add: 'Add photo',
    replace: 'Add a new photo',
    sending: 'Sending: {{percent}}%',
    saved: 'The photo has been added.',
    problems: {
      noFile: 'Choose a photo.',
      empty: 'This file is empty. Choose another photo.',
      type: 'This file is not a JPG or PNG photo. Choose a photo ending in .jpg, .jpeg or .png.',
      tooLarge: 'This photo is {{size}} MB. A photo may be at most 3 MB: make it smaller or choose another.',
    },
  },
  safetyPlanNetwork: {
    title: 'From the network analysis',
    intro: 'This is what the network analysis holds now. Take over what the safety plan needs.',
    besides: 'For: {{section}}',
    riskyPersons: 'Persons classified as risky or dangerous',
    noPersons: 'The network analysis names no risky or dangerous persons.',
    places: 'Places in the network analysis',
    noPlaces: 'The network analysis names no places yet.',
    link: 'To the network analysis',
  },
};
