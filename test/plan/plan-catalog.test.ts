import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { brightline } from '../../gen/proto.js';
import { planCatalog } from '../../actors/plan/plan-catalog.js';
import { ParamType, planRegistry, type PlanDefinition } from '../../actors/plan/plan-registry.js';

const v1 = brightline.v1;

/** Through the wire and back, as a client of ListPlans sees it. */
function overTheWire(reply: brightline.v1.ListPlansReply.$Properties): brightline.v1.ListPlansReply {
  return v1.ListPlansReply.decode(v1.ListPlansReply.encode(reply).finish());
}

describe('planCatalog', () => {
  it('describes every registered plan, in registry order, with every parameter', () => {
    const reply = overTheWire(planCatalog());
    assert.deepEqual(reply.plans.map((p) => p.name), [...planRegistry.keys()]);
    for (const plan of reply.plans) {
      const definition = planRegistry.get(plan.name ?? '');
      assert.ok(definition);
      assert.equal(plan.description, definition.description);
      assert.deepEqual((plan.parameters ?? []).map((p) => [p.name, p.type, p.required]), definition.params.map((p) => [p.name, p.type, p.required]));
    }
  });

  it('gives defaults as values, leaves them out for parameters without one, and states bounds in the description', () => {
    const count = overTheWire(planCatalog()).plans.find((p) => p.name === 'count');
    assert.ok(count);
    const byName = new Map((count.parameters ?? []).map((p) => [p.name, p]));
    assert.equal(byName.get('num')?.default_value?.number, 1);
    assert.equal(byName.get('delay')?.default_value?.number, 0);
    assert.equal(byName.get('detectors')?.default_value, null, 'a required parameter has no default');
    assert.equal(byName.get('detectors')?.required, true);
    assert.match(byName.get('num')?.description ?? '', /^number of readings \(>= 1\)$/);
  });

  it('converts every kind of default: text, flag, list, and bounds of each kind', () => {
    const plan: PlanDefinition = {
      name: 'demo',
      description: 'a plan for the test',
      params: [
        { name: 'label', type: ParamType.String, required: false, default: 'x', description: 'a label' },
        { name: 'snake', type: ParamType.Boolean, required: false, default: true, description: 'snake' },
        { name: 'points', type: ParamType.NumberTable, required: false, default: [[1, 2], [3]], minItems: 2, description: 'rows' },
        { name: 'gain', type: ParamType.Number, required: true, exclusiveMin: 0, exclusiveMax: 10, description: 'gain' },
      ],
      build: () => (function* () {})(),
    };
    const [described] = overTheWire(planCatalog([plan])).plans;
    assert.ok(described);
    const [label, snake, points, gain] = described.parameters ?? [];
    assert.equal(label?.default_value?.text, 'x');
    assert.equal(snake?.default_value?.flag, true);
    assert.deepEqual(points?.default_value?.list?.items?.map((row) => row.list?.items?.map((n) => n.number)), [[1, 2], [3]]);
    assert.equal(points?.description, 'rows (at least 2)');
    assert.equal(gain?.description, 'gain (> 0, < 10)');
    assert.equal(gain?.default_value, null);
  });
});
