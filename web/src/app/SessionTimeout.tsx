// Warns before the session ends for lack of activity, and lets the user stay
// signed in (WCAG 2.2.1): a note typed for half an hour is not lost to a
// silent timeout. The server is the judge; this only keeps track of when it
// last heard from the tab.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, lastServerContact } from '../api/http';
import { Button, ButtonGroup } from '../ui/Button';
import { endEndedSession, type Session } from './session';

const WARN_BEFORE_MS = 3 * 60_000;
// The server records activity at most once a minute, so its clock may be a minute behind ours.
const SERVER_LAG_MS = 60_000;

export function SessionTimeout({ idleMinutes }: { idleMinutes: number }) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const stay = useRef<HTMLButtonElement>(null);
  const [warning, setWarning] = useState(false);
  const [minutesLeft, setMinutesLeft] = useState(0);

  useEffect(() => {
    const idleMs = idleMinutes * 60_000;
    const timer = window.setInterval(() => {
      const left = lastServerContact() + idleMs - SERVER_LAG_MS - Date.now();
      if (left <= 0) {
        // Ask the server: if the session really ended, go to sign-in; else carry on.
        void api.get<Session>('/api/session').then((s) => (s.stage === 'signedIn' ? setWarning(false) : endEndedSession()));
        return;
      }
      setMinutesLeft(Math.max(1, Math.ceil(left / 60_000)));
      setWarning(left <= WARN_BEFORE_MS);
    }, 10_000);
    return () => window.clearInterval(timer);
  }, [idleMinutes]);

  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (warning && !d.open) {
      d.showModal();
      stay.current?.focus();
    }
    if (!warning && d.open) d.close();
  }, [warning]);

  return (
    <dialog ref={dialog} className="baken-dialog" aria-labelledby="timeout-title" onCancel={(e) => (e.preventDefault(), setWarning(false))}>
      <h2 className="utrecht-heading-2" id="timeout-title">
        {t('timeout.title')}
      </h2>
      <p className="utrecht-paragraph">{t('timeout.text', { count: minutesLeft })}</p>
      <ButtonGroup>
        <Button appearance="primary" ref={stay} onClick={() => void api.get('/api/session').then(() => setWarning(false))}>
          {t('timeout.stay')}
        </Button>
      </ButtonGroup>
    </dialog>
  );
}
