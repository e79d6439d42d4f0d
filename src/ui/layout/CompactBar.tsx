import { PresetSelect } from '../Pickers';
import { Transport } from '../Transport';
import { SpeedControl } from '../speed/SpeedControl';
import { PresenterToggle } from '../teaching/ViewToggles';
import { useSession, useThrottledSessionState } from '../sessionContext';
import { useViewOptions } from '../teaching/viewOptions';
import { DrawerButton } from './ControlsDrawer';

/** The step count, small, so the bar says how far the run is without the whole status line. */
function StepCount() {
  const session = useSession();
  useThrottledSessionState(250);
  return <span className="bar-step">step {session.getStatus().step.toLocaleString('en')}</span>;
}

/**
 * The one bar of the compact layouts: Play, Step, Reset, the preset, the speed (not on phones: `withSpeed`) and the
 * drawer with everything else; in presenter mode also the way out of it.
 */
export function CompactBar({ withSpeed }: { withSpeed: boolean }) {
  const { presenter } = useViewOptions();
  return (
    <header className="compact-bar">
      <h1>GAN Playground</h1>
      <Transport actions={['play', 'step', 'reset']} />
      <PresetSelect visibleLabel={false} />
      {withSpeed && <SpeedControl showCost={false} />}
      <StepCount />
      <span className="compact-bar-end">
        <DrawerButton />
        {presenter && <PresenterToggle />}
      </span>
    </header>
  );
}
