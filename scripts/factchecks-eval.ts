// npm run eval:factchecks -- <labelled.jsonl> [--misses]: the search's figures on a labelled set
// against the starter fact-checks (tune on test/factchecks/tuning.jsonl and labelled.jsonl only).
import { evaluate, readJsonl, starterIndex, table, type Labelled } from "../test/support/factcheck-eval.ts";

const files = process.argv.slice(2).filter((a) => !a.startsWith("--"));
const showMisses = process.argv.includes("--misses");
const index = starterIndex();
for (const file of files) {
  const e = evaluate(index, readJsonl<Labelled>(file));
  console.log(table(file, e));
  if (showMisses) for (const m of e.misses) console.log(`  ${m.expect ?? "—"}  ←  ${m.query.slice(0, 140).replace(/\s+/g, " ")}   got ${m.got.join(", ") || "nothing"}`);
}
