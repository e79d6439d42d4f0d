/** Every keyboard shortcut, for the `?` dialog and the footer. */
export const SHORTCUTS: readonly { keys: string; action: string }[] = [
  { keys: 'Space', action: 'Play / pause' },
  { keys: '→', action: 'One full step (k D-updates, then one G-update)' },
  { keys: 'D', action: 'One discriminator update' },
  { keys: 'G', action: 'One generator update' },
  { keys: 'R', action: 'Reset to step 0 (same seed)' },
  { keys: '+ / −', action: 'Speed up / slow down (steps per drawn frame: 1, 10, 100, auto, max)' },
  { keys: 'P', action: 'Presenter mode (and full screen) on / off' },
  { keys: 'F', action: 'Full screen on / off' },
  { keys: '?', action: 'Show this list' },
  { keys: 'Esc', action: 'Close this list' },
];
