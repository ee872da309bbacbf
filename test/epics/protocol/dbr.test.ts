import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  AlarmSeverity, AlarmStatus, CaProtocolError, DbrClass, NativeType, alarmSeverityName, alarmStatusName, convertValue,
  dbrCode, dbrTypeName, dbrValueOffset, dbrValueSize, decodeDbr, encodeDbr, fromEpicsTimestamp, parseDbrCode,
  toEpicsTimestamp, type DbrValue,
} from '../../../epics/protocol/mod.js';
import { ascii, fromHex, toHex, zeros } from './hex.js';

function golden(code: number, data: DbrValue, hex: string, count?: number): void {
  const bytes = encodeDbr(code, data, count);
  assert.equal(toHex(bytes), toHex(fromHex(hex)), dbrTypeName(code));
  assert.deepEqual(decodeDbr(code, count ?? data.value.length, bytes), data, dbrTypeName(code));
}

describe('DBR codes', () => {
  it('code = class * 7 + native type', () => {
    assert.equal(dbrCode(NativeType.Double, DbrClass.Time), 20);
    assert.equal(dbrCode(NativeType.String, DbrClass.Control), 28);
    assert.equal(dbrCode(NativeType.Double, DbrClass.Control), 34);
    assert.deepEqual(parseDbrCode(24), { native: NativeType.Enum, cls: DbrClass.Graphic });
    assert.equal(dbrTypeName(20), 'DBR_TIME_DOUBLE');
  });

  it('refuses codes outside 0..34 (PUT_ACKT, PUT_ACKS, STSACK_STRING, CLASS_NAME)', () => {
    for (const code of [-1, 35, 36, 37, 38, 1.5, 0xffff]) assert.throws(() => parseDbrCode(code), CaProtocolError);
    assert.throws(() => decodeDbr(35, 1, new Uint8Array(64)), CaProtocolError);
  });

  it('sizes equal sizeof() of the db_access.h structures', () => {
    // dbr_size[] of libca, checked against sizeof of the same C structs
    const sizes = [
      40, 2, 4, 2, 1, 4, 8, // plain
      44, 6, 8, 6, 6, 8, 16, // STS
      52, 16, 16, 16, 16, 16, 24, // TIME
      44, 26, 44, 424, 20, 40, 72, // GR
      44, 30, 52, 424, 22, 48, 88, // CTRL
    ];
    sizes.forEach((size, code) => assert.equal(dbrValueSize(code, 1), size, dbrTypeName(code)));
    assert.equal(dbrValueSize(34, 1), 88, 'dbr_ctrl_double');
    assert.equal(dbrValueSize(20, 1), 24, 'dbr_time_double');
    // the value of dbr_gr_enum starts at byte 422; with its uint16 value the struct is 424
    assert.equal(dbrValueOffset(24), 422);
    assert.equal(dbrValueSize(24, 1), 424, 'dbr_gr_enum');
    assert.equal(dbrValueSize(33, 1), 48, 'dbr_ctrl_long');
    // dbr_size_n: one struct plus (count - 1) more values
    assert.equal(dbrValueSize(34, 10), 88 + 9 * 8);
    assert.equal(dbrValueSize(14, 3), 52 + 2 * 40);
  });
});

