// The police sheet names the youth's gender as the file's screen does. The
// main catalog is checked here, on the client's side, where it is loaded.
import { describe, expect, it } from 'vitest';
import { GENDERS } from '../../../../server/src/modules/caseFiles/caseFiles.options';
import { GENDER_LABELS } from '../../../../server/src/modules/missing/policeSheetText';
import { nl } from '../../i18n/nl';

describe('the police sheet', () => {
  it('uses the gender words the professional sees on screen', () => {
    expect(Object.keys(GENDER_LABELS).sort()).toEqual([...GENDERS].sort());
    expect(GENDER_LABELS).toEqual(nl.genders);
  });
});
