import { useRef } from 'react';
import { MAX_MODEL_JSON_CHARS, MAX_WEIGHT_BYTES } from '../../core/layersModel/limits';
import { useSession, useSessionFields } from '../sessionContext';
import { downloadBlob } from './download';
import { exportStem } from './exportNames';

/**
 * G and D as TensorFlow.js LayersModels (model.json + weights file, for tf.loadLayersModel), and a LayersModel
 * of Dense layers loaded as the generator: pick its model.json and its weights file together.
 */
export function ModelButtons({ report, run }: { report: (p: Promise<unknown>) => void; run: 'A' | null }) {
  const session = useSession();
  const { experiment } = useSessionFields('experiment');
  const fileInput = useRef<HTMLInputElement>(null);

  const exportModel = async (which: 'g' | 'd') => {
    // (while comparing the files say they are run A's: exportNames.ts)
    const base = exportStem(experiment.id, which === 'g' ? 'generator' : 'discriminator', run, session.getStatus().step);
    const { modelJson, weights } = await session.exportModel(which, `${base}.weights.bin`);
    downloadBlob(new Blob([modelJson], { type: 'application/json' }), `${base}.json`);
    downloadBlob(new Blob([weights.slice().buffer], { type: 'application/octet-stream' }), `${base}.weights.bin`);
  };
  const importModel = async (files: File[]) => {
    const json = files.find((f) => f.name.toLowerCase().endsWith('.json'));
    const bin = files.find((f) => f !== json);
    if (!json || !bin || files.length !== 2) throw new Error('Not imported (nothing changed): choose two files together, the model.json and its weights file.');
    if (json.size > MAX_MODEL_JSON_CHARS || bin.size > MAX_WEIGHT_BYTES) throw new Error('Not imported (nothing changed): the files are too big for a model of this page.');
    try {
      await session.importGenerator(await json.text(), new Uint8Array(await bin.arrayBuffer()));
    } catch (e) {
      throw new Error(`Not imported (nothing changed): ${e instanceof Error ? e.message : String(e)}`);
    }
  };

  return (
    <>
      <button type="button" data-action="export-generator" onClick={() => report(exportModel('g'))} title="The generator as a TensorFlow.js LayersModel (model.json + weights), for tf.loadLayersModel">
        Export G
      </button>
      <button type="button" data-action="export-discriminator" onClick={() => report(exportModel('d'))} title="The discriminator as a TensorFlow.js LayersModel (model.json + weights)">
        Export D
      </button>
      <button type="button" data-action="import-generator" onClick={() => fileInput.current?.click()} title="A LayersModel of Dense layers with G's sizes: choose its model.json and weights file together">
        Import G
      </button>
      <input
        ref={fileInput} type="file" multiple accept=".json,.bin,application/json,application/octet-stream" hidden data-control="generator-files"
        onChange={(e) => {
          const files = Array.from(e.target.files ?? []);
          e.target.value = '';
          if (files.length) report(importModel(files));
        }}
      />
    </>
  );
}
