// The config types are derived from the schemas (params/schema.ts ParamsOf, experiments/paramReaders.ts
// schemaReader): a key the experiment's schema lacks, or a key read as another kind, does not compile. The
// `@ts-expect-error` lines are checked by the typecheck (`tsc --noEmit -p .` covers the tests): if the typing broke,
// each would become an unused directive and fail it. The runtime halves check what the reader does with the value.
import { describe, expect, expectTypeOf, it } from 'vitest';
import { presetParams, type ExperimentSchema, type Params, type Preset } from '../params/schema';
import { validateUpdate } from '../params/validate';
import { lossChoice } from './objectiveEntry';
import type { ObjectiveId } from '../core/objectives';
import type { OptimizerKind } from '../core/names';
import { optimizerConfig, schemaReader } from './paramReaders';
import { toy2dSchema } from './toy2d/schema';
import { mnistSchema } from './mnist/schema';
import { CHOICES as TOY2D_CHOICES, DATASETS, type DatasetId } from './toy2d/choices';
import type { Toy2dConfig, Toy2dParams } from './toy2d/config';
import type { Gaussian1dParams } from './gaussian1d/config';
import type { MnistParams } from './mnist/config';
import { CHOICES as MNIST_CHOICES, LOSS_FORMS, type LossForm } from './mnist/choices';

type Toy2dEntries = typeof toy2dSchema.entries;
type Toy2dPreset = (typeof toy2dSchema.presets)[string];
const parabola = () => presetParams(toy2dSchema, 'parabola');
const toy2d = () => schemaReader<Toy2dEntries>(TOY2D_CHOICES, parabola());

