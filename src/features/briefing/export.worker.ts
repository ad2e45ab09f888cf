/// <reference lib="webworker" />
import { exportWriter, type WriterMessage } from './export-writer';

// Writing a large export's text takes seconds: here, beside the page, not on it.
const write = exportWriter((r) => (self as unknown as Worker).postMessage(r));
self.onmessage = (e: MessageEvent<WriterMessage>) => write(e.data);
