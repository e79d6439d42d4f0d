import { readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { EXPERIMENTS } from './registry';
import { EXPERIMENT_UIS, findExperimentUi } from './uiRegistry';
import { experimentUi, type ViewProps } from '../ui/views/experimentUi';
import { toy2d } from './toy2d';
import { Gaussian1dView } from '../ui/views/Gaussian1dView';
import { MetricHistory } from '../engine/history';
import type { PlaygroundSession } from '../session/session';
import type { Toy2dSnapshot } from './toy2d/snapshot';

describe('experiment plugins', () => {
  it('gives every registered experiment its UI, in menu order', () => {
    expect(EXPERIMENT_UIS.map((ui) => ui.id)).toEqual(EXPERIMENTS.map((e) => e.id));
    expect(new Set(EXPERIMENTS.map((e) => e.id)).size).toBe(EXPERIMENTS.length);
    for (const e of EXPERIMENTS) {
      const ui = findExperimentUi(e.id);
      expect(ui, e.id).toBeDefined();
      expect(typeof ui?.View === 'function' || typeof ui?.View === 'object', `${e.id} View`).toBe(true);
      expect(typeof ui?.Explain, `${e.id} Explain`).toBe('function');
      expect(ui?.Compare, `${e.id} Compare`).toBeDefined();
    }
  });

  it('registers every experiment folder, with its definition and its UI half', () => {
    const root = join(__dirname);
    const folders = readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
    const withDefinition = folders.filter((f) => existsSync(join(root, f, 'index.ts')));
    expect(withDefinition.sort()).toEqual(EXPERIMENTS.map((e) => e.id).sort());
    for (const f of withDefinition) expect(existsSync(join(root, f, 'ui.tsx')), `${f}/ui.tsx`).toBe(true);
  });

  it('hands the experiment’s own view the frame the shell is given', () => {
    const Own = ({ snapshot }: ViewProps<Toy2dSnapshot>) => createElement('p', null, `step ${snapshot.step}, ${snapshot.fake.length} fakes`);
    const ui = experimentUi(toy2d, { View: Own, Explain: () => null, compare: () => import('./toy2d/compare') });
    const snapshot = { step: 7, metrics: {}, fake: new Float64Array(4) };
    // the view under test reads only its frame: no session is needed
    const props = { snapshot, history: new MetricHistory(), params: {}, session: {} as PlaygroundSession, marker: null };
    expect(renderToStaticMarkup(createElement(ui.View, props))).toBe('<p>step 7, 4 fakes</p>');
  });

  it('does not compile a view of another experiment’s frames', () => {
    // @ts-expect-error Gaussian1dView draws Gaussian1dSnapshot, not the 2-D experiment's Toy2dSnapshot
    const mismatched = experimentUi(toy2d, { View: Gaussian1dView, Explain: () => null, compare: () => import('./toy2d/compare') });
    expect(mismatched.id).toBe('toy2d');
  });
});
