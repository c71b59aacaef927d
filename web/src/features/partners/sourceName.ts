// "003 §1.3" → "kwaliteitskader (2015) §1.3": a content ref as people read it,
// with the document names the guidance tips use.
import type { TFunction } from 'i18next';

export function sourceName(t: TFunction, ref: string): string {
  return ref
    .split(';')
    .map((part) => part.trim())
    .map((part) => `${t(`guidance.sources.${part.slice(0, 3)}` as 'guidance.sources.000', { defaultValue: part.slice(0, 3) })} ${part.slice(4)}`)
    .join('; ');
}
