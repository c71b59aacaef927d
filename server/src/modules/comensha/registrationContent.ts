// The filled-in registration in words: what goes to CoMensha, what the
// disclosure keeps, and what the PDF prints. Built once, when the
// registration is made, and stored; the copy never changes with the file.
import type { DisclosedContent } from '../disclosures/disclosures.schemas.js';
import type { ConsentGiver } from './comensha.options.js';
import type { RegistrationInput } from './comensha.schemas.js';
import { FORM_LABELS, GENDER_LABELS, GIVER_LABELS, POLICE_REPORT_LABELS, RECRUITMENT_LABELS, REGISTRATION_TEXT as T } from './registrationText.js';

export interface RegistrationFacts {
  input: RegistrationInput;
  youth: { firstName: string; lastName: string; dateOfBirth: string; gender: string };
  consent: { givenBy: ConsentGiver; signerName: string; signedOn: string };
  organisationName: string;
  decidedByName: string;
  recordedByName: string;
}

const dutchDate = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** A calendar day (YYYY-MM-DD) in Dutch, never shifted by a time zone. */
export function dutchDay(isoDate: string): string {
  const [y, m, d] = isoDate.slice(0, 10).split('-').map(Number);
  return dutchDate.format(new Date(Date.UTC(y!, m! - 1, d!)));
}

/** A form's local time (YYYY-MM-DDTHH:mm) in Dutch: it already is Dutch time. */
export function dutchLocalDateTime(local: string): string {
  return `${dutchDay(local.slice(0, 10))}, ${local.slice(11, 16)} uur`;
}

type Line = DisclosedContent['sections'][number]['lines'][number];
const line = (label: string, text: string): Line => ({ label, text });

export function registrationContent(f: RegistrationFacts): DisclosedContent {
  const { input } = f;
  const optionalLine = (label: string, text: string) => (text.trim() ? [line(label, text)] : []);
  const sections: DisclosedContent['sections'] = [
    {
      heading: T.youth,
      lines: [
        line(T.name, `${f.youth.firstName} ${f.youth.lastName}`),
        line(T.dateOfBirth, dutchDay(f.youth.dateOfBirth)),
        line(T.gender, GENDER_LABELS[f.youth.gender as keyof typeof GENDER_LABELS] ?? f.youth.gender),
      ],
    },
    {
      heading: T.consent,
      lines: [line(T.givenBy, GIVER_LABELS[f.consent.givenBy]), line(T.signer, f.consent.signerName), line(T.signedOn, dutchDay(f.consent.signedOn)), line(T.document, T.documentInFile)],
    },
    {
      heading: T.exploitation,
      lines: [
        line(T.form, FORM_LABELS[input.form]),
        line(T.period, input.period),
        line(T.place, input.place),
        line(T.recruitment, input.recruitment.map((m) => RECRUITMENT_LABELS[m]).join('; ')),
        ...optionalLine(T.recruitmentNote, input.recruitmentNote),
        line(T.work, input.work),
        line(T.signals, input.signals),
      ],
    },
    {
      heading: T.police,
      lines: [line(T.policeReport, POLICE_REPORT_LABELS[input.policeReport]), ...optionalLine(T.policeReportNote, input.policeReportNote)],
    },
    { heading: T.care, lines: [line(T.careGiven, input.careGiven), line(T.currentStay, input.currentStay)] },
    ...(input.remarks.trim() ? [{ heading: T.remarks, lines: [{ label: null, text: input.remarks }] }] : []),
    {
      heading: T.reporter,
      lines: [
        line(T.organisation, f.organisationName),
        line(T.decidedBy, f.decidedByName),
        line(T.recordedBy, f.recordedByName),
        line(T.registeredAt, dutchLocalDateTime(input.registeredAt)),
      ],
    },
  ];
  return { title: T.title, sections };
}
