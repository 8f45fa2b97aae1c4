// Child process for the 'killed import' test: stages a file and waits to be killed mid-way.
import { stageImport } from '../../../main/evidence/import';

const [file, evidenceDir] = process.argv.slice(2);
void stageImport({
  filePath: file ?? '',
  evidenceDir: evidenceDir ?? '',
  onProgress: (p) => {
    if (p.rows > 0) process.stdout.write(`progress ${p.rows}\n`);
  },
});