describe('DBR golden encodings', () => {
  it('DOUBLE scalar', () => {
    golden(6, { value: [1.5] }, '3ff8000000000000');
  });

  it('DOUBLE array of 3', () => {
    golden(6, { value: [1, 2, -0.5] }, '3ff0000000000000 4000000000000000 bfe0000000000000');
  });

  it('TIME_DOUBLE: 4 pad bytes before the value', () => {
    golden(
      20,
      { value: [1.5], status: AlarmStatus.NoAlarm, severity: AlarmSeverity.NoAlarm, timestamp: { secondsPastEpoch: 1_000_000_000, nanoseconds: 500_000_000 } },
      '0000 0000 3b9aca00 1dcd6500 00000000 3ff8000000000000',
    );
  });

  it('CTRL_DOUBLE: precision, pad, units, 8 limits, value (88 bytes)', () => {
    golden(
      34,
      {
        value: [1.5], status: AlarmStatus.HiHi, severity: AlarmSeverity.Major, precision: 3, units: 'mm',
        display: { low: -10, high: 10 }, alarm: { low: -9, high: 9 }, warning: { low: -8, high: 8 }, control: { low: -5, high: 5 },
      },
      `0003 0002 0003 0000 ${ascii('mm')}${zeros(6)}
       4024000000000000 c024000000000000 4022000000000000 4020000000000000
       c020000000000000 c022000000000000 4014000000000000 c014000000000000
       3ff8000000000000`,
    );
  });

  it('STS_STRING: a 40-byte value after status and severity', () => {
    golden(7, { value: ['hello'], status: AlarmStatus.UDF, severity: AlarmSeverity.Invalid }, `0011 0003 ${ascii('hello')}${zeros(35)}`);
  });

  it('TIME_SHORT: 2 pad bytes before the value', () => {
    golden(15, { value: [-2], status: 0, severity: 1, timestamp: { secondsPastEpoch: 1, nanoseconds: 2 } }, '0000 0001 00000001 00000002 0000 fffe');
  });

  it('GR_ENUM: number of states, 16 x 26-byte names, value', () => {
    golden(
      24,
      { value: [1], status: 0, severity: 0, enumStrings: ['Off', 'On'] },
      `0000 0000 0002 ${ascii('Off')}${zeros(23)} ${ascii('On')}${zeros(24)} ${zeros(14 * 26)} 0001`,
    );
  });

  it('CTRL_LONG: units, 8 int32 limits, value (48 bytes)', () => {
    golden(
      33,
      {
        value: [42], status: 0, severity: 0, units: 'cts',
        display: { low: -1000, high: 1000 }, alarm: { low: -900, high: 900 }, warning: { low: -800, high: 800 }, control: { low: -500, high: 500 },
      },
      `0000 0000 ${ascii('cts')}${zeros(5)} 000003e8 fffffc18 00000384 00000320 fffffce0 fffffc7c 000001f4 fffffe0c 0000002a`,
    );
  });

  it('CTRL_CHAR array: 8 uint8 limits, 1 pad byte, values', () => {
    golden(
      32,
      {
        value: [1, 2, 255], status: 0, severity: 0, units: 'V',
        display: { low: 0, high: 200 }, alarm: { low: 5, high: 190 }, warning: { low: 10, high: 180 }, control: { low: 1, high: 150 },
      },
      `0000 0000 ${ascii('V')}${zeros(7)} c8 00 be b4 0a 05 96 01 00 01 02 ff`,
    );
  });

  it('STS_CHAR, STS_DOUBLE and TIME_CHAR pads', () => {
    golden(11, { value: [7], status: 1, severity: 2 }, '0001 0002 00 07'); // STS_CHAR
    golden(13, { value: [0.5], status: 0, severity: 0 }, '0000 0000 00000000 3fe0000000000000'); // STS_DOUBLE
    golden(18, { value: [9], status: 0, severity: 0, timestamp: { secondsPastEpoch: 0, nanoseconds: 0 } }, `${zeros(12)} 000000 09`); // TIME_CHAR
  });

  it('a count above the values zero fills; below it cuts', () => {
    assert.equal(toHex(encodeDbr(5, { value: [1] }, 3)), '000000010000000000000000');
    assert.equal(toHex(encodeDbr(5, { value: [1, 2, 3] }, 1)), '00000001');
  });
});

