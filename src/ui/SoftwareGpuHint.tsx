import { useSession } from './sessionContext';

/**
 * Under software WebGL, says so and offers the WebAssembly backend in one click (a reload with backend=wasm, so the
 * link keeps the choice). WebGL stays the default.
 */
export function SoftwareGpuHint() {
  const info = useSession().renderer;
  if (!info?.software) return null;
  const useWasm = () => {
    const q = new URLSearchParams(window.location.search);
    q.set('backend', 'wasm');
    window.location.search = q.toString();
  };
  return (
    <span className="software-gpu" data-status="software-renderer" title={`WebGL renderer: ${info.name}`}>
      WebGL is running in software here{' '}
      <button type="button" onClick={useWasm} title="Reload on the WebAssembly backend, usually several times faster without a GPU">
        Use WebAssembly (faster here)
      </button>
    </span>
  );
}
