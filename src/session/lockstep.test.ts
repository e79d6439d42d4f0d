import { describe, expect, it } from 'vitest';
import { Lockstep, type Steppable } from './lockstep';

/** A run that logs its updates: 'D' and 'G' halves, counting a step after its G half. */
class FakeRun implements Steppable {
  step = 0;
  stepUnderWay = false;
  constructor(private readonly name: string, private readonly log: string[]) {}
  trainSteps(n: number): void {
    this.finishStep();
    for (let i = 0; i < n; i++) {
      this.log.push(`${this.name}:D`, `${this.name}:G`);
      this.step++;
    }
  }
  trainPhase(): boolean {
    this.log.push(`${this.name}:${this.stepUnderWay ? 'G' : 'D'}`);
    this.stepUnderWay = !this.stepUnderWay;
    if (!this.stepUnderWay) this.step++;
    return !this.stepUnderWay;
  }
  finishStep(): void {
    if (this.stepUnderWay) this.trainPhase();
  }
}

function pair(comparing: boolean) {
  const log: string[] = [];
  const a = new FakeRun('A', log);
  const b = comparing ? new FakeRun('B', log) : null;
  return { log, a, b, lockstep: new Lockstep(() => ({ a, b })) };
}

describe('Lockstep: run A and run B step together', () => {
  it('in parts: A’s halves, then B’s, and the step is complete only when both counted it', () => {
    const { log, a, b, lockstep } = pair(true);
    const done = [lockstep.part(), lockstep.part(), lockstep.part(), lockstep.part()];
    expect(done).toEqual([false, false, false, true]);
    expect(log).toEqual(['A:D', 'A:G', 'B:D', 'B:G']);
    expect([a.step, b?.step]).toEqual([1, 1]);
  });

  it('alone: a step in parts is two halves of A', () => {
    const { a, lockstep } = pair(false);
    expect([lockstep.part(), lockstep.part()]).toEqual([false, true]);
    expect(a.step).toBe(1);
  });

  it('a pause at any part leaves both runs at the same step, with nothing half done', () => {
    for (let parts = 1; parts <= 3; parts++) {
      const { a, b, lockstep } = pair(true);
      for (let i = 0; i < parts; i++) lockstep.part();
      lockstep.finish();
      expect([a.step, b?.step, a.stepUnderWay, b?.stepUnderWay]).toEqual([1, 1, false, false]);
      // and the next steps, whole or in parts, keep them together
      lockstep.steps(2);
      while (!lockstep.part());
      expect([a.step, b?.step]).toEqual([4, 4]);
    }
  });
});
