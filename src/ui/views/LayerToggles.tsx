import type { LayerId, Layers } from '../../panels/ScatterPlot';

const LABELS: { id: LayerId; label: string; help: string }[] = [
  { id: 'heat', label: 'D(x) heat map', help: 'The discriminator’s belief that a point is real, with its D = ½ contour.' },
  { id: 'real', label: 'Real samples', help: 'The data set G must imitate.' },
  { id: 'fake', label: 'Generated samples', help: 'G(z) for fresh noise z.' },
  { id: 'manifold', label: 'Warped z-grid', help: 'G applied to a regular grid of z: how G bends the noise plane.' },
  { id: 'arrows', label: 'Gradient arrows', help: '−∇ₓ of G’s loss at generated points: where G is being pushed.' },
];

/** One checkbox per plot layer (native inputs, so Tab and Space work). */
export function LayerToggles({ layers, onChange }: { layers: Layers; onChange: (next: Layers) => void }) {
  return (
    <fieldset className="layer-toggles" data-panel="layers">
      <legend>Layers</legend>
      {LABELS.map(({ id, label, help }) => (
        <label key={id} title={help}>
          <input type="checkbox" data-layer={id} checked={layers[id]} onChange={(e) => onChange({ ...layers, [id]: e.target.checked })} />
          {label}
        </label>
      ))}
    </fieldset>
  );
}
