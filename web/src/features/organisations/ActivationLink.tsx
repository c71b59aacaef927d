import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';

/** A one-time link shown once, for the admin to pass on through a safe channel. */
export function ActivationLink({ url, name }: { url: string; name: string }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState<'no' | 'yes' | 'failed'>('no');
  return (
    <Alert kind="ok" title={t('users.linkTitle', { name })}>
      <p className="utrecht-paragraph">{t('users.linkIntro')}</p>
      <p className="utrecht-paragraph">
        <code className="baken-link-code" data-testid="activation-link">
          {url}
        </code>
      </p>
      <Button
        onClick={() => {
          // Clipboard access can be refused (http, browser settings): then say so; the link stays visible to copy by hand.
          void (navigator.clipboard?.writeText(url) ?? Promise.reject(new Error('no clipboard'))).then(
            () => setCopied('yes'),
            () => setCopied('failed'),
          );
        }}
      >
        {copied === 'yes' ? t('common.copied') : t('common.copy')}
      </Button>
      {copied === 'failed' && <p className="utrecht-paragraph" role="status">{t('common.copyFailed')}</p>}
    </Alert>
  );
}
