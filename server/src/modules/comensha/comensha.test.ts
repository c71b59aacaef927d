// The copy of a registration uses the words the professional picked on screen,
// leaves out what was left empty, and the signed form is trusted by its bytes.
import { describe, expect, it } from 'vitest';
import { comenshaNl } from '../../../../web/src/i18n/comensha.nl.js';
import { GENDERS } from '../caseFiles/caseFiles.options.js';
import { registrationInput } from './comensha.schemas.js';
import { sniffDocument } from './consents.service.js';
import { dutchLocalDateTime, registrationContent } from './registrationContent.js';
import { FORM_LABELS, GENDER_LABELS, GIVER_LABELS, POLICE_REPORT_LABELS, RECRUITMENT_LABELS } from './registrationText.js';

const input = registrationInput.parse({
  consentId: null,
  registeredAt: '2026-11-24T10:30',
  form: 'criminal',
  period: 'Zomer 2026',
  place: 'Zeestad',
  recruitment: ['viaFriend', 'debt'],
  work: 'Drugs vervoeren.',
  signals: 'Veel geld, laat thuis.',
  policeReport: 'reportMade',
  careGiven: 'Ambulante hulp.',
  currentStay: 'Thuis bij moeder',
  decidedById: '00000000-0000-4000-8000-000000000000',
});

describe('the copy of a CoMensha registration', () => {
  it('uses the option names the professional sees on screen', () => {
    const options = comenshaNl.comensha.options;
    expect(GIVER_LABELS).toEqual(options.givers);
    expect(FORM_LABELS).toEqual(options.forms);
    expect(RECRUITMENT_LABELS).toEqual(options.recruitment);
    expect(POLICE_REPORT_LABELS).toEqual(options.policeReport);
    // The screen's gender names live in nl.ts, which the server cannot load; every gender has a word here.
    expect(Object.keys(GENDER_LABELS)).toEqual([...GENDERS]);
  });

  it('reads as sections of label and text, leaving out what was left empty', () => {
    const content = registrationContent({
      input,
      youth: { firstName: 'Jayden', lastName: 'Kramer', dateOfBirth: '2007-06-21', gender: 'male' },
      consent: { givenBy: 'youth', signerName: 'Jayden Kramer', signedOn: '2026-11-20' },
      organisationName: 'De Haven',
      decidedByName: 'Fatima Behandelaar',
      recordedByName: 'Eva Mentor',
    });
    expect(content.title).toBe('Melding bij CoMensha');
    expect(content.sections.map((s) => s.heading)).toEqual(['De jongere', 'Toestemming', 'De uitbuiting', 'Politie', 'Hulp', 'Melder']);
    expect(content.sections[0]!.lines).toEqual([
      { label: 'Naam', text: 'Jayden Kramer' },
      { label: 'Geboortedatum', text: '21 juni 2007' },
      { label: 'Geslacht', text: 'Jongen / man' },
    ]);
    const exploitation = content.sections[2]!.lines;
    expect(exploitation.find((l) => l.label === 'Hoe de jongere is geronseld')?.text).toBe('Via een vriend of vriendin; Via een schuld of een gunst');
    expect(exploitation.some((l) => l.label === 'Toelichting op het ronselen')).toBe(false);
    expect(content.sections[3]!.lines).toEqual([{ label: 'Aangifte', text: 'Er is aangifte gedaan' }]);
    expect(content.sections[5]!.lines.at(-1)).toEqual({ label: 'Datum en tijd van de melding', text: '24 november 2026, 10:30 uur' });
  });

  it('writes a form’s local time as it was typed, never shifted', () => {
    expect(dutchLocalDateTime('2026-03-29T02:30')).toBe('29 maart 2026, 02:30 uur');
  });

  it('trusts the signed form’s bytes, not its declared type', () => {
    expect(sniffDocument(Buffer.from('%PDF-1.7\n…'))).toBe('application/pdf');
    expect(sniffDocument(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00]))).toBe('image/jpeg');
    expect(sniffDocument(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00]))).toBe('image/png');
    expect(sniffDocument(Buffer.from('GIF89a'))).toBeNull();
    expect(sniffDocument(Buffer.from('%PDF'))).toBeNull();
    expect(sniffDocument('%PDF-1.7')).toBeNull();
  });
});
