// The words the server prints (the receipt PDF, the register's CSV) are the
// words the screen shows: a change to one fails here until the other follows.
// And the CSV never hands a spreadsheet a formula.
import { describe, expect, it } from 'vitest';
import { disclosuresNl } from '../../../../web/src/i18n/disclosures.nl.js';
import { CATEGORY_LABELS, KIND_LABELS, LEGAL_GROUND_LABELS, RECIPIENT_KIND_LABELS, SECRECY_GROUND_LABELS } from './disclosures.labels.js';
import { csvCell } from './register/registerCsv.js';

describe('disclosure labels', () => {
  it('match the Dutch catalog of the interface', () => {
    const o = disclosuresNl.disclosureOptions;
    expect(LEGAL_GROUND_LABELS).toEqual(o.legalGrounds);
    expect(CATEGORY_LABELS).toEqual(o.categories);
    expect(KIND_LABELS).toEqual(o.sources);
    expect(RECIPIENT_KIND_LABELS).toEqual(o.recipientKinds);
    expect(SECRECY_GROUND_LABELS).toEqual(o.secrecyGrounds);
  });
});

describe('a CSV cell', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+31 6 1234', "'+31 6 1234"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['gewoon', 'gewoon'],
    ['a;b', '"a;b"'],
    ['zei "ja"', '"zei ""ja"""'],
    ['twee\nregels', '"twee\nregels"'],
    ['=HYPERLINK("x";"y")', `"'=HYPERLINK(""x"";""y"")"`],
  ])('%j becomes %j', (input, output) => {
    expect(csvCell(input)).toBe(output);
  });
});
