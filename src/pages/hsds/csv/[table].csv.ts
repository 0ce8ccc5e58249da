import type { APIRoute, GetStaticPaths } from 'astro';
import { getDirectory } from '../../../lib/directory/load-directory.ts';
import { tabularFiles } from '../../../lib/open-data/hsds/tabular-files.ts';

/** One CSV per HSDS object, columns in the order the specification's datapackage.json gives. */
export const getStaticPaths = (async () =>
  tabularFiles(await getDirectory())
    .filter((file) => file.path.endsWith('.csv'))
    .map((file) => ({
      params: { table: file.path.replace(/\.csv$/, '') },
      props: { text: file.text },
    }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ text: string }> = ({ props }) =>
  new Response(props.text, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
