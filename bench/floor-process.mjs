// The floor of group 3: a whole process that only reads the files and parses each one with the bare
// remark pipeline (unified + remark-parse + remark-gfm + remark-frontmatter), on one thread, and prints
// the node count. No linter built on remark can be faster than this on one core; with N cores, at best
// N times faster. textlint parses with the same micromark/mdast stack.
import * as fs from 'node:fs';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';

const parser = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']);
let nodes = 0;
const count = (n) => {
  nodes++;
  if (n.children) for (const c of n.children) count(c);
};
for (const file of process.argv.slice(2)) count(parser.parse(fs.readFileSync(file, 'utf8')));
process.stdout.write(`${nodes}\n`);
