/**
 * `npm run docs`: regenerates everything written from the schemas' JSDoc — the JSON Schemas in schemas/
 * (editor autocomplete and hovers) and the field reference in CONTRIBUTING.md. Run it after changing a
 * schema; a test fails while the committed files are out of date.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { CONTRIBUTING_FILE, generatedFiles } from '../src/lib/schema-docs/generated-files.ts';

async function main(): Promise<number> {
  const files = generatedFiles(await readFile(CONTRIBUTING_FILE, 'utf8'));
  for (const [file, content] of files) {
    await mkdir(path.dirname(file), { recursive: true });
    const before = await readFile(file, 'utf8').catch(() => '');
    if (before !== content) {
      await writeFile(file, content);
      console.log(`wrote ${file}`);
    }
  }
  console.log(`${files.size} files are up to date with src/schemas/.`);
  return 0;
}

process.exitCode = await main();
