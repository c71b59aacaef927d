// The police sheet's words match the screen's, trimming keeps exactly the
// chosen lines (and the name always), the kinds of data follow what is kept,
// and the PDF is drawn with or without a photo.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { missingNl } from '../../../../web/src/i18n/missing.nl.js';
import { caseWorkNl } from '../../../../web/src/i18n/caseWork.nl.js';
import { categoriesOf, toDisclosedContent, trimSheet, type PoliceSheet } from './policeSheet.js';
import { renderPoliceSheetPdf } from './policeSheetPdf.js';
import { CRITERION_LABELS, FOUND_BY_LABELS, RISK_LEVEL_LABELS } from './policeSheetText.js';

const sheet: PoliceSheet = {
  title: 'Informatieblad vermissing',
  subjectName: 'Sanne de Vries',
  photoId: 'photo-1',
  fingerprint: 'f',
  sections: [
    { key: 'photo', heading: 'Foto', category: 'photo', items: [{ key: 'photo', label: 'Foto', text: 'Recente foto bijgevoegd', fixed: false }] },
    {
      key: 'identity',
      heading: 'Persoonsgegevens',
      category: 'identity',
      items: [
        { key: 'identity.name', label: 'Naam', text: 'Sanne de Vries', fixed: true },
        { key: 'identity.address', label: 'Adres', text: 'Lindelaan 4', fixed: false },
      ],
    },
    { key: 'contact', heading: 'Bereikbaarheid van de jongere', category: 'contactDetails', items: [{ key: 'contact.phone', label: 'Telefoon', text: '06-1', fixed: false }] },
    { key: 'persons', heading: 'Personen', category: 'networkPersons', items: [{ key: 'person.a', label: 'Mo', text: 'gevaarlijk', fixed: false }] },
    { key: 'organisation', heading: 'Contact met de zorgorganisatie', category: null, items: [{ key: 'organisation.phone247', label: '24/7 bereikbaar', text: '010-1', fixed: false }] },
  ],
};
const keys = sheet.sections.flatMap((s) => s.items.map((i) => i.key));

describe('the police information sheet', () => {
  it('uses the words the professional sees on screen', () => {
    expect(CRITERION_LABELS).toEqual(missingNl.missing.criteria);
    expect(FOUND_BY_LABELS).toEqual(missingNl.missing.foundBy);
    // The genders are checked in web/src/features/missing/sheetWords.test.ts: they live in the main catalog.
    expect(RISK_LEVEL_LABELS).toEqual(caseWorkNl.options.riskLevels);
  });

  it('property: keeps exactly the chosen lines and the name, and drops sections left empty', () => {
    fc.assert(
      fc.property(fc.subarray(keys), (chosen) => {
        const kept = trimSheet(sheet, new Set(chosen));
        const lines = kept.sections.flatMap((s) => s.items.map((i) => i.key));
        expect(new Set(lines)).toEqual(new Set([...chosen, 'identity.name']));
        expect(kept.sections.every((s) => s.items.length > 0)).toBe(true);
        expect(kept.photoId).toBe(chosen.includes('photo') ? 'photo-1' : null);
        // The kinds of data are those of the kept sections, the organisation's own number none.
        expect(categoriesOf(kept)).toEqual(kept.sections.map((s) => s.category).filter((c) => c !== null));
      }),
    );
  });

  it('leaves as words in sections: exactly the kept lines', () => {
    expect(toDisclosedContent(trimSheet(sheet, new Set(['person.a'])))).toEqual({
      title: 'Informatieblad vermissing',
      sections: [
        { heading: 'Persoonsgegevens', lines: [{ label: 'Naam', text: 'Sanne de Vries' }] },
        { heading: 'Personen', lines: [{ label: 'Mo', text: 'gevaarlijk' }] },
      ],
    });
  });

  it('prints as a PDF with or without a photo, also with a damaged photo and letters Helvetica lacks', async () => {
    const base = {
      organisationName: 'Zorgaanbieder A',
      subjectName: 'Kübra Şahin',
      content: toDisclosedContent(sheet),
      recipientName: 'Politie',
      disclosedAt: '2026-11-25T10:00:00Z',
      decidedByName: 'Łukasz',
      printedAt: '2026-11-25T10:05:00Z',
      printedByName: 'Eva',
    };
    for (const photo of [null, { content: Buffer.from('geen beeld'), takenOn: null, uploadedAt: '2026-11-01T10:00:00Z' }]) {
      const pdf = await renderPoliceSheetPdf({ ...base, photo });
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    }
  });
});
