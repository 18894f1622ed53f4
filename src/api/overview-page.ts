// A plain HTML page listing documents and their statements; every value is escaped, no script runs.

import type { DocumentSummary, StoredStatement } from '../app/ports.js';

export function renderOverview(
  documents: readonly DocumentSummary[],
  statements: readonly StoredStatement[],
): string {
  const byDocument = new Map<string, StoredStatement[]>();
  for (const statement of statements) {
    const list = byDocument.get(statement.documentId) ?? [];
    list.push(statement);
    byDocument.set(statement.documentId, list);
  }
  const sections = documents.map((document) => {
    const rows = (byDocument.get(document.id) ?? []).map(
      (s) =>
        `<tr><td>${escapeHtml(s.speaker.text)}${s.speaker.actor ? ` <small>(${escapeHtml(s.speaker.actor)})</small>` : ''}</td>` +
        `<td>${escapeHtml(s.cue.text)}</td><td class="stance-${s.stance}">${s.stance}${s.hedged ? ' (hedged)' : ''}</td>` +
        `<td>${escapeHtml(s.saidOn ?? '–')}</td><td>${s.direct ? '“' : ''}${escapeHtml(s.content.text)}${s.direct ? '”' : ''}</td></tr>`,
    );
    return `<section><h2>${escapeHtml(document.title ?? document.id)}</h2>
<p class="meta">${escapeHtml(document.outlet ?? 'unknown outlet')} · ${escapeHtml(document.publishedAt ?? 'no date')} · <code>${escapeHtml(document.id)}</code>${document.logIndex === null ? '' : ` · log #${document.logIndex}`}</p>
${rows.length === 0 ? '<p>No statements found.</p>' : `<table><thead><tr><th>Speaker</th><th>Cue</th><th>Stance</th><th>Said on</th><th>Content</th></tr></thead><tbody>${rows.join('')}</tbody></table>`}
</section>`;
  });
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>claimlog: documents and statements</title>
<style>body{font:15px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:72rem;padding:0 1rem}table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ddd;padding:.3rem .5rem;text-align:left;vertical-align:top}.meta{color:#555}.stance-deny,.stance-contest{color:#a00}.stance-confirm{color:#060}</style></head>
<body><h1>claimlog</h1><p>${documents.length} documents, ${statements.length} statements. JSON: <a href="/documents">/documents</a>, <a href="/statements">/statements</a>.</p>
${sections.join('\n')}</body></html>`;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
