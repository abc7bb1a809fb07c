import type { APIRoute } from 'astro';
import { getCatalog } from '../../data/catalog.ts';
import { sourcesExport } from '../../lib/site/exports.ts';
import { sourcePath } from '../../lib/site/urls.ts';

export const GET: APIRoute = async ({ site }) => {
  const { records } = await getCatalog();
  const absolute = (slug: string) => new URL(sourcePath(import.meta.env.BASE_URL, slug), site).href;
  const body = sourcesExport(records, absolute);
  return new Response(`${JSON.stringify(body, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
