import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { SignalListeners } from '../../../actors/device/signals/signal-listeners.js';
import { AlarmSeverity, type ConnectionChange, type SignalReading } from '../../../actors/device/signals/signal-backend.js';

const reading = (value: number): SignalReading => ({ value, timestamp: 0, severity: AlarmSeverity.NoAlarm, status: '' });

describe('SignalListeners', () => {
  it('calls reading and connection listeners apart, in the order they subscribed, until unsubscribed', () => {
    const listeners = new SignalListeners();
    const heard: string[] = [];
    const stopA = listeners.subscribe((r) => heard.push(`a ${String(r.value)}`));
    listeners.subscribe((r) => heard.push(`b ${String(r.value)}`));
    listeners.onConnection((c: ConnectionChange) => heard.push(`connection ${String(c.connected)} '${c.reason}'`));
    listeners.emit(reading(1));
    listeners.emitConnection({ connected: false, reason: 'server went away' });
    stopA();
    listeners.emit(reading(2));
    assert.deepEqual(heard, ['a 1', 'b 1', "connection false 'server went away'", 'b 2']);
  });

  it('lets a listener unsubscribe another during an emit without skipping it', () => {
    const listeners = new SignalListeners();
    const heard: string[] = [];
    let stopB: () => void = () => undefined;
    listeners.subscribe(() => {
      heard.push('a');
      stopB();
    });
    stopB = listeners.subscribe(() => heard.push('b'));
    listeners.emit(reading(1));
    listeners.emit(reading(2));
    assert.deepEqual(heard, ['a', 'b', 'a']);
  });

  it('clear drops both kinds', () => {
    const listeners = new SignalListeners();
    let calls = 0;
    listeners.subscribe(() => calls++);
    listeners.onConnection(() => calls++);
    listeners.clear();
    listeners.emit(reading(1));
    listeners.emitConnection({ connected: true, reason: '' });
    assert.equal(calls, 0);
  });
});
