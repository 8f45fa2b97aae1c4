import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CdpPipe } from './cdp-pipe';
import { NoPrinterError, type PdfPrinter } from './printer';

export const CHROMIUM_ENV = 'POSTMORTEM_STUDIO_CHROMIUM';

/** Where Chromium or Chrome usually lives, Debian's first. */
const CANDIDATES: Record<string, string[]> = {
  linux: [
    '/usr/lib/chromium/chromium',
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/snap/bin/chromium',
  ],
  darwin: [
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
  ],
  win32: [
    'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
    'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
    'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
  ],
};

export function findChromium(
  env: Readonly<Record<string, string | undefined>> = process.env,
  candidates: readonly string[] = CANDIDATES[os.platform()] ?? [],
): string {
  const named = env[CHROMIUM_ENV];
  if (named) {
    if (fs.existsSync(named)) return named;
    throw new NoPrinterError(
      `${CHROMIUM_ENV} names ${named}, which does not exist: fix the path or unset it.`,
    );
  }
  const found = candidates.find((p) => fs.existsSync(p));
  if (found) return found;
  throw new NoPrinterError(
    `No Chromium or Chrome found on this machine to print the PDF: install one (Debian: apt-get install chromium) or name it in ${CHROMIUM_ENV}; the Markdown export needs no browser.`,
  );
}

/**
 * Prints with a headless Chromium found on the machine, over a pipe: script execution is switched
 * off and every request but the page's own file is refused, on top of the page's own CSP.
 */
export async function openChromiumPrinter(
  executable = findChromium(),
): Promise<PdfPrinter & { blocked: string[] }> {
  const cdp = CdpPipe.launch(executable);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-report-'));
  const blocked: string[] = [];
  let count = 0;
  try {
    const { targetId } = (await cdp.send('Target.createTarget', { url: 'about:blank' })) as {
      targetId: string;
    };
    const { sessionId } = (await cdp.send('Target.attachToTarget', {
      targetId,
      flatten: true,
    })) as { sessionId: string };
    await cdp.send('Page.enable', {}, sessionId);
    await cdp.send('Emulation.setScriptExecutionDisabled', { value: true }, sessionId);
    let allowed = '';
    cdp.on('Fetch.requestPaused', (params, sid) => {
      if (sid !== sessionId) return;
      const { requestId, request } = params as { requestId: string; request: { url: string } };
      if (request.url === allowed)
        void cdp.send('Fetch.continueRequest', { requestId }, sessionId).catch(() => {});
      else {
        blocked.push(request.url);
        void cdp
          .send('Fetch.failRequest', { requestId, errorReason: 'BlockedByClient' }, sessionId)
          .catch(() => {});
      }
    });
    await cdp.send('Fetch.enable', { patterns: [{ urlPattern: '*' }] }, sessionId);
    return {
      blocked,
      async print(html, pass = 'final') {
        const file = path.join(dir, `report-${++count}.html`);
        fs.writeFileSync(file, html);
        allowed = pathToFileURL(file).href;
        const loaded = cdp.once('Page.loadEventFired', sessionId);
        await cdp.send('Page.navigate', { url: allowed }, sessionId);
        await loaded;
        const { data } = (await cdp.send(
          'Page.printToPDF',
          {
            preferCSSPageSize: true,
            printBackground: true,
            // The layout pass is read for its named destinations only: tags and outline are
            // for the file the user gets (they cost a fifth of a printing).
            generateDocumentOutline: pass === 'final',
            generateTaggedPDF: pass === 'final',
            transferMode: 'ReturnAsBase64',
          },
          sessionId,
        )) as { data: string };
        fs.rmSync(file, { force: true });
        return new Uint8Array(Buffer.from(data, 'base64'));
      },
      async close() {
        await cdp.close();
        fs.rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await cdp.close();
    fs.rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}
