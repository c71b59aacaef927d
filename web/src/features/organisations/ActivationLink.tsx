import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';

/** A one-time link shown once, for the admin to pass on through a safe channel. */
export function ActivationLink({ url, name }: { url: string; name: string }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
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
          void navigator.clipboard?.writeText(url).then(() => setCopied(true));
        }}
      >
        {copied ? t('common.copied') : t('common.copy')}
      </Button>
    </Alert>
  );
}
