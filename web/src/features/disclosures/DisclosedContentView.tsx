// What was disclosed, drawn from its sections exactly as it left: the same
// words on the provider's screen, on the police liaison's and on paper.
import { useTranslation } from 'react-i18next';
import type { DataCategory } from '../../../../server/src/modules/disclosures/disclosures.options';
import type { DisclosedContent } from './api';
import { categoryLabel } from './labels';

type Line = DisclosedContent['sections'][number]['lines'][number];

/** Consecutive labelled lines form one list of terms; a line without a label is a paragraph. */
function runs(lines: Line[]): { labelled: boolean; lines: Line[] }[] {
  const out: { labelled: boolean; lines: Line[] }[] = [];
  for (const line of lines) {
    const labelled = line.label !== null && line.label !== '';
    const last = out[out.length - 1];
    if (last && last.labelled === labelled) last.lines.push(line);
    else out.push({ labelled, lines: [line] });
  }
  return out;
}

export function DisclosedContentView({ content }: { content: DisclosedContent }) {
  return (
    <div className="baken-disclosed">
      {content.title && <p className="baken-disclosed__title">{content.title}</p>}
      {content.sections.map((section, i) => (
        <section key={i} className="baken-disclosed__section">
          {section.heading && <h3 className="utrecht-heading-3">{section.heading}</h3>}
          {runs(section.lines).map((run, j) =>
            run.labelled ? (
              <dl className="baken-dl" key={j}>
                {run.lines.map((line, k) => (
                  <div key={k}>
                    <dt>{line.label}</dt>
                    <dd className="baken-prewrap">{line.text}</dd>
                  </div>
                ))}
              </dl>
            ) : (
              run.lines.map((line, k) => (
                <p key={`${j}-${k}`} className="utrecht-paragraph baken-prewrap">
                  {line.text}
                </p>
              ))
            ),
          )}
        </section>
      ))}
    </div>
  );
}

/** Each kind of data with why it was needed: the minimisation, on record. */
export function CategoryReasons({ categories }: { categories: { category: DataCategory; why: string }[] }) {
  const { t } = useTranslation();
  return (
    <dl className="baken-dl baken-category-reasons">
      {categories.map((c) => (
        <div key={c.category}>
          <dt>{categoryLabel(t, c.category)}</dt>
          <dd className="baken-prewrap">{c.why}</dd>
        </div>
      ))}
    </dl>
  );
}
