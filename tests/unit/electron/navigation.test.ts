import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { WebContents } from 'electron';
import { guardAllWebContents, hardenWebContents } from '../../../electron/main/navigation';
import { app, FakeWebContents, resetFakeElectron } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

const navigate = (contents: FakeWebContents, event: string, url: string) => {
  const e = { url, preventDefault: vi.fn() };
  contents.emit(event, e, url);
  return e.preventDefault;
};

describe('navigation guards', () => {
  beforeEach(resetFakeElectron);

  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])('%s away from app://cvault/ is prevented', (event) => {
    const contents = new FakeWebContents();
    hardenWebContents(contents as unknown as WebContents);
    for (const url of [
      'https://example.com/',
      'http://127.0.0.1:4477/',
      'file:///etc/passwd',
      'app://cvault.evil.example/',
      'app://other/index.html',
      'javascript:alert(1)',
      'data:text/html,<script>1</script>',
    ]) {
      expect(navigate(contents, event, url)).toHaveBeenCalled();
    }
    expect(navigate(contents, event, 'app://cvault/index.html')).not.toHaveBeenCalled();
  });

  it('denies window.open whatever the URL', () => {
    const contents = new FakeWebContents();
    hardenWebContents(contents as unknown as WebContents);
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: 'app://cvault/index.html' })).toEqual({ action: 'deny' });
  });

  it('prevents attaching a <webview>', () => {
    const contents = new FakeWebContents();
    hardenWebContents(contents as unknown as WebContents);
    const e = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', e, {}, { src: 'https://example.com/' });
    expect(e.preventDefault).toHaveBeenCalled();
  });

  it('guards every web contents the app creates', () => {
    guardAllWebContents();
    const contents = new FakeWebContents();
    app.emit('web-contents-created', { preventDefault: vi.fn() }, contents);
    expect(navigate(contents, 'will-navigate', 'https://example.com/')).toHaveBeenCalled();
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
  });
});
