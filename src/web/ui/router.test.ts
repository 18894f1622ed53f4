import { describe, expect, it } from 'vitest';
import { inAppTarget, matchRoute, type Route } from './router.js';

const page = () => Promise.resolve({ title: '', content: null });
const routes: Route[] = [
  { path: '/ui/', page },
  { path: '/ui/documents', page },
  { path: '/ui/documents/:id', page },
];

describe('matchRoute', () => {
  it('matches paths with and without a trailing slash and decodes parameters', () => {
    expect(matchRoute(routes, '/ui/')?.route.path).toBe('/ui/');
    expect(matchRoute(routes, '/ui')?.route.path).toBe('/ui/');
    expect(matchRoute(routes, '/ui/documents/')?.route.path).toBe('/ui/documents');
    expect(matchRoute(routes, '/ui/documents/a%20b')?.params).toEqual({ id: 'a b' });
    expect(matchRoute(routes, '/ui/documents/a/b')).toBeNull();
    expect(matchRoute(routes, '/elsewhere')).toBeNull();
  });
});

describe('inAppTarget', () => {
  it('keeps /ui/ links on this origin and leaves everything else to the browser', () => {
    const origin = 'http://127.0.0.1:8787';
    expect(inAppTarget('/ui/statements?q=x', origin)?.pathname).toBe('/ui/statements');
    expect(inAppTarget('/statements', origin)).toBeNull();
    expect(inAppTarget('https://example.com/ui/', origin)).toBeNull();
    expect(inAppTarget('javascript:alert(1)', origin)).toBeNull();
  });
});
