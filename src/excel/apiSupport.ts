// Feature detection of ExcelApi requirement sets. In Office, Office.context.requirements answers;
// outside Office (simulated host in tests, CLI, playground) every set the simulator implements is
// assumed: when Office does not even report ExcelApi 1.1 we are not talking to a real Excel.

export type ApiSupport = (version: string) => boolean;

interface OfficeLike {
  context?: { requirements?: { isSetSupported?: (name: string, version?: string) => boolean } };
}

export function excelApiSupport(): ApiSupport {
  const office = (globalThis as { Office?: OfficeLike }).Office;
  const isSetSupported = office?.context?.requirements?.isSetSupported;
  if (typeof isSetSupported !== 'function') return () => true;
  let inExcel = false;
  try {
    inExcel = isSetSupported.call(office!.context!.requirements, 'ExcelApi', '1.1');
  } catch {
    inExcel = false;
  }
  if (!inExcel) return () => true;
  return (version) => {
    try {
      return isSetSupported.call(office!.context!.requirements, 'ExcelApi', version);
    } catch {
      return false;
    }
  };
}
