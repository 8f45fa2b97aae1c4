import type { StagedPreview } from '../../../shared/evidence';
import type { StagedImport } from '../import/types';

export function toPreview(
  staged: StagedImport,
  postmortemId: string,
  stagingId: string,
  defaultTimeZone: string,
): StagedPreview {
  return {
    stagingId,
    postmortemId,
    fileName: staged.fileName,
    byteSize: staged.byteSize,
    rowCount: staged.rowCount,
    hasHeader: staged.hasHeader,
    encoding: staged.encoding,
    delimiter: staged.delimiter,
    columns: staged.columns.map((c) => ({
      index: c.index,
      name: c.name,
      inferredType: c.inferredType,
      missingCount: c.missingCount,
      sampleValues: c.sampleValues,
      instantFormat: c.instantFormat ?? null,
      zonelessCount: c.zonelessCount,
      decimalComma: c.decimalComma,
    })),
    defaultTimeZone,
    previewRows: staged.previewRows,
    suggestedTimeColumn: staged.suggestedTimeColumn,
    warnings: staged.warnings,
    badRows: staged.badRows,
    badRowCount: staged.badRowCount,
  };
}
