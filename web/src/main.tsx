import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from 'react-router/dom';
import '@fontsource-variable/noto-sans';
import '@utrecht/design-tokens/dist/index.css';
import '@utrecht/component-library-css/dist/index.css';
import './ui/theme.css';
import './ui/layout.css';
import './i18n';
import { whenSignedOut } from './api/http';
import { endEndedSession } from './app/session';
import { router } from './app/router';

const queryClient = new QueryClient({
  defaultOptions: {
    // Reads of case data are audited: fetch when a page opens, not on every focus.
    queries: { staleTime: 30_000, refetchOnWindowFocus: false, retry: (count, error) => count < 1 && !(error as { status?: number }).status },
    // What a form sent (passwords, BSN, TOTP secrets, activation links) is not kept after it is done.
    mutations: { gcTime: 0 },
  },
});

whenSignedOut(endEndedSession);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  </StrictMode>,
);
