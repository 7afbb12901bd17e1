/**
 * Where one answers file's replay spends its time, stage by stage, in one process and one
 * thread: what a batch worker does for each file, without the workers, the process start or
 * the disk's moods. Run by bench/stages.mjs (`npm run bench:stages`), which bundles this file
 * as the CLI is bundled and gives it a folder of answers files.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readAnswers } from '../source/core/answers/parse.js';
import { loadCatalogFiles } from '../source/core/catalogs/load.js';
import { checkModel, locateFindings } from '../source/core/check/check.js';
import { resolveAnswers } from '../source/core/model/resolve.js';
import { documentsNamed, renderDocuments } from '../source/core/render/outputs.js';
import { writeOutputs } from '../source/io/write-files.js';

const [dir, out] = process.argv.slice(2) as [string, string | undefined];
const files = readdirSync(dir).sort();
/** The files whose time is not counted: the first ones run code for the first time. */
const WARM_UP = Math.min(100, Math.floor(files.length / 3));
const catalogs = loadCatalogFiles();
const documents = documentsNamed(['notice', 'retention']);

const stages = new Map<string, number>();
/** The ms each file took, in order: how long code takes to become fast. */
const perFile: number[] = [];
let mark = performance.now();
const stage = (name: string, counted: boolean) => {
  const at = performance.now();
  if (counted) stages.set(name, (stages.get(name) ?? 0) + at - mark);
  mark = at;
};

for (const [index, name] of files.entries()) {
  const counted = index >= WARM_UP;
  const start = performance.now();
  mark = start;
  const text = readFileSync(join(dir, name), 'utf8');
  stage('read the file', counted);
  const read = readAnswers(text, name, catalogs);
  if (!read.ok) throw new Error(`${name}: ${read.problems[0]?.message}`);
  stage('parse the YAML and validate it', counted);
  const model = resolveAnswers(read.answers, catalogs);
  stage('resolve the model', counted);
  locateFindings(checkModel(model, read.languages), read.locate);
  stage('check', counted);
  const outputs = renderDocuments(model, read.languages, ['md', 'html', 'csv'], documents, (step) => stage(step, counted));
  if (out) {
    const written = await writeOutputs(join(out, name.replace(/\.ya?ml$/, '')), outputs);
    if (!written.ok) throw new Error(written.reason);
    stage('write (all or nothing, synced)', counted);
  }
  perFile.push(performance.now() - start);
}

const counted = files.length - WARM_UP;
const total = [...stages.values()].reduce((a, b) => a + b, 0);
console.log(`| stage (${counted} files after ${WARM_UP} to warm up) | ms a file | share |\n| --- | ---: | ---: |`);
for (const [name, ms] of stages) console.log(`| ${name} | ${(ms / counted).toFixed(2)} | ${((100 * ms) / total).toFixed(0)} % |`);
console.log(`| **all** | **${(total / counted).toFixed(2)}** | |\n`);
const mean = (from: number, to: number) => perFile.slice(from, to).reduce((a, b) => a + b, 0) / Math.max(1, perFile.slice(from, to).length);
const bounds = [0, 1, 10, 30, 100, 300, files.length].filter((b, i, all) => b <= files.length && all.indexOf(b) === i);
console.log(
  `ms a file as code warms up: ${bounds
    .slice(1)
    .map((to, i) => `files ${bounds[i]! + 1}–${to}: ${mean(bounds[i]!, to).toFixed(1)}`)
    .join(' · ')}`,
);
