"""An external client of the brightline gateway, written the way another tool would write one.

It generates its stubs from proto/ with grpc_tools (Debian's python3-grpc-tools), then, as a
beamline user: asks who it is, submits a scan, streams the run's documents from the RunStart to
the RunStop (replayed from the start, then live), and, as an observer, checks that moving a motor
is refused with a reason. It prints one JSON object with what it saw; the test decides.

Usage: facility_client.py --gateway HOST:PORT --token T --observer-token T2 --beamline BL01
                          --motor m1 --detector det --points N --proto-dir proto --out-dir DIR
"""
import argparse
import json
import os
import sys
import time


def generate_stubs(proto_dir, out_dir):
    from grpc_tools import protoc

    files = sorted(
        os.path.join("brightline", "v1", name)
        for name in os.listdir(os.path.join(proto_dir, "brightline", "v1"))
        if name.endswith(".proto")
    )
    status = protoc.main(["grpc_tools.protoc", "-I" + proto_dir, "--python_out=" + out_dir, "--grpc_python_out=" + out_dir] + files)
    if status != 0:
        raise SystemExit("protoc failed with status %d" % status)
    sys.path.insert(0, out_dir)


def value_number(pb, number):
    return pb.Value(number=number)


def value_text(pb, text):
    return pb.Value(text=text)


def value_list(pb, items):
    return pb.Value(list=pb.ValueList(items=items))


def main():
    parser = argparse.ArgumentParser()
    for flag in ("gateway", "token", "observer-token", "beamline", "motor", "detector", "proto-dir", "out-dir"):
        parser.add_argument("--" + flag, required=True)
    parser.add_argument("--points", type=int, default=5)
    args = parser.parse_args()

    generate_stubs(args.proto_dir, args.out_dir)
    import grpc
    from brightline.v1 import common_pb2, facility_pb2, facility_pb2_grpc, plan_pb2

    channel = grpc.insecure_channel(args.gateway)
    grpc.channel_ready_future(channel).result(timeout=10)
    stub = facility_pb2_grpc.FacilityStub(channel)
    user = [("authorization", "Bearer " + args.token)]
    observer = [("authorization", "Bearer " + args.observer_token)]
    seen = {}

    me = stub.WhoAmI(common_pb2.Empty(), metadata=user, timeout=5)
    seen["whoami"] = {"user": me.user, "roles": {r.beamline: r.role for r in me.roles}}

    plan = plan_pb2.SubmitPlanRequest(plan_name="scan", user="someone-else")
    plan.args["detectors"].CopyFrom(value_list(common_pb2, [value_text(common_pb2, args.detector)]))
    plan.args["motor"].CopyFrom(value_text(common_pb2, args.motor))
    plan.args["start"].CopyFrom(value_number(common_pb2, 0))
    plan.args["stop"].CopyFrom(value_number(common_pb2, 1))
    plan.args["num"].CopyFrom(value_number(common_pb2, args.points))
    plan.metadata["sample"].CopyFrom(value_text(common_pb2, "python-client"))
    submitted = stub.SubmitPlan(facility_pb2.BeamlineSubmitRequest(beamline=args.beamline, plan=plan), metadata=user, timeout=15)
    seen["item_uid"] = submitted.item_uid

    # The run's uid appears in the status once the run engine has opened it.
    run_uid = ""
    deadline = time.time() + 60
    while not run_uid and time.time() < deadline:
        status = stub.GetPlanStatus(facility_pb2.BeamlineRef(beamline=args.beamline), metadata=user, timeout=5)
        if status.item_uid == submitted.item_uid and status.run_uids:
            run_uid = status.run_uids[0]
        else:
            time.sleep(0.05)
    if not run_uid:
        raise SystemExit("the scan never opened a run")
    seen["run_uid"] = run_uid

    documents = []
    request = facility_pb2.StreamDocumentsRequest(beamline=args.beamline, run_uid=run_uid, live=True)
    for envelope in stub.StreamDocuments(request, metadata=user, timeout=120):
        documents.append({"name": envelope.name, "doc": json.loads(envelope.json)})
    seen["documents"] = documents

    runs = stub.ListRuns(facility_pb2.ListRunsRequest(beamline=args.beamline, limit=5), metadata=user, timeout=10)
    seen["runs"] = [{"run_uid": r.run_uid, "plan_name": r.plan_name, "exit_status": r.exit_status, "user": r.user,
                     "num_events": r.num_events, "start": json.loads(r.start_json or "{}")} for r in runs.runs]

    try:
        stub.Set(facility_pb2.SetDeviceRequest(beamline=args.beamline, device=args.motor, value=value_number(common_pb2, 0.5)),
                 metadata=observer, timeout=10)
        seen["denied"] = {"code": "OK", "details": ""}
    except grpc.RpcError as error:
        seen["denied"] = {"code": error.code().name, "details": error.details()}

    try:
        stub.Read(facility_pb2.DeviceRef(beamline=args.beamline, device=args.motor), timeout=5)
        seen["no_token"] = {"code": "OK", "details": ""}
    except grpc.RpcError as error:
        seen["no_token"] = {"code": error.code().name, "details": error.details()}

    print(json.dumps(seen))


if __name__ == "__main__":
    main()
