/**
 * Bytes to base64 for the contract (files travel base64-encoded over IPC and HTTP alike).
 * Chunked, because String.fromCharCode(...bytes) overflows the call stack on large files.
 */
export const bytesToBase64 = (bytes: Uint8Array): string => {
  const CHUNK = 0x8000;
  let binary = '';
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary);
};
