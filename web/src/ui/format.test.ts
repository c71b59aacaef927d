import { describe, expect, it } from 'vitest';
import i18n from '../i18n';
import { formatLabelList, formatList } from './format';

describe('lists in a sentence', () => {
  it('joins with "en" in Dutch and lower-cases labels after the first, but not names', async () => {
    await i18n.changeLanguage('nl');
    expect(formatList(['1', '2'])).toBe('1 en 2');
    expect(formatList(['1', '2', '4'])).toBe('1, 2 en 4');
    expect(formatLabelList(['De aandachtsfunctionaris', 'De zorgcoördinator mensenhandel'])).toBe('De aandachtsfunctionaris en de zorgcoördinator mensenhandel');
    expect(formatLabelList(['Een collega', 'Veilig Thuis', 'CoMensha'])).toBe('Een collega, Veilig Thuis en CoMensha');
  });
});