function sampleFor(code: number, count: number): { input: DbrValue; expected: DbrValue } {
  const { native, cls } = parseDbrCode(code);
  const numbers: Record<number, number[]> = {
    [NativeType.Short]: [-3, 0, 32767], [NativeType.Float]: [1.5, -2.25, 3], [NativeType.Enum]: [1, 0, 2],
    [NativeType.Char]: [0, 127, 255], [NativeType.Long]: [-2147483648, 7, 2147483647], [NativeType.Double]: [Math.PI, -1e300, 0],
  };
  const value = native === NativeType.String ? ['one', 'twenty-nine characters long.', ''].slice(0, count) : (numbers[native] ?? []).slice(0, count);
  const limit = native === NativeType.Char ? (n: number) => n + 10 : (n: number) => n;
  const full: DbrValue = {
    value, status: AlarmStatus.Low, severity: AlarmSeverity.Minor, timestamp: { secondsPastEpoch: 1_100_000_000, nanoseconds: 123_456_789 },
    units: 'mA', precision: 4, display: { low: limit(-10), high: limit(20) }, alarm: { low: limit(-9), high: limit(19) },
    warning: { low: limit(-8), high: limit(18) }, control: { low: limit(-7), high: limit(17) }, enumStrings: ['zero', 'one', 'two'],
  };
  const expected: DbrValue = { value };
  if (cls >= DbrClass.Status) Object.assign(expected, { status: full.status, severity: full.severity });
  if (cls === DbrClass.Time) expected.timestamp = full.timestamp;
  if (cls >= DbrClass.Graphic && native === NativeType.Enum) expected.enumStrings = full.enumStrings;
  if (cls >= DbrClass.Graphic && native !== NativeType.Enum && native !== NativeType.String) {
    if (native === NativeType.Float || native === NativeType.Double) expected.precision = full.precision;
    Object.assign(expected, { units: full.units, display: full.display, alarm: full.alarm, warning: full.warning });
    if (cls === DbrClass.Control) expected.control = full.control;
  }
  return { input: full, expected };
}

describe('DBR round trips', () => {
  for (const count of [1, 3]) {
    it(`every code 0..34 encodes and decodes ${count === 1 ? 'a scalar' : 'an array'}`, () => {
      for (let code = 0; code <= 34; code += 1) {
        const { input, expected } = sampleFor(code, count);
        const bytes = encodeDbr(code, input);
        assert.equal(bytes.length, dbrValueSize(code, count), dbrTypeName(code));
        assert.deepEqual(decodeDbr(code, count, bytes), expected, dbrTypeName(code));
      }
    });
  }

  it('an empty array is the metadata alone', () => {
    assert.deepEqual(decodeDbr(20, 0, encodeDbr(20, { value: [], status: 0, severity: 0, timestamp: { secondsPastEpoch: 5, nanoseconds: 6 } })), {
      value: [], status: 0, severity: 0, timestamp: { secondsPastEpoch: 5, nanoseconds: 6 },
    });
  });

  it('UTF-8 and Latin-1 strings survive', () => {
    assert.deepEqual(decodeDbr(0, 1, encodeDbr(0, { value: ['µm → 5°'] })).value, ['µm → 5°']);
    // an old IOC sending Latin-1 'µ' (0xb5) as units
    const bytes = encodeDbr(27, { value: [1], units: 'm' });
    bytes[8] = 0xb5; // units start after status, severity, precision and pad
    assert.equal(decodeDbr(27, 1, bytes).units, 'µ');
  });

  it('metadata that does not fit is cut like an IOC cuts it; values that do not fit throw', () => {
    const ctrl = decodeDbr(29, 1, encodeDbr(29, { value: [1], units: 'microamps', display: { low: -1e9, high: 1e9 } }));
    assert.equal(ctrl.units, 'microam');
    assert.deepEqual(ctrl.display, { low: -32768, high: 32767 });
    const enumStrings = decodeDbr(31, 1, encodeDbr(31, { value: [0], enumStrings: ['a state name longer than 25 bytes'] })).enumStrings;
    assert.deepEqual(enumStrings, ['a state name longer than ']);
    assert.throws(() => encodeDbr(1, { value: [40000] }), CaProtocolError);
    assert.throws(() => encodeDbr(5, { value: [1.5] }), CaProtocolError);
    assert.throws(() => encodeDbr(0, { value: ['x'.repeat(40)] }), CaProtocolError);
    assert.throws(() => encodeDbr(0, { value: [1] }), CaProtocolError);
    assert.throws(() => encodeDbr(6, { value: ['1'] }), CaProtocolError);
    assert.throws(() => encodeDbr(24, { value: [0], enumStrings: Array.from({ length: 17 }, String) }), CaProtocolError);
  });

  it('a payload too short for its count throws CaProtocolError', () => {
    assert.throws(() => decodeDbr(6, 2, new Uint8Array(8)), CaProtocolError);
    assert.throws(() => decodeDbr(34, 1, new Uint8Array(87)), CaProtocolError);
    assert.throws(() => decodeDbr(20, 0xffffffff, new Uint8Array(24)), CaProtocolError);
    assert.throws(() => decodeDbr(24, 1, fromHex(`0000 0000 0011 ${zeros(418)}`)), CaProtocolError);
  });
});

