import type { APIRoute } from 'astro';
import { getCatalog } from '../../data/catalog.ts';
import { matrixCsv } from '../../lib/site/exports.ts';

export const GET: APIRoute = async () => {
  const { sources, comparison } = await getCatalog();
  return new Response(
    matrixCsv(
      comparison,
      sources.map((s) => s.id),
    ),
    { headers: { 'Content-Type': 'text/csv; charset=utf-8' } },
  );
};
