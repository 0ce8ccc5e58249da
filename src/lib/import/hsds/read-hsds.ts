import type { ImportContext, ImportDrafts } from '../draft.ts';
import { checkTabular, jsonServices } from './detect-hsds.ts';
import { hsdsFiles } from './hsds-input.ts';
import { servicesToDrafts } from './services-to-drafts.ts';
import { nestedServices, readTables } from './tabular-to-nested.ts';

/** HSDS 3.0, tabular (a folder or zip of CSVs) or JSON, as drafts: groups, services and organisations. */
export async function readHsds(input: string, ctx: ImportContext): Promise<ImportDrafts> {
  const files = await hsdsFiles(input);
  const tabular = [...files.keys()].some((name) => name.endsWith('.csv'));
  if (tabular) checkTabular(files, input);
  const services = tabular ? nestedServices(readTables(files)) : jsonServices(files, input);
  return servicesToDrafts(services, ctx);
}
