import { describe, expect, it } from 'vitest';
import { safeHref } from './dom.js';

describe('safeHref', () => {
  it('keeps fragments, site paths and http(s) addresses', () => {
    expect(safeHref('#main')).toBe('#main');
    expect(safeHref('/ui/documents/abc')).toBe('/ui/documents/abc');
    expect(safeHref('https://example.org/a?b=c')).toBe('https://example.org/a?b=c');
    expect(safeHref(' http://example.org ')).toBe('http://example.org/');
  });

  it('refuses script, data and protocol-relative addresses', () => {
    for (const url of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'java\nscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      '//evil.example/x',
      '/\\evil.example',
      'ui/relative',
      '',
      null,
    ])
      expect(safeHref(url), String(url)).toBeNull();
  });
});
