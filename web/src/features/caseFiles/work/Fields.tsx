// A record's fields as a definition list, labelled from the catalog. For the
// plain reading of a record on its page.
import { useTranslation } from 'react-i18next';

export function Fields({ kind, record, names, format }: { kind: string; record: Record<string, unknown>; names: string[]; format?: (name: string, value: unknown) => string }) {
  const { t } = useTranslation();
  const shown = names.filter((name) => {
    const v = record[name];
    return !(v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0));
  });
  if (shown.length === 0) return null;
  return (
    <dl className="baken-dl">
      {shown.map((name) => {
        const value = record[name];
        const text = format ? format(name, value) : Array.isArray(value) ? value.join(', ') : typeof value === 'boolean' ? t(value ? 'records.yes' : 'records.no') : String(value);
        return (
          <div key={name}>
            <dt>{t(`fields.${kind}.${name}` as 'fields.signal.form', { defaultValue: name })}</dt>
            <dd className="baken-prewrap">{text}</dd>
          </div>
        );
      })}
    </dl>
  );
}
