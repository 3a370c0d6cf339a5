import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { configSchema } from './config.ts';
import { projectRoot } from './paths.ts';

it('.env.example and the README document exactly the variables the configuration reads', () => {
  const example = readFileSync(`${projectRoot()}/.env.example`, 'utf8');
  const readme = readFileSync(`${projectRoot()}/README.md`, 'utf8');
  const documented = [
    ...new Set([...example.matchAll(/^#?\s*([A-Z][A-Z0-9_]+)=/gm)].map((match) => match[1])),
  ].sort();
  const declared = Object.keys(configSchema.shape).sort();
  expect(documented).toEqual(declared);
  for (const name of declared) expect(readme).toContain(`\`${name}\``);
});
