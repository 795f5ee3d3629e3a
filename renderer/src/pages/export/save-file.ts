/**
 * Hands a file to the browser's download (Electron: its save dialog). The object URL lives only
 * until the click has been handled: nothing stays behind in the page.
 */
export const saveFile = (data: Uint8Array<ArrayBuffer> | string, fileName: string, mime: string): void => {
  const url = URL.createObjectURL(new Blob([data], { type: mime }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
};