describe('timestamps and alarms', () => {
  it('the EPICS epoch is 1990-01-01T00:00:00Z', () => {
    assert.deepEqual(toEpicsTimestamp(Date.UTC(1990, 0, 1)), { secondsPastEpoch: 0, nanoseconds: 0 });
    assert.deepEqual(toEpicsTimestamp(631152000_000 + 1500.25), { secondsPastEpoch: 1, nanoseconds: 500_250_000 });
    assert.equal(fromEpicsTimestamp({ secondsPastEpoch: 1, nanoseconds: 500_000_000 }), 631152001500);
    const now = 1_732_000_000_123;
    assert.equal(fromEpicsTimestamp(toEpicsTimestamp(now)), now);
    assert.throws(() => toEpicsTimestamp(0), CaProtocolError);
  });

  it('alarm names are those IOCs print', () => {
    assert.equal(alarmSeverityName(AlarmSeverity.Major), 'MAJOR');
    assert.equal(alarmStatusName(AlarmStatus.HiHi), 'HIHI');
    assert.equal(alarmStatusName(AlarmStatus.WriteAccess), 'WRITE_ACCESS');
    assert.equal(alarmStatusName(99), 'STATUS_99');
  });
});

describe('convertValue', () => {
  it('numbers to strings read back to the same value', () => {
    assert.deepEqual(convertValue([1.5, 0.1], NativeType.Double, NativeType.String), ['1.5', '0.1']);
    assert.deepEqual(convertValue([Math.fround(0.1)], NativeType.Float, NativeType.String), ['0.1']);
    assert.deepEqual(convertValue([2], NativeType.Enum, NativeType.String, ['Off', 'On', 'Auto']), ['Auto']);
    assert.deepEqual(convertValue([-5], NativeType.Long, NativeType.String), ['-5']);
  });

  it('strings parse to numbers, and enums by name or index', () => {
    assert.deepEqual(convertValue(['2.5', ' 1e3 '], NativeType.String, NativeType.Double), [2.5, 1000]);
    assert.deepEqual(convertValue(['2.9'], NativeType.String, NativeType.Long), [2]);
    assert.deepEqual(convertValue(['On', '0'], NativeType.String, NativeType.Enum, ['Off', 'On']), [1, 0]);
    assert.throws(() => convertValue(['abc'], NativeType.String, NativeType.Double), CaProtocolError);
    assert.throws(() => convertValue([''], NativeType.String, NativeType.Long), CaProtocolError);
    assert.throws(() => convertValue(['Maybe'], NativeType.String, NativeType.Enum, ['Off', 'On']), /Off, On/);
    assert.throws(() => convertValue(['5'], NativeType.String, NativeType.Enum, ['Off', 'On']), CaProtocolError);
  });

  it('numbers to integer types truncate and refuse what does not fit', () => {
    assert.deepEqual(convertValue([-2.7, 3.9], NativeType.Double, NativeType.Short), [-2, 3]);
    assert.deepEqual(convertValue([0.1], NativeType.Double, NativeType.Float), [Math.fround(0.1)]);
    assert.deepEqual(convertValue([-1], NativeType.Long, NativeType.Char), [255]);
    assert.throws(() => convertValue([70000], NativeType.Double, NativeType.Short), CaProtocolError);
    assert.throws(() => convertValue([Number.NaN], NativeType.Double, NativeType.Long), CaProtocolError);
    assert.throws(() => convertValue([1], NativeType.String, NativeType.Double), CaProtocolError);
  });
});
