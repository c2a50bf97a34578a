// Generates the API types from each service's OpenAPI document (written by `mvn package`).
// Types are never hand-written: a page that uses a service needs that service's document.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const repo = resolve(root, '..');
const out = resolve(root, 'src/lib/api');

// Every service the SPA talks to. A module that is in the tree must have its document (its pages use
// its types); a module not yet in the tree gets an empty type, so the SPA builds before it exists.
const services = [
  { name: 'plan', module: 'plan-service' },
  { name: 'comment', module: 'comment-service' },
  { name: 'meeting', module: 'meeting-service' },
  { name: 'gateway', module: 'gateway' },
];

mkdirSync(out, { recursive: true });
let failed = false;
for (const svc of services) {
  const spec = resolve(repo, svc.module, 'target/openapi/openapi.json');
  const target = resolve(out, `${svc.name}.d.ts`);
  if (!existsSync(spec)) {
    if (existsSync(resolve(repo, svc.module))) {
      console.error(`gen:api: ${relative(repo, spec)} is missing — build it first ` +
        `(cd .. && mvn -B -q package -DskipTests -pl ${svc.module} -am).`);
      failed = true;
    } else {
      writeFileSync(target, `// ${svc.module} is not in the tree yet, so it has no OpenAPI document.\n` +
        'export type paths = Record<never, never>;\nexport type components = { schemas: Record<never, never> };\n');
      console.warn(`gen:api: ${svc.module} is not in the tree yet; its types are empty.`);
    }
    continue;
  }
  const ast = await openapiTS(new URL(`file://${spec}`));
  writeFileSync(target, `// Generated from ${svc.module}/target/openapi/openapi.json by npm run gen:api. Do not edit.\n` + astToString(ast));
  console.log(`gen:api: ${svc.module} -> src/lib/api/${svc.name}.d.ts`);
}
if (failed) process.exit(1);
