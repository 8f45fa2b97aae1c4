import type { evidenceCalls } from '../../shared/contract/evidence';
import { checkPinSpec } from '../evidence/service/check-spec';
import { evidenceServiceFor } from '../evidence/service/for-context';
import type { ApiContext } from './context';
import type { HandlerGroup } from './handler-group';

export function evidenceHandlers(ctx: ApiContext): HandlerGroup<typeof evidenceCalls> {
  const service = () => evidenceServiceFor(ctx);
  return {
    'evidence.list': ({ postmortemId }) => service().list(postmortemId),
    'evidence.get': ({ evidenceId }) => service().get(evidenceId),
    'evidence.delete': ({ evidenceId }) => service().delete(evidenceId),
    'evidence.stage': (input) => service().stage(input),
    'evidence.commit': (input) => service().commit(input),
    'evidence.cancel': ({ stagingId }) => service().cancel(stagingId),
    'evidence.page': (input) => service().page(input),
    'evidence.columnSummary': ({ evidenceId, column }) =>
      service().columnSummary(evidenceId, column),
    'evidence.histogram': (input) => service().histogram(input),
    'evidence.timeSeries': (input) => service().timeSeries(input),
    'evidence.drift': (input) => service().drift(input),
    'pins.list': ({ postmortemId }) => service().pins.list(postmortemId),
    'pins.create': ({ postmortemId, target, spec, caption }) => {
      const s = service();
      s.requirePostmortem(postmortemId);
      checkPinSpec(spec, postmortemId, (id) => s.registry.find(id));
      return s.pins.create({ postmortemId, target, spec, caption });
    },
    'pins.update': ({ id, ...changes }) => {
      const s = service();
      const current = s.pins.get(id);
      if (changes.spec) checkPinSpec(changes.spec, current.postmortemId, (e) => s.registry.find(e));
      return s.pins.update(id, changes);
    },
    'pins.delete': ({ id }) => service().pins.delete(id),
  };
}