describe('config types derived from the schema', () => {
  it('gives each key the type of its entry: a choice the union of its constant array', () => {
    expectTypeOf<Toy2dParams['dataset']>().toEqualTypeOf<DatasetId>();
    expectTypeOf<Toy2dParams['seed']>().toEqualTypeOf<number>();
    expectTypeOf<Toy2dParams['hiddenD']>().toEqualTypeOf<string>();
    expectTypeOf<Toy2dParams['freshZ']>().toEqualTypeOf<boolean>();
    expectTypeOf<Toy2dParams['loss']>().toEqualTypeOf<ObjectiveId>();
    expectTypeOf<Toy2dParams['optimizerD']>().toEqualTypeOf<OptimizerKind>();
    expectTypeOf<MnistParams['form']>().toEqualTypeOf<LossForm>();
    expectTypeOf<Gaussian1dParams['gOutput']>().toEqualTypeOf<'linear' | 'tanh5'>();
    expectTypeOf<Toy2dConfig['data']['id']>().toEqualTypeOf<DatasetId>();
    expectTypeOf(toy2d().choice('dataset')).toEqualTypeOf<DatasetId>();
    // @ts-expect-error a value outside the choice's constant array
    const spiral: Toy2dParams['dataset'] = 'spiral';
    expect(DATASETS).not.toContain(spiral);
    expect(LOSS_FORMS).toContain(schemaReader<typeof mnistSchema.entries>(MNIST_CHOICES, presetParams(mnistSchema, 'vanilla')).choice('form'));
  });

  it('refuses a misspelt key and a key of another experiment', () => {
    const read = toy2d();
    // @ts-expect-error misspelt
    expect(read.num('sed')).toBeNaN();
    // @ts-expect-error gaussian1d's key, not in toy2d's schema
    expect(read.num('mu')).toBeNaN();
    // @ts-expect-error misspelt choice
    expect(() => read.choice('datset')).toThrow();
    expect(read.num('seed')).toBe(1);
  });

  it('refuses a key read as another kind', () => {
    const read = toy2d();
    // @ts-expect-error a choice read as a number
    read.num('loss');
    // @ts-expect-error a number read as a choice
    expect(() => read.choice('seed')).toThrow();
    // @ts-expect-error a number read as a layer list
    read.layers('batch');
    // @ts-expect-error a layer list read as a boolean
    read.bool('hiddenD');
    // @ts-expect-error a choice's value is not a number
    const n: number = read.choice('prior');
    expect(n).toBe('normal');
    expect(read.layers('hiddenD')).toBe('10,10');
    expect(read.bool('freshZ')).toBe(false);
  });

  it('checks a choice against the constant array the schema types it by', () => {
    // @ts-expect-error an array with a value the schema's union lacks
    expect(() => schemaReader<Toy2dEntries>({ ...TOY2D_CHOICES, dataset: ['parabola', 'spiral'] }, parabola()).choice('dataset')).not.toThrow();
    const { dataset: _dataset, ...withoutDataset } = TOY2D_CHOICES;
    // @ts-expect-error a choice key without its array
    expect(() => schemaReader<Toy2dEntries>(withoutDataset, parabola()).choice('dataset')).toThrow();
    expect(() => schemaReader<Toy2dEntries>(TOY2D_CHOICES, { ...parabola(), dataset: 'spiral' }).choice('dataset')).toThrow(
      `dataset = spiral is not one of ${DATASETS.join(', ')}`,
    );
  });

  it('reads the shared optimizer keys only from a schema that holds them', () => {
    expect(optimizerConfig(toy2d(), 'G').kind).toBe('adam');
    const noMomentum = toy2dSchema.entries.filter((e) => e.key !== 'momentum');
    // @ts-expect-error a schema without the momentum entry
    expect(optimizerConfig(schemaReader<typeof noMomentum>(TOY2D_CHOICES, parabola()), 'D').momentum).toBe(0.9);
  });

  it('types each preset by its own schema: a misspelt key or a value outside a choice does not compile', () => {
    expectTypeOf<Toy2dPreset['params']>().toEqualTypeOf<Partial<Toy2dParams>>();
    expectTypeOf<ExperimentSchema['presets'][string]['params']>().toEqualTypeOf<Params>();
    const preset = (params: Toy2dPreset['params']): Toy2dPreset => ({ label: 'test', description: 'test', params });
    // each refused record is refused at run time too, by the validation every link and setParams goes through
    const refused = (p: Preset['params']) => () => validateUpdate(toy2dSchema, p);
    // @ts-expect-error misspelt key
    expect(refused(preset({ datset: 'ring8' }).params)).toThrow('Unknown parameter "datset"');
    // @ts-expect-error a value outside the choice's constant array
    expect(refused(preset({ dataset: 'spiral' }).params)).toThrow('Invalid value for "dataset"');
    // @ts-expect-error gaussian1d's key, not in toy2d's schema
    expect(refused(preset({ mu: 1 }).params)).toThrow('Unknown parameter "mu"');
    // @ts-expect-error a layer list given as a number
    expect(refused(preset({ hiddenD: 32 }).params)).toThrow('Invalid value for "hiddenD"');
    // @ts-expect-error a loss outside the objectives
    expect(refused(preset({ ...lossChoice('wgan').params, loss: 'wgan2' }).params)).toThrow('Invalid value for "loss"');
    expect(refused(preset({ dataset: 'ring8', hiddenD: '32,32', ...lossChoice('wgangp').params }).params)).not.toThrow();
  });

  it('types a loss choice by the shared entries, so it fits any experiment\'s preset', () => {
    // @ts-expect-error not an objective
    expect(lossChoice('wgan2').params).toEqual({ loss: 'wgan2' });
    expectTypeOf(lossChoice('wgan').params.optimizerD).toEqualTypeOf<OptimizerKind | undefined>();
    const toy: Toy2dPreset['params'] = lossChoice('wgangp').params;
    const mnist: Partial<MnistParams> = lossChoice('wgangp').params;
    const gaussian: Partial<Gaussian1dParams> = lossChoice('wgangp').params;
    expect([toy, mnist, gaussian].map((p) => p.k)).toEqual([5, 5, 5]);
  });
});
