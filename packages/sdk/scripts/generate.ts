import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

/**
 * Generates `src/schema.d.ts` (the API's paths, operations and schemas as TypeScript types) from the committed
 * `openapi.json`. `--check` writes nothing and exits 1 when the committed file is stale. `npm run openapi` runs it after
 * regenerating openapi.json, and CI runs the check.
 */
const packageRoot = fileURLToPath(new URL('../', import.meta.url));
const openApiFile = path.resolve(packageRoot, '../../openapi.json');
const typesFile = path.join(packageRoot, 'src/schema.d.ts');

const banner = '// Generated from openapi.json by packages/sdk/scripts/generate.ts (`npm run openapi`). Do not edit.\n\n';

export async function generateSdkTypes(): Promise<string> {
  const ast = await openapiTS(pathToFileURL(openApiFile), { alphabetize: false, exportType: false });
  return `${banner}${astToString(ast)}`;
}

async function main(argv: string[]): Promise<number> {
  const generated = await generateSdkTypes();
  const committed = fs.existsSync(typesFile) ? fs.readFileSync(typesFile, 'utf8') : undefined;
  if (argv.includes('--check')) {
    if (committed === generated) {
      process.stdout.write('packages/sdk/src/schema.d.ts is up to date\n');
      return 0;
    }
    process.stderr.write('packages/sdk/src/schema.d.ts is stale: run npm run openapi\n');
    return 1;
  }
  if (committed !== generated) fs.writeFileSync(typesFile, generated);
  process.stdout.write(`${committed === generated ? 'unchanged' : 'wrote'} ${typesFile}\n`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    console.error(err);
    process.exitCode = 1;
  },
);
