// Feature detection of ExcelApi requirement sets. The add-in's entry passes Office's
// `context.requirements.isSetSupported` (src/excel/officeContext.ts); without one (simulated host in
// tests, CLI, playground) every set the simulator implements is assumed, and so it is when Office does
// not even report ExcelApi 1.1: then we are not talking to a real Excel. Nothing here reads the global.

export type ApiSupport = (version: string) => boolean;

export type IsSetSupported = (name: string, version: string) => boolean;

export function excelApiSupport(isSetSupported?: IsSetSupported): ApiSupport {
  if (typeof isSetSupported !== 'function') return () => true;
  let inExcel = false;
  try {
    inExcel = isSetSupported('ExcelApi', '1.1');
  } catch {
    inExcel = false;
  }
  if (!inExcel) return () => true;
  return (version) => {
    try {
      return isSetSupported('ExcelApi', version);
    } catch {
      return false;
    }
  };
}
