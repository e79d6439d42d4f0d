import { readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { EXPERIMENTS } from './registry';
import { EXPERIMENT_UIS, findExperimentUi } from './uiRegistry';
import { experimentUi, type ViewProps } from '../ui/views/experimentUi';
import { toy2d } from './toy2d';
import { gaussian1d } from './gaussian1d';
import { isSnapshotOf } from '../engine/snapshotOf';
import type { Experiment, SnapshotBase } from '../engine/types';
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
    const snapshot = { experiment: 'toy2d', step: 7, metrics: {}, fake: new Float64Array(4) };
    // the view under test reads only its frame: no session is needed
    const props = { snapshot, history: new MetricHistory(), params: {}, session: {} as PlaygroundSession, marker: null };
    expect(renderToStaticMarkup(createElement(ui.View, props))).toBe('<p>step 7, 4 fakes</p>');
    // a frame is told to be its own by the experiment id it carries, not cast: another experiment's draws nothing
    expect(renderToStaticMarkup(createElement(ui.View, { ...props, snapshot: { ...snapshot, experiment: 'gaussian1d' } }))).toBe('');
    const Explain = experimentUi(toy2d, { View: Own, Explain: ({ snapshot: s }) => `explains step ${s.step}`, compare: () => import('./toy2d/compare') }).Explain;
    expect(renderToStaticMarkup(createElement(Explain, { snapshot, params: {} }))).toBe('explains step 7');
    expect(renderToStaticMarkup(createElement(Explain, { snapshot: { ...snapshot, experiment: 'mnist' }, params: {} }))).toBe('');
  });

  it('narrows a frame by its experiment id', () => {
    const frame: SnapshotBase = { experiment: 'toy2d', step: 1, metrics: {} };
    expect(isSnapshotOf(toy2d, frame)).toBe(true);
    expect(isSnapshotOf(gaussian1d, frame)).toBe(false);
    if (isSnapshotOf(toy2d, frame)) expectTypeOf(frame).toEqualTypeOf<Toy2dSnapshot>();
    expectTypeOf<Toy2dSnapshot['experiment']>().toEqualTypeOf<'toy2d'>();
    // @ts-expect-error an experiment's id is the one its frames carry
    const misnamed: Experiment<Toy2dSnapshot> = { ...toy2d, id: 'gaussian1d' };
    expect(misnamed.id).toBe('gaussian1d');
  });

  it('does not compile a view of another experiment’s frames', () => {
    // @ts-expect-error Gaussian1dView draws Gaussian1dSnapshot, not the 2-D experiment's Toy2dSnapshot
    const mismatched = experimentUi(toy2d, { View: Gaussian1dView, Explain: () => null, compare: () => import('./toy2d/compare') });
    expect(mismatched.id).toBe('toy2d');
  });
});
