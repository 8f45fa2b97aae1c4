import type { evidenceCalls } from '../../shared/contract/evidence';
import { checkPinSpec } from '../evidence/service/check-spec';
import type { ApiContext } from './context';
import type { HandlerGroup } from './handler-group';

export function evidenceHandlers(ctx: ApiContext): HandlerGroup<typeof evidenceCalls> {
  const service = () => ctx.services.evidence;
  // Other windows (a second facilitator window, the presenter) show pins and files: tell them.
  const changed = <T>(postmortemId: string, value: T): T => {
    ctx.events.emit('evidence.changed', { postmortemId });
    return value;
  };
  return {
    'evidence.list': ({ postmortemId }) => service().list(postmortemId),
    'evidence.get': ({ evidenceId }) => service().get(evidenceId),
    'evidence.delete': async ({ evidenceId }) => {
      const s = service();
      const { postmortemId } = s.get(evidenceId);
      return changed(postmortemId, await s.delete(evidenceId));
    },
    'evidence.stage': (input) => service().stage(input),
    'evidence.commit': (input) => {
      const committed = service().commit(input);
      return changed(committed.postmortemId, committed);
    },
    'evidence.cancel': ({ stagingId }) => service().cancel(stagingId),
    'evidence.page': (input) => service().page(input),
    'evidence.columnSummary': ({ evidenceId, column }) =>
      service().columnSummary(evidenceId, column),
    'evidence.histogram': (input) => service().histogram(input),
    'evidence.timeSeries': (input) => service().timeSeries(input),
    'evidence.drift': (input) => service().drift(input),
    'evidence.timeOverview': ({ evidenceId }) => service().timeOverview(evidenceId),
    'evidence.saveWindows': ({ evidenceId, windows }) => {
      const saved = service().saveWindows(evidenceId, windows);
      return changed(saved.postmortemId, saved);
    },
    'evidence.setColumnRole': ({ evidenceId, column, role }) => {
      const info = service().setColumnRole(evidenceId, column, role);
      return changed(info.postmortemId, info);
    },
    'evidence.context': ({ postmortemId }) => service().incidentContext(postmortemId),
    'pins.list': ({ postmortemId }) => service().pins.list(postmortemId),
    'pins.create': ({ postmortemId, target, spec, caption }) => {
      const s = service();
      s.requirePostmortem(postmortemId);
      checkPinSpec(spec, postmortemId, (id) => s.registry.find(id));
      return changed(postmortemId, s.pins.create({ postmortemId, target, spec, caption }));
    },
    'pins.update': ({ id, ...changes }) => {
      const s = service();
      const current = s.pins.get(id);
      if (changes.spec) checkPinSpec(changes.spec, current.postmortemId, (e) => s.registry.find(e));
      return changed(current.postmortemId, s.pins.update(id, changes));
    },
    'pins.delete': ({ id }) => {
      const s = service();
      return changed(s.pins.get(id).postmortemId, s.pins.delete(id));
    },
  };
}
