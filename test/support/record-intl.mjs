// Loaded with `node --import`: wraps Intl's costly services (DisplayNames, DateTimeFormat,
// NumberFormat, ListFormat) so each one the program creates appends a line to the file named
// by RECORD_INTL_TO. It records rather than throws: a throw could be caught and go unseen.
import { appendFileSync } from 'node:fs';

for (const name of ['DisplayNames', 'DateTimeFormat', 'NumberFormat', 'ListFormat']) {
  const record = (args) => appendFileSync(process.env.RECORD_INTL_TO, `Intl.${name} ${JSON.stringify(args)}\n`);
  Intl[name] = new Proxy(Intl[name], {
    construct(target, args, newTarget) {
      record(args);
      return Reflect.construct(target, args, newTarget);
    },
    apply(target, self, args) {
      record(args);
      return Reflect.apply(target, self, args);
    },
  });
}
