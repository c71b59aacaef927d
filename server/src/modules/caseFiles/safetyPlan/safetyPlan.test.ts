// The printed plan's words match the screen's, text is made printable in
// Helvetica without silently printing the wrong letter, and the upload trusts
// the image's bytes, not its declared type.
import { describe, expect, it } from 'vitest';
import { caseWorkNl } from '../../../../../web/src/i18n/caseWork.nl.js';
import { SAFETY_PLAN_SECTIONS } from '../records/kinds/safetyPlan.js';
import { CLASSIFICATION_LABELS, PLACE_KIND_LABELS, SECTION_HEADINGS, pdfSafe } from './pdfText.js';
import { sniffImage } from './photo.service.js';
import { formatDay, formatMoment } from './safetyPlanPdf.js';

describe('the printed safety plan', () => {
  it('uses the headings and option names the professional sees on screen', () => {
    const { reviewOn: _reviewOn, ...screenSections } = caseWorkNl.fields.safetyPlan;
    expect(SECTION_HEADINGS).toEqual(screenSections);
    expect(Object.keys(SECTION_HEADINGS)).toEqual([...SAFETY_PLAN_SECTIONS]);
    expect(CLASSIFICATION_LABELS).toEqual(caseWorkNl.options.classifications);
    expect(PLACE_KIND_LABELS).toEqual(caseWorkNl.options.placeKinds);
  });

  it('keeps Dutch text as it is, curly quotes and euro sign included', () => {
    const text = 'Zoë en Chloé: ’s avonds “thuis” — € 5,00 … café ‘naïef’ • 1½ uur';
    expect(pdfSafe(text)).toBe(text);
  });

  it('drops accents Helvetica lacks, maps letters without one, and shows what it cannot print as ?', () => {
    expect(pdfSafe('Kübra Şahin')).toBe('Kübra Sahin');
    expect(pdfSafe('Łukasz Wałęsa')).toBe('Lukasz Walesa');
    expect(pdfSafe('Yılmaz Đorđević')).toBe('Yilmaz Dordevic');
    expect(pdfSafe('ﬁets')).toBe('fiets');
    expect(pdfSafe('Hoi 😀 مرحبا')).toBe('Hoi ? ?????');
  });

  it('keeps line breaks and removes what prints as nothing', () => {
    expect(pdfSafe('een\r\ntwee\rdrie\tvier')).toBe('een\ntwee\ndrie vier');
    expect(pdfSafe('on\u200bzicht\u0007baar\ufeff')).toBe('onzichtbaar');
  });

  it('writes dates the Dutch way, a date of birth never shifted by a time zone', () => {
    expect(formatDay('2010-04-12')).toBe('12 april 2010');
    expect(formatDay('2026-01-01')).toBe('1 januari 2026');
    // 23:30 UTC on 31 December is already New Year in the Netherlands.
    expect(formatMoment('2025-12-31T23:30:00Z')).toBe('1 januari 2026 om 00:30');
  });
});

describe('a photo upload', () => {
  it('is a JPEG or a PNG by its first bytes, whatever it claims to be', () => {
    expect(sniffImage(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00]))).toBe('image/jpeg');
    expect(sniffImage(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00]))).toBe('image/png');
    expect(sniffImage(Buffer.from('GIF89a......'))).toBeNull();
    expect(sniffImage(Buffer.from('%PDF-1.7'))).toBeNull();
    // Only the signature: no image.
    expect(sniffImage(Buffer.from([0xff, 0xd8, 0xff]))).toBeNull();
    expect(sniffImage('\xff\xd8\xff\xe0 as text')).toBeNull();
    expect(sniffImage({ type: 'Buffer' })).toBeNull();
    expect(sniffImage(undefined)).toBeNull();
  });
});
