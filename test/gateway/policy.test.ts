/**
 * gateway/auth/policy.ts against the authorization table of issue 8 (gateway/README.md): every
 * method's need, for every kind of caller, on the caller's beamline, another one and the shared FAC.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { BeamlineRole, type FacilityMethodName, type Identity, type Need } from '../../gateway/rpc.js';
import { SHARED_BEAMLINE, authorize, describeRoles } from '../../gateway/auth/policy.js';

/** The table: what each method needs (ControlPlan halt is its own row). */
const TABLE: ReadonlyArray<readonly [FacilityMethodName | 'ControlPlan halt', BeamlineRole | 'authenticated']> = [
  ['WhoAmI', 'authenticated'], ['ListDevices', 'authenticated'], ['ListHealth', 'authenticated'], ['WatchHealth', 'authenticated'], ['ListPlans', 'authenticated'],
  ['Describe', 'observer'], ['DescribeConfiguration', 'observer'], ['Read', 'observer'], ['ReadConfiguration', 'observer'], ['WatchReadings', 'observer'],
  ['WatchProgress', 'observer'], ['GetPlanStatus', 'observer'], ['WatchPlanStatus', 'observer'], ['QueueList', 'observer'], ['QueueHistory', 'observer'],
  ['ListRuns', 'observer'], ['StreamDocuments', 'observer'],
  ['Set', 'user'], ['Trigger', 'user'], ['Stop', 'user'], ['Stage', 'user'], ['Unstage', 'user'], ['SubmitPlan', 'user'], ['ControlPlan', 'user'],
  ['QueueAdd', 'user'], ['QueueMove', 'user'], ['QueueRemove', 'user'], ['QueueStart', 'user'], ['QueueStop', 'user'],
  ['Configure', 'staff'], ['ControlPlan halt', 'staff'], ['QueueClear', 'staff'],
];

function identity(user: string, roles: Record<string, BeamlineRole> = {}, operator = false): Identity {
  return { user, operator, roles: new Map(Object.entries(roles)) };
}

const nobody = identity('nina');
const observer = identity('olga', { BL01: 'observer' });
const plainUser = identity('ulla', { BL01: 'user', BL02: 'observer' });
const staff = identity('sven', { BL01: 'staff' });
const operator = identity('ops', {}, true);
const RANK = { observer: 1, user: 2, staff: 3 } as const;

function need(method: string, required: BeamlineRole | 'authenticated', beamline: string): Need {
  return required === 'authenticated' ? { kind: 'authenticated' } : { kind: 'beamline', beamline, role: required, action: `${method} ${beamline}/m1` };
}

describe('authorize, row by row of the table', () => {
  for (const [method, required] of TABLE) {
    it(`${method} needs ${required}`, () => {
      for (const caller of [nobody, observer, plainUser, staff]) {
        const held = caller.roles.get('BL01');
        const expected = required === 'authenticated' || (held !== undefined && RANK[held] >= RANK[required]);
        assert.equal(authorize(caller, need(method, required, 'BL01')).allowed, expected, `${caller.user} on BL01`);
        // A role on BL01 is no role on BL03.
        assert.equal(authorize(caller, need(method, required, 'BL03')).allowed, required === 'authenticated', `${caller.user} on BL03`);
      }
      assert.equal(authorize(operator, need(method, required, 'BL03')).allowed, true, 'the operator may do everything');
      // The shared devices: watching is open to anyone known, anything more is for the operator.
      assert.equal(authorize(staff, need(method, required, SHARED_BEAMLINE)).allowed, required === 'authenticated' || required === 'observer');
      assert.equal(authorize(operator, need(method, required, SHARED_BEAMLINE)).allowed, true);
    });
  }
});

describe('denials say why', () => {
  it('names the action, the beamline, the role needed, the user and what they hold', () => {
    const denied = authorize(plainUser, { kind: 'beamline', beamline: 'BL02', role: 'user', action: 'set BL02/mono_energy' });
    assert.equal(denied.allowed, false);
    assert.ok(!denied.allowed);
    assert.equal(denied.reason, 'set BL02/mono_energy on BL02 needs the user role; ulla is an observer there');
    const none = authorize(nobody, { kind: 'beamline', beamline: 'BL01', role: 'observer', action: 'read BL01/m1' });
    assert.ok(!none.allowed);
    assert.equal(none.reason, 'read BL01/m1 on BL01 needs the observer role; nina has no role there');
    const staffOnly = authorize(plainUser, { kind: 'beamline', beamline: 'BL01', role: 'staff', action: 'clear the queue of BL01' });
    assert.ok(!staffOnly.allowed);
    assert.match(staffOnly.reason, /needs the staff role; ulla is a user there/);
  });

  it('sends changes to shared devices to the operator, even from staff', () => {
    const denied = authorize(staff, { kind: 'beamline', beamline: SHARED_BEAMLINE, role: 'user', action: 'set FAC/mono' });
    assert.ok(!denied.allowed);
    assert.equal(denied.reason, 'set FAC/mono on the shared devices of FAC needs the facility operator role; sven is not an operator');
  });

  it('keeps operator-only needs for operators', () => {
    const denied = authorize(staff, { kind: 'operator', action: 'break the lease on mono' });
    assert.ok(!denied.allowed);
    assert.equal(denied.reason, 'break the lease on mono needs the facility operator role; sven is not an operator');
    assert.equal(authorize(operator, { kind: 'operator', action: 'break the lease on mono' }).allowed, true);
  });
});

describe('describeRoles', () => {
  it('lists roles per beamline, or says operator, or none', () => {
    assert.equal(describeRoles(plainUser), 'BL01=user, BL02=observer');
    assert.equal(describeRoles(identity('both', { BL01: 'staff' }, true)), 'operator');
    assert.equal(describeRoles(nobody), 'no roles');
  });
});
