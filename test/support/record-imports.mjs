// Loaded with `node --import`: registers a resolve hook that appends every module URL the
// program resolves (the bundle's files in dist/, node: builtins, anything from node_modules)
// to the file named by RECORD_IMPORTS_TO. test/support/bundle.ts reads it with the metafile.
import { register } from 'node:module';

register(
  `data:text/javascript,${encodeURIComponent(`
    import { appendFileSync } from 'node:fs';
    export async function resolve(specifier, context, next) {
      const result = await next(specifier, context);
      appendFileSync(${JSON.stringify(process.env.RECORD_IMPORTS_TO)}, result.url + '\\n');
      return result;
    }
  `)}`,
);
