import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  cacheControlFor,
  contentTypeOf,
  existingStaticFile,
  resolveStaticPath,
} from '../../../../main/host/static-files';

let root: string;
let outside: string;

beforeAll(() => {
  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-static-'));
  root = path.join(base, 'renderer');
  outside = path.join(base, 'secret.txt');
  fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html>');
  fs.writeFileSync(path.join(root, 'assets', 'app-1.js'), 'export {}');
  fs.writeFileSync(outside, 'secret');
  fs.symlinkSync(outside, path.join(root, 'assets', 'link.txt'));
});

describe('resolveStaticPath', () => {
  it('maps "/" to index.html and paths to files under the root', () => {
    expect(resolveStaticPath(root, '/')).toBe(path.join(root, 'index.html'));
    expect(resolveStaticPath(root, '/assets/app-1.js')).toBe(path.join(root, 'assets', 'app-1.js'));
    expect(resolveStaticPath(root, '/assets/a%20b.js')).toBe(path.join(root, 'assets', 'a b.js'));
  });

  it('refuses every way out of the root', () => {
    for (const attempt of [
      '/../secret.txt',
      '/assets/../../secret.txt',
      '/%2e%2e/secret.txt',
      '/%2E%2E%2Fsecret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/..%5csecret.txt',
      '/assets\\..\\..\\secret.txt',
      '/index.html%00.js',
      '/%E0%A4%A',
    ]) {
      expect(resolveStaticPath(root, attempt), attempt).toBeNull();
    }
  });
});

describe('existingStaticFile', () => {
  it('returns existing files only', () => {
    expect(existingStaticFile(root, '/')).toBe(fs.realpathSync(path.join(root, 'index.html')));
    expect(existingStaticFile(root, '/missing.js')).toBeNull();
    expect(existingStaticFile(root, '/assets')).toBeNull();
  });

  it('does not follow a symbolic link that leads outside the root', () => {
    expect(existingStaticFile(root, '/assets/link.txt')).toBeNull();
  });
});

describe('headers of static files', () => {
  it('names content types and never caches index.html', () => {
    expect(contentTypeOf('a/b.js')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeOf('a/b.CSS')).toBe('text/css; charset=utf-8');
    expect(contentTypeOf('a/b.unknown')).toBe('application/octet-stream');
    expect(cacheControlFor('/x/index.html')).toBe('no-store');
    expect(cacheControlFor('/x/assets/app-1.js')).toBe('no-cache');
  });
});
