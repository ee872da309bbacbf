/**
 * The plan registry as the wire sees it (brightline.v1.ListPlansReply): what a client outside the
 * run engine needs to offer, check and explain a submission without importing plan code.
 */
import type { brightline } from '../../gen/proto.js';
import { toWireValue } from '../../lib/values.js';
import { describeBounds, planRegistry, type ParamSpec, type PlanDefinition } from './plan-registry.js';

export function planCatalog(plans: Iterable<PlanDefinition> = planRegistry.values()): brightline.v1.ListPlansReply.$Properties {
  return { plans: [...plans].map(describePlan) };
}

function describePlan(plan: PlanDefinition): brightline.v1.PlanDescription.$Properties {
  return { name: plan.name, description: plan.description, parameters: plan.params.map(describeParameter) };
}

function describeParameter(spec: ParamSpec): brightline.v1.PlanParameter.$Properties {
  return {
    name: spec.name,
    type: spec.type,
    required: spec.required,
    // PlanParameter has no fields for bounds: they ride in the description, as `brightline plans` shows them.
    description: `${spec.description}${describeBounds(spec)}`,
    ...(spec.default === undefined ? {} : { default_value: toWireValue(spec.default) }),
  };
}
