// Text and dates as Baken's papers print them: every PDF uses the built-in
// Helvetica, and every date is the day or the clock time in the Netherlands.

// The characters Helvetica's WinAnsi encoding has beyond Latin-1 (0x80–0x9F).
const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

function inWinAnsi(ch: string): boolean {
  const code = ch.codePointAt(0)!;
  return (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.has(ch);
}

// Letters with no decomposition that names in Dutch case files do contain
// (Polish, Turkish, Croatian, Maltese, Icelandic): the nearest Latin letter.
const NEAREST: Record<string, string> = {
  ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', ı: 'i', ħ: 'h', Ħ: 'H', ŋ: 'n', Ŋ: 'N', ŀ: 'l', Ŀ: 'L', ĸ: 'k', ſ: 's',
  ʼ: '’', ʻ: '‘', '‐': '-', '‑': '-', '‒': '–', '―': '—', '′': "'", '″': '"', '⁄': '/', '−': '-',
  '\u2002': ' ', '\u2003': ' ', '\u2007': ' ', '\u2009': ' ', '\u200a': ' ', '\u202f': ' ', '\u3000': ' ',
};

/**
 * Text as Helvetica (WinAnsi) can print it. pdfkit prints characters outside
 * that encoding as unrelated glyphs, so a Polish or Turkish name would come out
 * wrong without a sign: accents that do not exist in WinAnsi are dropped (ş →
 * s), a few letters map to their nearest form, invisible characters go, and
 * anything else (another script, an emoji) becomes '?', visibly not the original.
 */
export function pdfSafe(text: string): string {
  let out = '';
  for (const ch of text.replace(/\r\n?/g, '\n').normalize('NFC')) {
    if (ch === '\n' || inWinAnsi(ch)) {
      out += ch;
    } else if (ch === '\t') {
      out += ' ';
    } else if (/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2060\ufeff\ufe0e\ufe0f]/u.test(ch)) {
      // Control, zero-width and variation characters carry nothing to print.
    } else if (NEAREST[ch] !== undefined) {
      out += NEAREST[ch];
    } else {
      // Compatibility decomposition too: a ligature or a full-width letter has a plain form.
      const bare = ch.normalize('NFKD').replace(/\p{M}/gu, '');
      out += bare !== '' && [...bare].every(inWinAnsi) ? bare : '?';
    }
  }
  return out;
}

const dutchDate = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const dutchDateTime = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Amsterdam' });
const dutchDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' });

/** A calendar date (YYYY-MM-DD) is a day, not a moment: no time zone may shift it. */
export function formatDay(isoDate: string): string {
  const [y, m, d] = isoDate.slice(0, 10).split('-').map(Number);
  return dutchDate.format(new Date(Date.UTC(y!, m! - 1, d!)));
}
/** A moment (signed off, printed), as the clock in the Netherlands showed it. */
export function formatMoment(iso: string): string {
  return dutchDateTime.format(new Date(iso));
}
/** The calendar day (YYYY-MM-DD) in the Netherlands of a moment. */
export function dayOf(iso: string): string {
  return dutchDay.format(new Date(iso));
}
