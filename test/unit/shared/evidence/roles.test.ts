import { describe, expect, it } from 'vitest';
import { inferRole, type RoleHints } from '../../../../shared/evidence';

const role = (name: string, type: RoleHints['type'] = 'real', idLike = false) =>
  inferRole({ name, type, idLike }, 'timestamp');

describe('column roles, as inferred', () => {
  it('names the time column, ids, predictions, labels and metadata', () => {
    expect(role('timestamp', 'instant')).toBe('time');
    expect(role('request_id', 'text')).toBe('identifier');
    expect(role('customerId', 'integer')).toBe('identifier');
    expect(role('r', 'text', true)).toBe('identifier');
    expect(role('prediction', 'integer')).toBe('prediction');
    expect(role('confidence')).toBe('prediction');
    expect(role('fraud_score')).toBe('prediction');
    expect(role('score')).toBe('prediction');
    expect(role('is_fraud', 'boolean')).toBe('label');
    expect(role('chargeback_label', 'boolean')).toBe('label');
    expect(role('model_version', 'category')).toBe('metadata');
    expect(role('note', 'text')).toBe('metadata');
    expect(role('created', 'instant')).toBe('metadata');
  });

  it('leaves the inputs as features, a device score among them', () => {
    for (const name of [
      'amount',
      'device_score',
      'merchant_category',
      'country',
      'transactions_last_24h',
    ])
      expect(role(name, 'real')).toBe('feature');
  });
});
