import { mkdtempSync, mkdirSync, cpSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ageFits, ContentError, contentDir, loadContent } from './content.js';

describe('content packs', () => {
  it('load and validate from content/', () => {
    const content = loadContent();
    expect(content.signalList.items.length).toBeGreaterThan(20);
    expect(content.instruments.screenings.map((s) => s.code)).toEqual(expect.arrayContaining(['scil', 'miniScl', 'kjts', 'other']));
    expect(content.guidance.tips.every((t) => t.places.length > 0)).toBe(true);
  });

  it('refuses a pack with a broken item, naming the file and the field', () => {
    const dir = mkdtempSync(join(tmpdir(), 'baken-content-'));
    cpSync(contentDir, dir, { recursive: true });
    mkdirSync(join(dir, 'signals'), { recursive: true });
    writeFileSync(
      join(dir, 'signals', 'signal-list.yaml'),
      'pack: signalList\nversion: "2026.1"\ntitle: {nl: Lijst, en: List}\nsources: {}\ncategories: [{code: a, nl: Aaa, en: Aaa}]\nitems: [{code: x, category: b, form: sexual, nl: Tekst, en: Text, ref: "001 §1"}]\n',
    );
    expect(() => loadContent(dir)).toThrow(ContentError);
    expect(() => loadContent(dir)).toThrow(/signal-list.yaml.*items.0.category: unknown category b/);
  });

  it('loads the covenant themes: the six of core element 1.3 plus data exchange, each with a source', () => {
    const { covenantThemes } = loadContent();
    expect(covenantThemes.themes.map((t) => t.code)).toEqual([
      'contactAndTrust',
      'networkAnalysis',
      'missing',
      'safety',
      'willingnessToReport',
      'tracingPerpetrators',
      'dataExchange',
    ]);
    expect(covenantThemes.themes.filter((t) => t.ref === '003 §1.3')).toHaveLength(6);
    expect(covenantThemes.themes.find((t) => t.code === 'dataExchange')?.ref).toBe('001 §11');
  });

  it('refuses a covenant theme pack with a theme twice', () => {
    const dir = mkdtempSync(join(tmpdir(), 'baken-content-'));
    cpSync(contentDir, dir, { recursive: true });
    const theme = '{code: safety, nl: Veiligheid, en: Safety, explanationNl: Uitleg hier, explanationEn: Explained here, ref: "003 §1.3"}';
    writeFileSync(join(dir, 'covenants', 'themes.yaml'), `pack: covenantThemes\nversion: "2026.2"\nthemes: [${theme}, ${theme}]\n`);
    expect(() => loadContent(dir)).toThrow(/covenants\/themes.yaml.*themes.1.code: duplicate code safety/);
  });

  it('checks an instrument’s age range inclusively', () => {
    const kjts = { minAge: 3, maxAge: 18 };
    expect([2, 3, 18, 19].map((age) => ageFits(kjts, age))).toEqual([false, true, true, false]);
    expect(ageFits({ minAge: 14 }, 27)).toBe(true);
  });
});
