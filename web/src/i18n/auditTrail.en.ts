import type { Catalog } from './catalog';
import type { auditTrailNl } from './auditTrail.nl';

export const auditTrailEn: Catalog<typeof auditTrailNl> = {
  accessLogViews: {
    label: 'View',
    days: 'Per person per day',
    events: 'All events',
    daysIntro: 'One line per person per day: how often, which parts and through which access. Emergency access is marked.',
    daysCaption: 'Who looked at the file of {{name}}, per person per day, newest first',
    day: 'Day',
    access: 'Access',
    times: 'Time',
    timeRange: '{{first}} to {{last}}',
    count: 'Count',
    parts: 'Parts',
    deniedCount_one: 'refused once',
    deniedCount_other: 'refused {{count}} times',
    reason: 'Reason: {{reason}}',
    more: 'Load more',
  },
  auditFilters: {
    person: 'Person',
    allPeople: 'Everyone',
    inactive: '{{name}} (no longer active)',
    youthName: "Youth's name",
    youthNameHint: 'At least 2 letters of the first or last name.',
    youthNameTooShort: "Enter at least 2 letters of the youth's name.",
  },
};
