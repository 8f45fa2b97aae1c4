import { describe, expect, it } from 'vitest';
import { readToken, TOKEN_STORAGE_KEY } from '../../../../renderer/src/api/token';

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (key: string) => data.get(key) ?? null,
    setItem: (key: string, value: string) => void data.set(key, value),
  };
}

describe('readToken', () => {
  it('takes the token from the address, keeps it, and strips it from the address', () => {
    const storage = memoryStorage();
    const result = readToken('http://127.0.0.1:5000/?token=abc&x=1#/meeting', storage);
    expect(result).toEqual({ token: 'abc', cleanUrl: '/?x=1#/meeting' });
    expect(storage.data.get(TOKEN_STORAGE_KEY)).toBe('abc');
  });

  it('after a reload without the query, uses the kept token', () => {
    const storage = memoryStorage({ [TOKEN_STORAGE_KEY]: 'kept' });
    expect(readToken('http://127.0.0.1:5000/', storage)).toEqual({ token: 'kept', cleanUrl: null });
  });

  it('a new token in the address replaces the kept one (the host was restarted)', () => {
    const storage = memoryStorage({ [TOKEN_STORAGE_KEY]: 'old' });
    expect(readToken('http://127.0.0.1:5000/?token=new', storage).token).toBe('new');
    expect(storage.data.get(TOKEN_STORAGE_KEY)).toBe('new');
  });

  it('has no token when neither the address nor the storage has one', () => {
    expect(readToken('http://127.0.0.1:5000/', memoryStorage()).token).toBeNull();
  });
});
