import type { EdgeId, NodeId, Phase } from './phases';

const NODES: { id: NodeId; label: string; x: number; y: number }[] = [
  { id: 'data', label: 'x ~ p_data', x: 10, y: 10 },
  { id: 'z', label: 'z ~ p_z', x: 10, y: 90 },
  { id: 'G', label: 'G', x: 150, y: 90 },
  { id: 'D', label: 'D', x: 290, y: 50 },
  { id: 'loss', label: 'loss', x: 410, y: 50 },
];
const W = 90;
const H = 34;
const EDGES: { id: EdgeId; from: NodeId; to: NodeId }[] = [
  { id: 'data-D', from: 'data', to: 'D' },
  { id: 'z-G', from: 'z', to: 'G' },
  { id: 'G-D', from: 'G', to: 'D' },
  { id: 'D-loss', from: 'D', to: 'loss' },
];

const node = (id: NodeId) => NODES.find((n) => n.id === id)!;

/** The model as boxes and arrows (data → D, z → G → D → loss), the current phase's parts lit. */
export function ModelDiagram({ phase }: { phase: Phase | null }) {
  const on = (id: NodeId) => phase?.nodes.includes(id) ?? false;
  const edgeOn = (id: EdgeId) => phase?.edges.includes(id) ?? false;
  return (
    <svg viewBox="0 0 510 134" role="img" aria-label={`Model diagram${phase ? `, phase: ${phase.label}` : ''}`}>
      <defs>
        <marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse">
          <path d="M 0 0 L 10 5 L 0 10 z" fill="currentColor" />
        </marker>
      </defs>
      {EDGES.map((e) => {
        const a = node(e.from);
        const b = node(e.to);
        return (
          <line
            key={e.id} className={`edge${edgeOn(e.id) ? ' active' : ''}`} data-edge={e.id}
            x1={a.x + W} y1={a.y + H / 2} x2={b.x} y2={b.y + H / 2} markerEnd="url(#arrow)"
          />
        );
      })}
      {NODES.map((n) => (
        <g key={n.id} className={`node${on(n.id) ? ' active' : ''}`} data-node={n.id}>
          <rect x={n.x} y={n.y} width={W} height={H} rx={6} />
          <text x={n.x + W / 2} y={n.y + H / 2 + 4} textAnchor="middle">{n.label}</text>
        </g>
      ))}
    </svg>
  );
}
