// What a user sees when a page fails to render: a plain message, never the
// error itself (it may hold data or a stack trace). Saved work is on the
// server, so reloading loses nothing; the error goes to the browser console
// for whoever debugs it.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useRouteError } from 'react-router';
import { Button, ButtonGroup, TextLink } from '../ui/Button';
import { PageHeading } from '../ui/Heading';

export function PageError() {
  const { t } = useTranslation();
  const error = useRouteError();
  useEffect(() => console.error(error), [error]);
  return (
    <>
      <PageHeading title={t('errors.pageBrokeTitle')}>{t('errors.pageBrokeTitle')}</PageHeading>
      <p className="utrecht-paragraph">{t('errors.pageBroke')}</p>
      <ButtonGroup>
        <Button onClick={() => window.location.reload()}>{t('errors.reload')}</Button>
        <TextLink to="/">{t('nav.home')}</TextLink>
      </ButtonGroup>
    </>
  );
}
