import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { main, nodeIo, type CliIo } from './sim';
import { pdfPageCount, pdfText } from './pdfText';
// @ts-expect-error plain ESM helper shared with scripts/find-chromium.mjs
import { findChromium as findChromiumUntyped } from '../../scripts/chromium-path.mjs';
import { APP_VERSION, drillReportHtml, runDrill } from '../report';
import { templateById } from '../templates';

const findChromium = findChromiumUntyped as () => string | undefined;
const S5 = 'src/cli/examples/weblogic-s5.faults.json';

/** The CLI in-process: files it writes are kept in memory, the date is the one given. */
function run(argv: string[], date = new Date(Date.UTC(2026, 11, 2)), renderPdf?: CliIo['renderPdf']) {
  const files = new Map<string, string>();
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    readFile: (path) => readFileSync(path, 'utf8'),
    writeFile: (path, text) => void files.set(path, text),
    now: () => 0,
    date: () => date,
    ...(renderPdf ? { renderPdf } : {}),
  };
  return { code: main(argv, io), files, out: out.join('\n'), err: err.join('\n') };
}

/** A report without its date line: what must be byte-identical between two runs (and the app's). */
const withoutDate = (html: string) => html.split('\n').filter((line) => !line.startsWith('<p class="date">')).join('\n');

describe('sim --report (issue 16)', () => {
  it('writes the same report for the same design, faults and seed, byte for byte except the date line, and the same as the app builds', { timeout: 60_000 }, () => {
    const argv = ['--template', 'weblogic-maa', '--faults', S5, '--report', 'r.html', '--lang', 'ja'];
    const a = run(argv);
    const b = run(argv, new Date(Date.UTC(2031, 5, 30, 12)));
    expect(a.code).toBe(0);
    expect(a.out).toMatch(/^wrote r\.html \(ja report, \d+ kB\)$/);
    const [ha, hb] = [a.files.get('r.html')!, b.files.get('r.html')!];
    expect(ha).not.toBe(hb);
    expect(withoutDate(ha)).toBe(withoutDate(hb));
    // The app's File → Report calls the same function on a re-run of the same design, script and seed.
    const design = templateById('weblogic-maa')!.design;
    const faults = [{ atMs: 20_000, fault: { kind: 'siteDown' as const, target: 'site1' } }];
    const app = drillReportHtml({ design, faults, run: runDrill(design, faults, design.seed), lang: 'ja', date: new Date(), appVersion: APP_VERSION });
    expect(withoutDate(app)).toBe(withoutDate(ha));
  });

  it('writes the CSV files, and with --sweep-failures adds the matrix to the report', { timeout: 60_000 }, () => {
    const r = run(['--template', 'ontime-minimal', '--faults', 'src/cli/examples/ontime-s1.faults.json', '--report', 'r.html', '--sweep-failures', '--events-csv', 'e.csv', '--metrics-csv', 'm.csv']);
    expect(r.code).toBe(0);
    expect(r.files.get('e.csv')).toMatch(/^\uFEFFtime_ms,seconds,id,type,subject,event,cause_id\r\n0,0\.000,1,run\.started,/);
    expect(r.files.get('m.csv')).toMatch(/^\uFEFFtime_ms,/);
    expect(r.files.get('r.html')).toContain('<section id="sweep" class="page">');
    expect(r.err).toMatch(/sweep: 100 %/);
  });

  it('refuses what it cannot do, in one line', () => {
    expect(run(['--template', 'weblogic-maa', '--report', 'r.html', '--lang', 'fr']).err).toBe('sim: --lang: expected en or ja, got "fr"');
    expect(run(['--template', 'weblogic-maa', '--report', 'r.pdf', '--paper', 'a3']).err).toBe('sim: --paper: expected a4 or letter, got "a3"');
    expect(run(['--template', 'weblogic-maa', '--events-csv', 'e.csv', '--availability']).err).toBe('sim: --sweep-failures, --availability and --compare go into the report: add --report FILE');
  });

  it('without a Chromium, --report x.pdf writes the HTML instead and says how to print it', () => {
    const r = run(['--template', 'weblogic-maa', '--faults', S5, '--report', 'out/r.pdf'], undefined, () => false);
    expect(r.code).toBe(0);
    expect(r.files.has('out/r.html')).toBe(true);
    expect(r.err).toBe('sim: no Chromium found to print out/r.pdf: open out/r.html in a browser and print it to PDF (or set CHROMIUM_PATH, or run npx playwright install chromium)');
  });

  // Needs the Chromium `npm test` installs (scripts/find-chromium.mjs runs first); one browser launch, a few seconds.
  it.runIf(findChromium() !== undefined)('prints the S5 report to a PDF of several pages whose text is the report', { timeout: 60_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'drill-'));
    const path = join(dir, 's5.pdf');
    const out: string[] = [];
    const code = main(['--template', 'weblogic-maa', '--faults', S5, '--report', path, '--paper', 'letter'], { ...nodeIo, out: (t) => out.push(t) });
    expect(code).toBe(0);
    expect(out).toEqual([`wrote ${path} (en report, PDF, Letter)`]);
    expect(existsSync(path)).toBe(true);
    const pdf = readFileSync(path);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const pages = pdfPageCount(pdf);
    expect(pages).toBeGreaterThan(1);
    const text = pdfText(pdf).replace(/\s+/g, '');
    for (const phrase of ['Failover drill report', '2 of 3 recoveries missed their targets', 'F1 at +20 s: power failure of site Site 1', 'DB standby is now the primary database', 'WL-14', `1 / ${pages}`, `${pages} / ${pages}`]) {
      expect(text, phrase).toContain(phrase.replace(/\s+/g, ''));
    }
  });
});
