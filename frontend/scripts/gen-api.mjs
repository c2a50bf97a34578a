// Generates the API types from each service's OpenAPI document (written by `mvn package`).
// Types are never hand-written: a page that uses a service needs that service's document.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = resolve(root, 'src/lib/api');

// required: the SPA's pages import these types, so the build cannot go on without them.
const services = [
  { name: 'plan', module: 'plan-service', required: true },
  { name: 'comment', module: 'comment-service', required: false },
  { name: 'meeting', module: 'meeting-service', required: false },
  { name: 'gateway', module: 'gateway', required: true },
];

mkdirSync(out, { recursive: true });
let failed = false;
for (const svc of services) {
  const spec = resolve(root, '..', svc.module, 'target/openapi/openapi.json');
  const target = resolve(out, `${svc.name}.d.ts`);
  if (!existsSync(spec)) {
    if (svc.required) {
      console.error(`gen:api: ${spec} is missing — run mvn package first ` +
        `(cd .. && mvn -B -q package -DskipTests -pl ${svc.module}).`);
      failed = true;
    } else {
      // An empty paths type keeps the merged client compiling until the service exists.
      writeFileSync(target, '// ' + svc.module + ' has no OpenAPI document yet (run mvn package first).\n' +
        'export type paths = Record<never, never>;\nexport type components = { schemas: Record<never, never> };\n');
      console.warn(`gen:api: ${svc.module} has no openapi.json yet; its pages stay empty.`);
    }
    continue;
  }
  const ast = await openapiTS(new URL(`file://${spec}`));
  writeFileSync(target, `// Generated from ${svc.module}/target/openapi/openapi.json by npm run gen:api. Do not edit.\n` + astToString(ast));
  console.log(`gen:api: ${svc.module} -> src/lib/api/${svc.name}.d.ts`);
}
if (failed) process.exit(1);
