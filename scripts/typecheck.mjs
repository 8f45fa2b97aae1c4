// Type-checks each layer with the globals of the place it runs (see tsconfig.*.json), in one
// process: the parsed files are shared between the programs, so five checks cost little more
// than one. Beyond compiling, it checks that no package slipped Node's or the DOM's types into a
// layer that runs without them (a `/// <reference types="node" />` in a dependency would).
import ts from 'typescript';
import path from 'node:path';

const layers = [
  { config: 'tsconfig.shared.json', node: false, dom: false },
  { config: 'tsconfig.renderer.json', node: false, dom: true },
  // Electron's own types reference Node's; the sandbox still gives the preload no Node modules,
  // which ESLint's import rules enforce.
  { config: 'tsconfig.preload.json', node: true, dom: true },
  { config: 'tsconfig.node.json', node: true, dom: false },
  { config: 'tsconfig.test.json', node: true, dom: true },
];

const root = process.cwd();
const sourceFiles = new Map();
let failed = false;

const formatHost = {
  getCanonicalFileName: (name) => name,
  getCurrentDirectory: () => root,
  getNewLine: () => '\n',
};

function cachingHost(options) {
  const host = ts.createCompilerHost(options, true);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, languageVersion, onError, shouldCreate) => {
    const key = `${fileName}\0${JSON.stringify(languageVersion)}`;
    let file = sourceFiles.get(key);
    if (!file) {
      file = getSourceFile(fileName, languageVersion, onError, shouldCreate);
      if (file) sourceFiles.set(key, file);
    }
    return file;
  };
  return host;
}

for (const layer of layers) {
  const configPath = path.join(root, layer.config);
  const parsed = ts.getParsedCommandLineOfConfigFile(
    configPath,
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      },
    },
  );
  const program = ts.createProgram({
    rootNames: parsed.fileNames,
    options: parsed.options,
    host: cachingHost(parsed.options),
  });
  const diagnostics = [...parsed.errors, ...ts.getPreEmitDiagnostics(program)];
  if (diagnostics.length > 0) {
    failed = true;
    process.stderr.write(ts.formatDiagnosticsWithColorAndContext(diagnostics, formatHost));
  }
  const names = program.getSourceFiles().map((f) => f.fileName);
  const hasNode = names.some((n) => n.includes('/@types/node/'));
  const hasDom = names.some((n) => /\/lib\.dom\.d\.ts$/.test(n));
  if (hasNode !== layer.node || hasDom !== layer.dom) {
    failed = true;
    const what = (has) => (has ? 'with' : 'without');
    console.error(
      `${layer.config}: expected ${what(layer.node)} Node's types and ${what(layer.dom)} the DOM's, ` +
        `got ${what(hasNode)} Node's and ${what(hasDom)} the DOM's (a dependency may reference them).`,
    );
  }
}

if (failed) process.exit(1);
