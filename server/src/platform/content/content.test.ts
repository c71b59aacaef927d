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

  it('checks an instrument’s age range inclusively', () => {
    const kjts = { minAge: 3, maxAge: 18 };
    expect([2, 3, 18, 19].map((age) => ageFits(kjts, age))).toEqual([false, true, true, false]);
    expect(ageFits({ minAge: 14 }, 27)).toBe(true);
  });
});
