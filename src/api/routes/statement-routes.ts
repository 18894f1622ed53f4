// Routes over statements: who said what, when, with which stance — filtered and searched.

import type { Claimlog } from '../../app/claimlog.js';
import type { Page, StatementFilter } from '../../app/ports.js';
import { defineRoute, type ApiRoute } from '../api-route.js';
import { toPage } from '../schemas/page-json.js';
import { pageParams, partialDateParam, stanceParam, textParam } from '../schemas/parameters.js';
import { StatementPageJson } from '../schemas/service-json.js';
import { withoutUndefined } from '../without-undefined.js';

export const MAX_STATEMENTS_PAGE = 500;

export function statementRoutes(claimlog: Claimlog): ApiRoute[] {
  return [
    defineRoute({
      method: 'get',
      path: '/statements',
      operationId: 'listStatements',
      summary: 'List statements by date, filter them, or search them',
      description:
        "A statement's date is the day it was said when the text tells, else its document's publication " +
        'date; a month-precise date ("2024-10") matches a range that overlaps that month.',
      tag: 'statements',
      access: 'read',
      query: {
        q: textParam(200, 'full-text search over speaker, cue and content (web-search syntax)'),
        speaker: textParam(200, 'an actor id such as "kp", or part of the speaker as written'),
        document: textParam(64, 'only statements of this document (its id)'),
        stance: stanceParam,
        from: partialDateParam('only statements dated on or after this date'),
        to: partialDateParam('only statements dated on or before this date'),
        ...pageParams(MAX_STATEMENTS_PAGE),
      },
      response: { status: 200, description: 'a page of statements', schema: StatementPageJson },
      handle: ({ query: { q, speaker, document, stance, from, to, limit, offset } }) =>
        statementPage(
          claimlog,
          withoutUndefined({ text: q, speaker, documentId: document, stance, from, to }),
          { limit, offset },
        ),
    }),
  ];
}

export async function statementPage(claimlog: Claimlog, filter: StatementFilter, page: Page) {
  const rows = await claimlog.statements(filter, { limit: page.limit + 1, offset: page.offset });
  return toPage(rows, page);
}
