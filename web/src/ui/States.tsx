// What a page shows while it loads, when there is nothing yet, and when
// loading failed. Every list has all three.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from './Alert';

export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <p className="utrecht-paragraph baken-loading" role="status" aria-live="polite">
      {label ?? t('common.loading')}
    </p>
  );
}

export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="baken-empty">
      <p className="utrecht-paragraph baken-empty__title">{title}</p>
      {children}
    </div>
  );
}

export function LoadError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const message = error instanceof Error ? error.message : t('errors.unknown');
  return (
    <Alert kind="error" title={t('errors.loadFailed')}>
      <p className="utrecht-paragraph">{message}</p>
    </Alert>
  );
}
