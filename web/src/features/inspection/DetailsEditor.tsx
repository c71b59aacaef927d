// Changing a round's or a provider's details in place: a button opens the
// form below the details, focus goes to its first field, and saving or
// cancelling (also with Escape) closes it and puts focus back on the button.
// A save against a version someone else changed in between is refused by the
// server; the page then reloads the latest details above the form, the
// typed values stay, and saving again is made against the latest version.
import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/http';
import { Alert } from '../../ui/Alert';
import { Button, ButtonGroup } from '../../ui/Button';
import { ErrorSummary, FieldIdScope, formValues } from '../../ui/Form';

export function DetailsEditor({
  scope,
  editLabel,
  version,
  labels,
  conflictText,
  savedText,
  save,
  onConflict,
  children,
}: {
  /** Keeps the form's field ids apart from other forms on the page. */
  scope: string;
  editLabel: string;
  /** updatedAt of the details as the page shows them now. */
  version: string;
  labels: Record<string, string>;
  conflictText: string;
  savedText: string;
  save: (values: Record<string, string>, version: string) => Promise<unknown>;
  onConflict: () => void;
  children: (error: ApiError | null) => ReactNode;
}) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [openedAt, setOpenedAt] = useState(version);
  const [conflict, setConflict] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const form = useRef<HTMLFormElement>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    if (editing) form.current?.querySelector<HTMLElement>('input, select, textarea')?.focus();
    else if (returnFocus.current) {
      returnFocus.current = false;
      button.current?.focus();
    }
  }, [editing]);

  const open = () => {
    setOpenedAt(version);
    setConflict(false);
    setError(null);
    setSaved(false);
    setEditing(true);
  };
  const close = (wasSaved: boolean) => {
    returnFocus.current = true;
    setSaved(wasSaved);
    setEditing(false);
  };
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    const values = formValues(event.currentTarget) as Record<string, string>;
    setBusy(true);
    setError(null);
    try {
      // After a conflict the page shows the latest details: the next save is made against them.
      await save(values, conflict ? version : openedAt);
      setConflict(false);
      close(true);
    } catch (e) {
      const failure = e instanceof ApiError ? e : new ApiError(0, 'INTERNAL', t('errors.unknown'));
      if (failure.code === 'EDIT_CONFLICT') {
        setConflict(true);
        onConflict();
      } else setError(failure);
    } finally {
      setBusy(false);
    }
  };
  const onKey = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key === 'Escape' && !busy) {
      event.preventDefault();
      close(false);
    }
  };

  if (!editing)
    return (
      <>
        {saved && <Alert kind="ok">{savedText}</Alert>}
        <ButtonGroup>
          <Button ref={button} onClick={open}>
            {editLabel}
          </Button>
        </ButtonGroup>
      </>
    );
  return (
    <FieldIdScope scope={scope}>
      <div className="baken-narrow">
        {conflict && (
          <Alert kind="warning" title={t('inspection.edit.conflictTitle')} takeFocus>
            <p className="utrecht-paragraph">{conflictText}</p>
          </Alert>
        )}
        <ErrorSummary error={error} labels={labels} />
        <form ref={form} onSubmit={(event) => void submit(event)} onKeyDown={onKey} noValidate className="baken-form" aria-label={editLabel}>
          {children(error)}
          <ButtonGroup>
            <Button type="submit" appearance="primary" busy={busy}>
              {t('inspection.edit.save')}
            </Button>
            <Button appearance="subtle" onClick={() => close(false)}>
              {t('inspection.edit.cancel')}
            </Button>
          </ButtonGroup>
        </form>
      </div>
    </FieldIdScope>
  );
}
