// The printed plan's words match the screen's, and the upload trusts the
// image's bytes, not its declared type.
import { describe, expect, it } from 'vitest';
import { caseWorkNl } from '../../../../../web/src/i18n/caseWork.nl.js';
import { SAFETY_PLAN_SECTIONS } from '../records/kinds/safetyPlan.js';
import { CLASSIFICATION_LABELS, PLACE_KIND_LABELS, SECTION_HEADINGS } from './pdfText.js';
import { sniffImage } from './photo.service.js';

describe('the printed safety plan', () => {
  it('uses the headings and option names the professional sees on screen', () => {
    const { reviewOn: _reviewOn, ...screenSections } = caseWorkNl.fields.safetyPlan;
    expect(SECTION_HEADINGS).toEqual(screenSections);
    expect(Object.keys(SECTION_HEADINGS)).toEqual([...SAFETY_PLAN_SECTIONS]);
    expect(CLASSIFICATION_LABELS).toEqual(caseWorkNl.options.classifications);
    expect(PLACE_KIND_LABELS).toEqual(caseWorkNl.options.placeKinds);
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
