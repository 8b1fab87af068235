import { describe, expect, it } from 'vitest';
import { sweepFailures, type Fault } from '../engine';
import { templateById } from '../templates';
import { csvField, csvText } from './csv';
import { APP_VERSION, drillEventsCsv, drillMetricsCsv, drillReportHtml, runDrill, type ReportLanguage } from '.';

const maa = templateById('weblogic-maa')!.design;
/** DOMAIN.md S5 as the app's demo scripts it: site 1 fails 20 s in. */
const S5 = [{ atMs: 20_000, fault: { kind: 'siteDown', target: 'site1' } as Fault }];
const run = runDrill(maa, S5, maa.seed);
const DATE = new Date(Date.UTC(2026, 11, 2, 5, 0));
const report = (lang: ReportLanguage, date = DATE, extra = {}) => drillReportHtml({ design: maa, faults: S5, run, lang, date, timeZone: 'UTC', appVersion: APP_VERSION, ...extra });
/** The text a reader sees: tags dropped, entities of the report's escaping undone. */
const text = (html: string) => html.replace(/<style>[\s\S]*?<\/style>/, '').replace(/<[^>]+>/g, ' ').replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&').replace(/\s+/g, ' ');

describe('drill report (issue 16)', () => {
  it('S5 on the MAA template: cover, verdict, RTO/RPO against the targets with pass/fail, lanes, causes, parameters, event log', () => {
    const html = report('en');
    const body = text(html);
    expect(body).toContain('Failover drill report');
    expect(body).toContain(maa.name);
    expect(body).toContain(`Seed 3 Failover Lab version ${APP_VERSION} Simulated time 10 min`);
    expect(body).toContain('2 of 3 recoveries missed their targets: F1 Site 1: restored after the RTO; F1 Whole system: restored after the RTO.');
    expect(body).toContain('F1 at +20 s: power failure of site Site 1');
    expect(body).toContain('Service back after 3 min (RTO of every impact 3 min); RPO 0 s.');
    // Site 2's users are back in 39 s (within the 2 min target); site 1's wait for the GLB's TTL (3 min): FAIL.
    expect(body).toMatch(/Site 1 2 min 59 s 3 min 0 s 2 min \/ 0 s FAIL restored after the RTO/);
    expect(body).toMatch(/Site 2 38 s 39 s 0 s 2 min \/ 0 s PASS/);
    expect(body).toMatch(/Database role \+1 s — \+39 s — 42 s/);
    expect(body).toContain('DB standby is now the primary database');
    expect(body).toContain('← because of #47: Failover to DB standby started by Site Guard 2');
    expect(body).toContain('Role transition time = 8 s');
    // Appendix: the template's Table 6-1 settings differ from WebLogic's defaults (WL-14), with their source.
    expect(body).toMatch(/Admin Server Database leasing connection retries 5 times 1 times Source document WL-14/);
    expect(html.match(/<tr>/g)!.length).toBeGreaterThan(run.events.length);
    // Pictures inline, nothing fetched: every request is refused by the page's own policy.
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`);
    expect(html).not.toMatch(/\s(src|href)=|url\(|@import/);
    expect(html.match(/<svg /g)!.length).toBe(4);
  });

  it('is the same bytes for the same design, faults and seed, except the one date line', { timeout: 30_000 }, () => {
    const a = report('en').split('\n');
    const b = drillReportHtml({ design: maa, faults: S5, run: runDrill(maa, S5, maa.seed), lang: 'en', date: new Date(Date.UTC(2030, 0, 1)), timeZone: 'Asia/Tokyo', appVersion: APP_VERSION }).split('\n');
    expect(b).toHaveLength(a.length);
    const differ = a.flatMap((line, i) => (line === b[i] ? [] : [line]));
    expect(differ).toEqual(['<p class="date">Date: December 2, 2026 at 5:00 AM</p>']);
  });

  it('in Japanese: the dictionary, durations and numbers and the date as Japanese readers write them', () => {
    const html = report('ja');
    const body = text(html);
    expect(html).toContain('<html lang="ja">');
    expect(body).toContain('フェイルオーバー訓練レポート');
    expect(body).toContain('作成日時: 2026年12月2日 5:00');
    expect(body).toContain('3件中2件の復旧が目標未達');
    expect(body).toMatch(/Site 1 2分59秒 3分 0秒 2分 \/ 0秒 不合格 RTOを過ぎてから復旧/);
    expect(body).toMatch(/Site 2 38秒 39秒 0秒 2分 \/ 0秒 合格/);
    expect(body).toContain('+1分35秒');
    expect(body).not.toContain('undefined');
  });

  it('lists the design checks with their behaviour IDs, the nodes and the fixes', () => {
    const mistakes = templateById('weblogic-mistakes')!.design;
    const html = drillReportHtml({ design: mistakes, faults: [], run: runDrill(mistakes, [], mistakes.seed, 60_000), lang: 'en', date: DATE, timeZone: 'UTC', appVersion: 'test' });
    const checks = text(/<section id="checks">[\s\S]*?<\/section>/.exec(html)![0]);
    for (const id of ['WL-3', 'WL-5, WL-8', 'WL-10', 'WL-12']) expect(checks).toContain(id);
    expect(checks).toMatch(/Fix/);
    expect(text(html)).toContain('No fault was injected: this report describes the design and its checks only.');
  });

  it('adds the single-failure matrix when it was computed', { timeout: 30_000 }, () => {
    const minimal = templateById('ontime-minimal')!.design;
    const sweep = sweepFailures(minimal, { seed: minimal.seed });
    const html = drillReportHtml({ design: minimal, faults: [], run: runDrill(minimal, [], minimal.seed, 60_000), lang: 'en', date: DATE, timeZone: 'UTC', appVersion: 'test', analysis: { sweep } });
    expect(html).toContain('<section id="sweep" class="page">');
    expect(text(html)).toContain(`${sweep.rows.length} single failures, each run from seed ${minimal.seed}`);
    expect(html).not.toContain('id="availability"');
  });
});

describe('CSV exports (issue 16)', () => {
  it('quotes fields as RFC 4180 says, starts with a BOM and ends lines with CRLF', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\r')).toBe('"cr\r"');
    expect(csvText(['a', 'b'], [[1, 'x,y']])).toBe('\uFEFFa,b\r\n1,"x,y"\r\n');
  });

  it('the event log in Japanese and the metric samples, one row each', () => {
    const events = drillEventsCsv(maa, run, 'ja');
    expect(events.startsWith('\uFEFF時刻_ms,秒,ID,種類,対象,イベント,原因ID\r\n')).toBe(true);
    expect(events.split('\r\n')).toHaveLength(run.events.length + 2);
    expect(events).toContain('20000,20.000,2,fault.injected,site1,障害注入: サイト Site 1 の電源断,');
    // The design's name holds a comma: quoted.
    expect(events).toContain(`,"${maa.name}",`);
    const metrics = drillMetricsCsv(run, 'en').split('\r\n');
    expect(metrics[0]).toBe(`\uFEFFtime_ms,${run.samples.keys.join(',')}`);
    expect(metrics).toHaveLength(run.samples.rows.length + 2);
  });
});
