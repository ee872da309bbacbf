#!/usr/bin/python3
"""Drives brightline's CA server with pyepics (Debian's python3-pyepics, i.e. the real EPICS libca).

Takes a JSON list of steps on argv[1], prints one JSON line per result. The test that runs it sets
EPICS_CA_ADDR_LIST / EPICS_CA_AUTO_ADDR_LIST so libca only ever talks to 127.0.0.1.
"""
import json
import sys
import time

import epics
from epics import ca


def emit(**fields):
    print(json.dumps(fields), flush=True)


def run(step):
    kind = step["do"]
    name = step["pv"]
    if kind == "get":
        pv = epics.PV(name, form=step.get("form", "time"), connection_timeout=5.0)
        value = pv.get(timeout=5.0, use_monitor=False, as_string=step.get("as_string", False))
        if value is not None and hasattr(value, "tolist"):
            value = value.tolist()
        emit(do=kind, pv=name, connected=pv.connected, value=value, units=pv.units, precision=pv.precision,
             severity=pv.severity, status=pv.status, type=pv.type, count=pv.count, timestamp=pv.timestamp,
             enum_strs=list(pv.enum_strs) if pv.enum_strs else None,
             upper_ctrl_limit=pv.upper_ctrl_limit, lower_ctrl_limit=pv.lower_ctrl_limit)
    elif kind == "put":
        started = time.time()
        status = epics.caput(name, step["value"], wait=step.get("wait", False), timeout=step.get("timeout", 10.0))
        emit(do=kind, pv=name, status=status, seconds=time.time() - started)
    elif kind == "monitor":
        seen = []
        pv = epics.PV(name, auto_monitor=True, callback=lambda value=None, **kw: seen.append(value if not hasattr(value, "tolist") else value.tolist()))
        pv.wait_for_connection(timeout=5.0)
        deadline = time.time() + step.get("seconds", 3.0)
        while len(seen) < step.get("count", 1) and time.time() < deadline:
            time.sleep(0.01)
        pv.clear_callbacks()
        emit(do=kind, pv=name, values=seen)
    else:
        emit(do=kind, error="unknown step")


for step in json.loads(sys.argv[1]):
    run(step)
ca.finalize_libca()
