import { dataset, type DatasetKind } from './datasets';

// Fills the cache ahead of a run: tsx bench/generate.ts records 100000 sources 100000
const args = process.argv.slice(2);
for (let i = 0; i + 1 < args.length; i += 2) {
  const d = dataset(args[i] as DatasetKind, Number(args[i + 1]), (s) => console.log(s));
  console.log(`${d.kind} ${d.size}: ${d.file}`);
}
