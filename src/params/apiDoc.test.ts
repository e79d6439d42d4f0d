// docs/api.md documents every parameter of every experiment: a key added to a schema without a line there fails.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXPERIMENTS } from '../experiments/registry';
import { PAGE_KEYS } from './url';

const doc = readFileSync(new URL('../../docs/api.md', import.meta.url), 'utf8');

describe('docs/api.md', () => {
  for (const e of EXPERIMENTS) {
    it(`lists every ${e.id} parameter under its experiment, and its presets`, () => {
      const section = doc.slice(doc.indexOf(`### ${e.id}:`));
      const own = section.slice(0, section.indexOf('\n### ', 5) > 0 ? section.indexOf('\n### ', 5) : undefined);
      for (const spec of e.schema.entries) expect(own, spec.key).toContain(`| \`${spec.key}\` |`);
      for (const preset of Object.keys(e.schema.presets)) expect(own, preset).toContain(`\`${preset}\``);
    });
  }
  it('lists every page key of the URL', () => {
    for (const key of PAGE_KEYS) expect(doc, key).toContain(`| \`${key}\` |`);
  });
});
