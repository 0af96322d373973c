// Errors shaped like OfficeExtension.Error (runtime name "RichApi.Error"): a stable `code`, an English
// `message` (Excel localizes it; codes are never localized) and `debugInfo.errorLocation`.

export const HostErrorCodes = {
  accessDenied: 'AccessDenied',
  apiNotFound: 'ApiNotFound',
  generalException: 'GeneralException',
  invalidArgument: 'InvalidArgument',
  invalidOperation: 'InvalidOperation',
  invalidReference: 'InvalidReference',
  invalidRequest: 'InvalidRequest',
  invalidSelection: 'InvalidSelection',
  itemAlreadyExists: 'ItemAlreadyExists',
  itemNotFound: 'ItemNotFound',
  notImplemented: 'NotImplemented',
  rangeExceedsLimit: 'RangeExceedsLimit',
  operationCellsExceedLimit: 'OperationCellsExceedLimit',
  requestPayloadSizeLimitExceeded: 'RequestPayloadSizeLimitExceeded',
  responsePayloadSizeLimitExceeded: 'ResponsePayloadSizeLimitExceeded',
  emptyChartSeries: 'EmptyChartSeries',
  // proxy-side (OfficeExtension.ErrorCodes)
  propertyNotLoaded: 'PropertyNotLoaded',
  valueNotLoaded: 'ValueNotLoaded',
  invalidObjectPath: 'InvalidObjectPath',
  invalidRequestContext: 'InvalidRequestContext',
  runMustReturnPromise: 'RunMustReturnPromise',
  cannotRegisterEvent: 'CannotRegisterEvent',
  connectionFailure: 'ConnectionFailure',
} as const;

export type HostErrorCode = (typeof HostErrorCodes)[keyof typeof HostErrorCodes];

const MESSAGES: Record<string, string> = {
  AccessDenied: 'You cannot perform the requested operation.',
  GeneralException: 'An internal error has occurred while processing the request.',
  InvalidArgument: 'The argument is invalid or missing or has an incorrect format.',
  InvalidOperation: 'The requested operation is invalid.',
  InvalidReference: 'This reference is not valid for the current operation.',
  InvalidRequest: 'Cannot process the request.',
  ItemAlreadyExists: 'A resource with the same name or identifier already exists.',
  ItemNotFound: "The requested resource doesn't exist.",
  NotImplemented: "The requested feature isn't implemented.",
  RangeExceedsLimit: 'The cell count in the range has exceeded the maximum supported number.',
  OperationCellsExceedLimit: 'The operation attempted affects more than the limit of cells.',
  RequestPayloadSizeLimitExceeded: 'The request payload size has exceeded the limit.',
  ResponsePayloadSizeLimitExceeded: 'The response payload size has exceeded the limit.',
  EmptyChartSeries: 'The attempted operation failed because the chart series is empty.',
  PropertyNotLoaded:
    "The property '{0}' is not available. Before reading the property's value, call the load method on the containing object and call \"context.sync()\" on the associated request context.",
  ValueNotLoaded:
    'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.',
  InvalidObjectPath:
    "The object path '{0}' isn't working for what you're trying to do. If you're using the object across multiple \"context.sync\" calls and outside the sequential execution of a \".run\" batch, please use the \"context.trackedObjects.add()\" and \"context.trackedObjects.remove()\" methods to manage the object's lifetime.",
  InvalidRequestContext: 'Cannot use the object across different request contexts.',
  RunMustReturnPromise:
    'The batch function passed to the ".run" method didn\'t return a promise. The function must return a promise, so that any automatically-tracked objects can be released at the completion of the batch operation. Typically, you return a promise by returning the response from "context.sync()".',
  CannotRegisterEvent: 'The event handler cannot be registered.',
  ConnectionFailure: 'The connection to Excel was lost.',
};

export function messageFor(code: string, arg = ''): string {
  return (MESSAGES[code] ?? MESSAGES.GeneralException).replace('{0}', arg);
}

export interface HostDebugInfo {
  code: string;
  message: string;
  errorLocation?: string;
  statement?: string;
}

/** Like OfficeExtension.Error: `name` is "RichApi.Error" at run time, as in Office.js. */
export class OfficeExtensionError extends Error {
  readonly code: string;
  readonly debugInfo: HostDebugInfo;
  readonly traceMessages: string[] = [];
  readonly innerError: unknown = null;

  constructor(code: string, message?: string, debugInfo?: Partial<HostDebugInfo>) {
    super(message ?? messageFor(code));
    this.name = 'RichApi.Error';
    this.code = code;
    this.debugInfo = { code, message: this.message, ...debugInfo };
  }

  override toString(): string {
    return `${this.code}: ${this.message}`;
  }
}

/** Thrown by the model while a batch runs; the context turns it into an OfficeExtensionError at sync. */
export class HostError extends Error {
  /** The API member that failed when it is not the queued command itself (e.g. WorksheetCollection.getItem). */
  location?: string;
  constructor(
    readonly code: string,
    readonly detail?: string,
  ) {
    super(detail ?? messageFor(code));
    this.name = 'HostError';
  }
}

export function fail(code: string, detail?: string): never {
  throw new HostError(code, detail);
}
