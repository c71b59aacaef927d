import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, ButtonGroup } from './Button';

/**
 * Asks before a destructive action, in the browser's own modal dialog: focus
 * moves into it, Escape cancels, and focus returns to where it was.
 */
export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  busy = false,
  onConfirm,
  onCancel,
}: {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  busy?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const titleId = `confirm-title-${useId()}`.replace(/:/g, '');
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      // The safe choice has focus: Enter must never confirm a destructive action by accident.
      cancelRef.current?.focus();
    }
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog ref={ref} className="baken-dialog" aria-labelledby={titleId} onCancel={(e) => (e.preventDefault(), onCancel())}>
      <h2 className="utrecht-heading-2" id={titleId}>
        {title}
      </h2>
      <div className="baken-dialog__body">{children}</div>
      <ButtonGroup>
        <Button appearance="danger" busy={busy} onClick={onConfirm}>
          {confirmLabel}
        </Button>
        <Button appearance="secondary" onClick={onCancel} ref={cancelRef}>
          {t('common.cancel')}
        </Button>
      </ButtonGroup>
    </dialog>
  );
}
