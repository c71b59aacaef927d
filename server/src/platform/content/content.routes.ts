// The content packs for the client: the signal list, the instruments and the
// guidance tips. Not personal data, but only for signed-in users.
import { z } from 'zod';
import type { App, Platform } from '../http/app-types.js';
import { errorResponses } from '../http/schemas.js';

export function registerContentRoutes(app: App, { content }: Platform): void {
  app.get(
    '/api/content/:pack',
    {
      schema: {
        tags: ['content'],
        params: z.object({ pack: z.enum(['signalList', 'instruments', 'guidance', 'covenantThemes', 'qualityFramework', 'inspectionFramework', 'municipalChecklist']) }),
        response: { 200: z.looseObject({ pack: z.string(), version: z.string() }), ...errorResponses },
      },
    },
    async (request) => content[request.params.pack],
  );
}
