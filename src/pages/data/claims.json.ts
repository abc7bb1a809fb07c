import type { APIRoute } from 'astro';
import { getCatalog } from '../../data/catalog.ts';
import { claimsExport } from '../../lib/site/exports.ts';
import { passagePath } from '../../lib/site/urls.ts';

export const GET: APIRoute = async ({ site }) => {
  const { records, topics } = await getCatalog();
  const passage = (slug: string, id: string) => new URL(passagePath(import.meta.env.BASE_URL, slug, id), site).href;
  const body = claimsExport(records, topics, passage);
  return new Response(`${JSON.stringify(body, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
