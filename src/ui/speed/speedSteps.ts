import { SPEED_MODES, type SpeedMode } from '../../engine/pacing';
import { isOneOf } from '../../core/names';

/** The next speed up (+) or down (−) from `current`, slowest first: 1, 10, 100, auto, max; stays at the ends. */
export function nextSpeed(current: string, direction: 1 | -1): SpeedMode {
  const i = isOneOf(current, SPEED_MODES) ? SPEED_MODES.indexOf(current) : -1;
  const from = i < 0 ? SPEED_MODES.indexOf('auto') : i;
  return SPEED_MODES[Math.max(0, Math.min(SPEED_MODES.length - 1, from + direction))];
}

/**
 * What a speed costs, as the control shows it: "auto: 31 fps, 180 steps/s (6 per frame)". Playing with nothing counted
 * yet (just after Play or a new speed, while the frames of the speed before finish) it says "measuring…", not 0 fps.
 */
export function speedCost(speed: string, fps: number, stepsPerSecond: number, stepsPerFrame: number, playing: boolean): string {
  if (!playing) return `${speed}: paused`;
  if (fps === 0 && stepsPerSecond === 0) return `${speed}: measuring…`;
  const perFrame = speed === 'auto' || speed === 'max' ? ` (${stepsPerFrame} per frame)` : '';
  return `${speed}: ${Math.round(fps)} fps, ${Math.round(stepsPerSecond)} steps/s${perFrame}`;
}
