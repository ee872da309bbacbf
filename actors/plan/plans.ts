/** Built-in plans: pure generators of Msg with Bluesky's semantics and RunStart metadata. */
import type { JsonObject, Plan } from './msg.js';
import { linspace, mv, sleep, triggerAndRead } from './plan-stubs.js';

/** Reads the detectors `num` times, `delay` seconds apart. */
export function* count(detectors: readonly string[], num = 1, delay = 0): Plan {
  const metadata: JsonObject = {
    plan_name: 'count',
    plan_type: 'generator',
    plan_args: { detectors: [...detectors], num, delay },
    detectors: [...detectors],
    num_points: num,
    num_intervals: num - 1,
    hints: { dimensions: [[['time'], 'primary']] },
  };
  yield { cmd: 'open_run', metadata };
  for (let i = 0; i < num; i++) {
    yield { cmd: 'checkpoint' };
    yield* triggerAndRead(detectors);
    if (delay > 0 && i < num - 1) yield* sleep(delay);
  }
  yield { cmd: 'close_run' };
}

/** Steps `motor` through `num` points from start to stop, reading the detectors at each. */
export function* scan(detectors: readonly string[], motor: string, start: number, stop: number, num: number): Plan {
  const metadata: JsonObject = {
    plan_name: 'scan',
    plan_type: 'generator',
    plan_args: { detectors: [...detectors], motor, start, stop, num },
    detectors: [...detectors],
    motors: [motor],
    num_points: num,
    num_intervals: num - 1,
    hints: { dimensions: [[[motor], 'primary']] },
  };
  yield { cmd: 'open_run', metadata };
  for (const position of linspace(start, stop, num)) {
    yield { cmd: 'checkpoint' };
    yield* mv([[motor, position]]);
    yield* triggerAndRead(detectors, [motor]);
  }
  yield { cmd: 'close_run' };
}
