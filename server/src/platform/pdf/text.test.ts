// Text is made printable in Helvetica without silently printing the wrong
// letter, and dates are the Dutch day and clock time.
import { describe, expect, it } from 'vitest';
import { formatDay, formatMoment, pdfSafe } from './text.js';

describe('text on paper', () => {
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
