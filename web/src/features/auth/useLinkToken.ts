import { useEffect, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';

/**
 * The one-time token of a setup or activation link travels in the URL
 * fragment (never sent to a server). Read it once, then take it out of the
 * address bar so it does not linger on a shared screen. The link is single-use
 * and short-lived: that is what protects it where browser history keeps it.
 */
export function useLinkToken(): string {
  const location = useLocation();
  const navigate = useNavigate();
  const [token] = useState(() => location.hash.slice(1));
  useEffect(() => {
    if (location.hash) void navigate({ pathname: location.pathname, hash: '' }, { replace: true });
  }, [location.hash, location.pathname, navigate]);
  return token;
}
