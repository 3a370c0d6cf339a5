// The import boundaries of src/ (rules in .dependency-cruiser.cjs) plus the one check the rules
// cannot express: no cycle between whole modules. dependency-cruiser's no-circular sees files, so
// a/x → b/y and b/z → a/w passes it although a and b depend on each other; here every file of
// src/modules/<name>/ is collapsed into its module and the strongly connected components of that
// graph are reported. Imports listed in boundaries-known.json are debts being paid: they are not
// reported (and the cycle check looks past them), but an entry that no longer occurs is, so the
// list only shrinks. Used by `npm run check:boundaries` and by src/boundaries.test.ts.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { cruise } from 'dependency-cruiser';
import extractDepcruiseOptions from 'dependency-cruiser/config-utl/extract-depcruise-options';
import extractTSConfig from 'dependency-cruiser/config-utl/extract-ts-config';

const MODULE = /^src\/modules\/([^/]+)\//;

/** Imports that break a rule today and are being removed: `rule: from → to`, one per entry. */
const KNOWN_FILE = 'boundaries-known.json';

/** The key of a violation in KNOWN_FILE. */
const keyOf = (violation) => `${violation.rule}: ${violation.from} → ${violation.to}`;

/** The advice printed with a module cycle. */
const CYCLE_ADVICE =
  'Modules form a stack (MODULE_ORDER in .dependency-cruiser.cjs): the lower one offers a registry or hook ' +
  'that the higher one fills at start, or what both need moves into the lower one.';

/**
 * Cruises `<baseDir>/src` with the project's rules and returns the rule violations, the module-level
 * cycles among them (rule 'module-cycle'), empty when the tree is clean.
 */
export async function checkBoundaries({ baseDir = process.cwd(), projectDir = process.cwd() } = {}) {
  const knownPath = path.join(baseDir, KNOWN_FILE);
  const known = new Set(existsSync(knownPath) ? JSON.parse(readFileSync(knownPath, 'utf8')) : []);
  const options = await extractDepcruiseOptions(path.join(projectDir, '.dependency-cruiser.cjs'));
  const tsConfig = extractTSConfig(path.join(projectDir, 'tsconfig.json'));
  const { output } = await cruise(['src'], { ...options, baseDir, tsConfig: undefined }, {}, { tsConfig });
  const all = output.summary.violations.map((violation) => ({
    rule: violation.rule.name,
    from: violation.from,
    to: violation.to,
    // module-order is one rule per module: the comment is the one of the importing module's rule.
    comment:
      options.ruleSet?.forbidden?.find(
        (rule) => rule.name === violation.rule.name && new RegExp(rule.from.path).test(violation.from),
      )?.comment ?? '',
  }));
  const violations = all.filter((violation) => !known.has(keyOf(violation)));
  const found = new Set(all.map(keyOf));
  for (const entry of known) {
    if (!found.has(entry))
      violations.push({
        rule: 'known-violation-gone',
        from: entry,
        to: KNOWN_FILE,
        comment: `Remove it from ${KNOWN_FILE}.`,
      });
  }
  // A known import is a debt being paid, not a new cycle: the cycle check looks past it.
  const knownEdges = new Set(
    all.filter((violation) => known.has(keyOf(violation))).map((v) => `${v.from}|${v.to}`),
  );
  const modules = output.modules.map((file) => ({
    ...file,
    dependencies: file.dependencies.filter(
      (dependency) => !knownEdges.has(`${file.source}|${dependency.resolved}`),
    ),
  }));
  for (const cycle of moduleCycles(modules)) {
    violations.push({ rule: 'module-cycle', from: cycle.join(' ↔ '), to: cycle[0], comment: CYCLE_ADVICE });
  }
  return violations;
}

/** The modules that import each other, directly or through others (Tarjan's algorithm). */
export function moduleCycles(modules) {
  const edges = new Map();
  for (const file of modules) {
    const from = MODULE.exec(file.source)?.[1];
    if (!from) continue;
    if (!edges.has(from)) edges.set(from, new Set());
    for (const dependency of file.dependencies) {
      const to = MODULE.exec(dependency.resolved)?.[1];
      if (to && to !== from) edges.get(from).add(to);
    }
  }
  const index = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const cycles = [];
  let counter = 0;
  const visit = (node) => {
    index.set(node, counter);
    low.set(node, counter);
    counter += 1;
    stack.push(node);
    onStack.add(node);
    for (const next of edges.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node), low.get(next)));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node), index.get(next)));
      }
    }
    if (low.get(node) !== index.get(node)) return;
    const component = [];
    let member;
    do {
      member = stack.pop();
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    if (component.length > 1) cycles.push(component.sort());
  };
  for (const node of [...edges.keys()].sort()) if (!index.has(node)) visit(node);
  return cycles;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const violations = await checkBoundaries();
  for (const violation of violations) {
    console.error(`${violation.rule}: ${violation.from} → ${violation.to}\n  ${violation.comment}`);
  }
  if (violations.length > 0) {
    console.error(`\n${violations.length} boundary violation(s)`);
    process.exit(1);
  }
  console.log('boundaries: no violations, no module cycles');
}
