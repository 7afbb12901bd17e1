// `npm test`'s first step (package.json "pretest"): the prerequisites, then lint, build and
// typecheck side by side. They read the sources and write nothing the others read (the build
// writes dist/ and build/, tsc --noEmit nothing), so on 2 cores the two tsc runs (the build's
// declarations and the typecheck) overlap: about 19 s one after the other, 11 s together.
// Each step's output is held and printed whole once it ends, so that two logs never interleave;
// the first failure in the order below decides the exit code, after every step has ended.
import { spawn } from 'node:child_process';

const npm = process.env.npm_execpath;
/** `npm run <script> --silent`, through the npm that runs us (npm_execpath) where there is one. */
const run = (script) => (npm ? [process.execPath, [npm, 'run', script, '--silent']] : ['npm', ['run', script, '--silent']]);

function step(name, [command, args]) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], shell: false });
    const output = [];
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
    child.on('error', (error) => resolve({ name, status: 1, output: Buffer.from(`${error.message}\n`) }));
    child.on('close', (status, signal) => resolve({ name, status: status ?? (signal ? 1 : 0), output: Buffer.concat(output) }));
  });
}

const prerequisites = await step('prerequisites', [process.execPath, ['scripts/check-test-prerequisites.mjs']]);
process.stderr.write(prerequisites.output);
if (prerequisites.status !== 0) process.exit(prerequisites.status);

const results = await Promise.all(['lint', 'build', 'typecheck'].map((script) => step(script, run(script))));
for (const { output } of results) process.stdout.write(output);
const failed = results.find((result) => result.status !== 0);
if (failed) {
  process.stderr.write(`npm test: \`npm run ${failed.name}\` failed (exit ${failed.status}); its output is above\n`);
  process.exit(failed.status);
}
