import { useState } from 'react';

/**
 * The one-time token of a setup or activation link travels in the URL
 * fragment (never sent to a server). Read it once, then take it out of the
 * address bar so it does not linger in history or on a shared screen.
 */
export function useLinkToken(): string {
  const [token] = useState(() => {
    const value = window.location.hash.slice(1);
    if (value) window.history.replaceState(window.history.state, '', window.location.pathname);
    return value;
  });
  return token;
}
