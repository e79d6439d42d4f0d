// Run B's colours: one hue for B's generator and one for B's discriminator, apart from run A's (panels/frame.ts
// STYLE) and from each other, with A's dash patterns so that a curve's role reads the same in both runs.
import { STYLE } from '../../panels/frame';

export const STYLE_B = {
  generated: { stroke: '#8e5bd6', width: 2.5, dash: '' },
  discriminator: { stroke: '#3a86ff', width: 2.5, dash: STYLE.discriminator.dash },
  metric: { stroke: '#8e5bd6', width: 2, dash: '3 2' },
  second: { stroke: '#3a86ff', width: 2, dash: '8 3' },
} as const;
