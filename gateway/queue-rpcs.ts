/**
 * The queue methods of the Facility service: one request each to the beamline's run engine, which
 * keeps the queue; the gateway checks who may ask and stamps added items with the caller.
 */
import { brightline } from '../gen/proto.js';
import { InvalidArgumentError } from '../lib/errors.js';
import { QueueVerb, subjects, type Bus, type MessageType } from '../actors/transport/mod.js';
import { beamlineNeed, requestedBeamline } from './beamline-request.js';
import { QUICK_TIMEOUT_MS, requestRunEngine } from './run-engine-request.js';
import { BeamlineRole, type CallContext, type FacilityHandlers } from './rpc.js';

const v1 = brightline.v1;

type QueueListProps = brightline.v1.QueueListReply.$Properties;

export function queueHandlers(bus: Bus): FacilityHandlers {
  /** A queue verb whose reply is the queue afterwards. */
  const changeOrList = async <Req>(beamline: string | null | undefined, verb: QueueVerb, requestType: MessageType<unknown, Req>, request: Req, context: CallContext): Promise<QueueListProps> => {
    const name = requestedBeamline(beamline);
    const reply = await requestRunEngine(bus, context, {
      subject: subjects.queue(name, verb), beamline: name, what: `queue ${verb}`,
      requestType, request, replyType: v1.QueueListReply, capMs: QUICK_TIMEOUT_MS,
    });
    return { state: reply.state };
  };

  return {
    QueueAdd: {
      kind: 'unary',
      need: (request) => beamlineNeed(request.beamline, BeamlineRole.User, 'add to the queue'),
      handle: async (request, context) => {
        const beamline = requestedBeamline(request.beamline);
        if (!request.item?.plan_name) throw new InvalidArgumentError('QueueAdd needs an item with a plan_name (see ListPlans)');
        // The item is the caller's, whatever the request says: the queue and RunStart record the token's user.
        const item = { ...request.item, user: context.identity.user };
        const placement = request.position === undefined || request.position === null ? {} : { position: request.position };
        const reply = await requestRunEngine(bus, context, {
          subject: subjects.queue(beamline, QueueVerb.Add), beamline, what: 'queue add',
          requestType: v1.QueueAddRequest, request: { item, ...placement }, replyType: v1.QueueAddReply, capMs: QUICK_TIMEOUT_MS,
        });
        return { item_uid: reply.item_uid, position: reply.position };
      },
    },
    QueueMove: {
      kind: 'unary',
      need: (request) => beamlineNeed(request.beamline, BeamlineRole.User, 'reorder the queue'),
      handle: (request, context) =>
        changeOrList(request.beamline, QueueVerb.Move, v1.QueueMoveRequest, { item_uid: request.item_uid ?? '', position: request.position ?? -1 }, context),
    },
    QueueRemove: {
      kind: 'unary',
      need: (request) => beamlineNeed(request.beamline, BeamlineRole.User, 'remove from the queue'),
      handle: (request, context) => changeOrList(request.beamline, QueueVerb.Remove, v1.QueueRemoveRequest, { item_uid: request.item_uid ?? '' }, context),
    },
    QueueClear: {
      kind: 'unary',
      need: (request) => beamlineNeed(request.beamline, BeamlineRole.Staff, 'clear the queue'),
      handle: (request, context) => changeOrList(request.beamline, QueueVerb.Clear, v1.QueueClearRequest, {}, context),
    },
    QueueList: {
      kind: 'unary',
      need: (request) => beamlineNeed(request.beamline, BeamlineRole.Observer, 'read the queue'),
      handle: (request, context) => changeOrList(request.beamline, QueueVerb.List, v1.QueueListRequest, {}, context),
    },
    QueueStart: {
      kind: 'unary',
      need: (request) => beamlineNeed(request.beamline, BeamlineRole.User, 'start the queue'),
      handle: (request, context) => changeOrList(request.beamline, QueueVerb.Start, v1.QueueStartRequest, {}, context),
    },
    QueueStop: {
      kind: 'unary',
      need: (request) => beamlineNeed(request.beamline, BeamlineRole.User, 'stop the queue'),
      handle: (request, context) => changeOrList(request.beamline, QueueVerb.Stop, v1.QueueStopRequest, {}, context),
    },
    QueueHistory: {
      kind: 'unary',
      need: (request) => beamlineNeed(request.beamline, BeamlineRole.Observer, 'read the queue history'),
      handle: async (request, context) => {
        const beamline = requestedBeamline(request.beamline);
        const reply = await requestRunEngine(bus, context, {
          subject: subjects.queue(beamline, QueueVerb.History), beamline, what: 'queue history',
          requestType: v1.QueueHistoryRequest, request: { limit: request.limit ?? 0 }, replyType: v1.QueueHistoryReply, capMs: QUICK_TIMEOUT_MS,
        });
        return { entries: reply.entries };
      },
    },
  };
}
