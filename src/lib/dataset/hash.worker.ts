/// <reference lib="webworker" />
import { sha256Hex, type HashRequest } from './sha256';

self.onmessage = (e: MessageEvent<HashRequest>) => {
  sha256Hex(e.data).then(
    (hex) => self.postMessage({ hex }),
    (err: Error) => self.postMessage({ error: err.message }),
  );
};
