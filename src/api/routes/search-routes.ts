// Search across everything claimlog holds: the first page of each kind of match.

import type { Claimlog } from '../../app/claimlog.js';
import { defineRoute, type ApiRoute } from '../api-route.js';
import { integerParam } from '../schemas/parameters.js';
import { SearchResultJson } from '../schemas/service-json.js';
import { z } from 'zod';
import { documentPage } from './document-routes.js';
import { statementPage } from './statement-routes.js';

export function searchRoutes(claimlog: Claimlog): ApiRoute[] {
  return [
    defineRoute({
      method: 'get',
      path: '/search',
      operationId: 'search',
      summary: 'Search documents and statements at once',
      description:
        'Web-search syntax: words (stemmed, so "denied" finds "deny"), "a quoted phrase", `or`, and -word ' +
        'to exclude. Each kind comes ranked by relevance; continue with /documents?q= or /statements?q=.',
      tag: 'search',
      access: 'read',
      query: {
        q: z
          .string({ error: 'expected search text of 1 to 200 characters' })
          .trim()
          .min(1, { error: 'expected search text of 1 to 200 characters' })
          .max(200, { error: 'expected search text of 1 to 200 characters' })
          .describe('what to look for'),
        limit: integerParam(1, 50, 10, 'at most this many of each kind (1 to 50)'),
      },
      response: { status: 200, description: 'the best matches of each kind', schema: SearchResultJson },
      handle: async ({ query: { q, limit } }) => {
        const page = { limit, offset: 0 };
        // One after the other: on the embedded store queries run one at a time anyway.
        const documents = await documentPage(claimlog, { text: q }, page);
        const statements = await statementPage(claimlog, { text: q }, page);
        return { q, documents, statements };
      },
    }),
  ];
}
