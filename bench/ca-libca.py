#!/usr/bin/python3
"""The libca side of bench/ca.ts: one measurement per run, through pyepics' low-level epics.ca API.

Usage: ca-libca.py get PV N BATCH | monitor PREFIX COUNT SETTLE SECONDS | connect PREFIX COUNT
Prints one JSON line with the figures (the monitor run first prints {"ready": ...} and waits for
a line on stdin, so bench/ca.ts can start the server's updates only once every PV is subscribed).
bench/ca.ts sets EPICS_CA_ADDR_LIST / EPICS_CA_AUTO_ADDR_LIST so libca talks to 127.0.0.1 only.

Everything here is "libca as a Python user sees it": pyepics' ctypes calls, its channel cache,
its poll loop in ca.get and its per-event unpacking in monitor callbacks are all in the figures.
"""
import ctypes
import json
import sys
import time

from epics import ca, dbr

CONNECT_TIMEOUT_S = 10.0
WARMUP_GETS = 200


def emit(**fields):
    print(json.dumps(fields), flush=True)


def connect_one(name):
    chid = ca.create_channel(name, connect=False)
    if not ca.connect_channel(chid, timeout=CONNECT_TIMEOUT_S):
        raise SystemExit(f"{name}: not connected within {CONNECT_TIMEOUT_S} s")
    return chid


def percentile(sorted_values, fraction):
    index = min(len(sorted_values) - 1, int(round(fraction * (len(sorted_values) - 1))))
    return sorted_values[index]


def sequential_gets(chid, count):
    """ca.get(wait=True): what `epics.caget` and PV.get do underneath, one awaited read at a time."""
    latencies = []
    started = time.perf_counter()
    for _ in range(count):
        t0 = time.perf_counter()
        value = ca.get(chid, ftype=dbr.DOUBLE, wait=True, timeout=5.0)
        latencies.append(time.perf_counter() - t0)
        if value is None:
            raise SystemExit("ca.get timed out")
    elapsed = time.perf_counter() - started
    latencies.sort()
    return count / elapsed, percentile(latencies, 0.5) * 1e6, percentile(latencies, 0.99) * 1e6


def thin_gets(chid, count):
    """ca_array_get into a C double then ca.pend_io: libca's own blocking read with only ctypes between."""
    out = ctypes.c_double()
    started = time.perf_counter()
    for _ in range(count):
        status = ca.libca.ca_array_get(dbr.DOUBLE, 1, chid, ctypes.byref(out))
        if status != dbr.ECA_NORMAL or ca.pend_io(5.0) != dbr.ECA_NORMAL:
            raise SystemExit(f"ca_array_get / pend_io failed: {status}")
    return count / (time.perf_counter() - started)


def pipelined_gets(chid, count, batch):
    """A synchronous group: `batch` reads on the wire at once, then ca_sg_block for all of them.
    pyepics' ca.get refuses a second get on a channel while one is pending, so this is how a
    pyepics user keeps many reads of one PV in flight."""
    group = ca.sg_create()
    started = time.perf_counter()
    done = 0
    while done < count:
        for _ in range(min(batch, count - done)):
            ca.sg_get(group, chid, ftype=dbr.DOUBLE, as_string=False)
        status = ca.sg_block(group, 5.0)
        if status != dbr.ECA_NORMAL:
            raise SystemExit(f"ca_sg_block failed: {status}")
        ca.sg_reset(group)
        done += min(batch, count - done)
    elapsed = time.perf_counter() - started
    ca.sg_delete(group)
    return count / elapsed


def run_get(name, count, batch):
    chid = connect_one(name)
    sequential_gets(chid, WARMUP_GETS)
    rate, p50, p99 = sequential_gets(chid, count)
    thin_rate = thin_gets(chid, count)
    pipelined_rate = pipelined_gets(chid, count, batch)
    emit(getsPerSecond=rate, p50Us=p50, p99Us=p99, thinGetsPerSecond=thin_rate, pipelinedGetsPerSecond=pipelined_rate,
         libca=ca.version(), python=sys.version.split()[0])


def run_monitor(prefix, count, settle, seconds):
    names = [f"{prefix}{i:03d}" for i in range(count)]
    chids = [connect_one(name) for name in names]
    received = [0]

    def on_update(value=None, **_kw):
        # a plain counter: the figure is what pyepics delivers, not what a consumer does with it
        received[0] += 1

    # keep the returned tuples: pyepics requires references to live as long as the subscription
    subscriptions = [ca.create_subscription(chid, use_time=True, callback=on_update) for chid in chids]
    deadline = time.monotonic() + CONNECT_TIMEOUT_S
    while received[0] < count and time.monotonic() < deadline:
        ca.pend_event(0.01)
    emit(ready=True, initialUpdates=received[0])
    sys.stdin.readline()  # bench/ca.ts starts the server's updates, then says go
    # the first moments of an update run include the server's JIT warm-up: count after them
    settle_until = time.perf_counter() + settle
    while time.perf_counter() < settle_until:
        ca.pend_event(0.05)
    start_count = received[0]
    started = time.perf_counter()
    # pend_event lets libca run callbacks and flush; the updates arrive on libca's own threads
    while time.perf_counter() - started < seconds:
        ca.pend_event(0.05)
    elapsed = time.perf_counter() - started
    total = received[0] - start_count
    for _callback, _arg, event_id in subscriptions:
        ca.clear_subscription(event_id)
    emit(updatesPerSecond=total / elapsed, updates=total, seconds=elapsed)


def run_connect(prefix, count):
    names = [f"{prefix}{i:05d}" for i in range(count)]
    connected = [0]

    def on_connection(pvname=None, chid=None, conn=False):
        if conn:
            connected[0] += 1

    started = time.perf_counter()
    for name in names:
        ca.create_channel(name, connect=False, callback=on_connection)
    # pyepics gives every channel a connection callback, so ca.pend_io (which waits only for
    # channels without one) returns at once; poll until every callback has fired instead
    deadline = started + 60.0
    while connected[0] < count and time.perf_counter() < deadline:
        ca.pend_event(0.001)
    elapsed = time.perf_counter() - started
    emit(connectMs=elapsed * 1e3, connected=connected[0])


def main():
    kind = sys.argv[1]
    if kind == "get":
        run_get(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]))
    elif kind == "monitor":
        run_monitor(sys.argv[2], int(sys.argv[3]), float(sys.argv[4]), float(sys.argv[5]))
    elif kind == "connect":
        run_connect(sys.argv[2], int(sys.argv[3]))
    else:
        raise SystemExit(f"unknown measurement {kind!r}")
    ca.finalize_libca()


main()
