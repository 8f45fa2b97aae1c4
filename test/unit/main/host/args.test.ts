import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ArgsError,
  DATA_DIR_ENV,
  parseServeArgs,
  resolveDataDir,
} from '../../../../main/host/args';

const home = path.resolve('/home/someone');

describe('parseServeArgs', () => {
  it('takes --data-dir and --port in either spelling', () => {
    expect(parseServeArgs(['--data-dir', '/tmp/a', '--port', '8123'], {}, home)).toEqual({
      dataDir: path.resolve('/tmp/a'),
      port: 8123,
      testClock: false,
    });
    expect(parseServeArgs(['--data-dir=/tmp/b', '--port=0'], {}, home)).toEqual({
      dataDir: path.resolve('/tmp/b'),
      port: 0,
      testClock: false,
    });
  });

  it('defaults to a free port and ~/.postmortem-studio', () => {
    expect(parseServeArgs([], {}, home)).toEqual({
      dataDir: path.join(home, '.postmortem-studio'),
      port: 0,
      testClock: false,
    });
  });

  it('turns the test clock on only when asked (end-to-end tests)', () => {
    expect(parseServeArgs(['--test-clock', '--port', '0'], {}, home).testClock).toBe(true);
  });

  it('uses the environment variable when --data-dir is absent, and --data-dir over it', () => {
    const env = { [DATA_DIR_ENV]: '/srv/pm' };
    expect(parseServeArgs([], env, home).dataDir).toBe(path.resolve('/srv/pm'));
    expect(parseServeArgs(['--data-dir', '/x'], env, home).dataDir).toBe(path.resolve('/x'));
  });

  it('ignores an empty environment variable', () => {
    expect(parseServeArgs([], { [DATA_DIR_ENV]: '' }, home).dataDir).toBe(
      path.join(home, '.postmortem-studio'),
    );
  });

  it('resolves a relative data folder against the working directory', () => {
    expect(parseServeArgs(['--data-dir', 'rel'], {}, home).dataDir).toBe(path.resolve('rel'));
  });

  it('refuses bad ports, missing values and unknown arguments with a message naming them', () => {
    expect(() => parseServeArgs(['--port', '70000'], {}, home)).toThrow(/--port.*"70000"/);
    expect(() => parseServeArgs(['--port', '-1'], {}, home)).toThrow(ArgsError);
    expect(() => parseServeArgs(['--port', 'abc'], {}, home)).toThrow(/"abc"/);
    expect(() => parseServeArgs(['--data-dir'], {}, home)).toThrow(/--data-dir needs a value/);
    expect(() => parseServeArgs(['--data-dir', '--port', '1'], {}, home)).toThrow(/needs a value/);
    expect(() => parseServeArgs(['--dta-dir', 'x'], {}, home)).toThrow(
      /Unknown argument "--dta-dir"/,
    );
  });
});

describe('resolveDataDir (Electron: unknown Chromium switches are left alone)', () => {
  it('finds --data-dir among other arguments and falls back to the given default', () => {
    expect(resolveDataDir(['.', '--enable-logging', '--data-dir', '/d'], {}, '/user')).toBe(
      path.resolve('/d'),
    );
    expect(resolveDataDir(['.', '--enable-logging'], {}, '/user')).toBe(path.resolve('/user'));
    expect(resolveDataDir([], { [DATA_DIR_ENV]: '/e' }, '/user')).toBe(path.resolve('/e'));
  });
});
