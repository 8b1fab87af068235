import type { TFunction } from 'i18next';
import type { ReportLanguage } from './translate';

/**
 * Numbers, durations and dates in the report's language. Numbers go through Intl; duration units come from the
 * dictionary ("1 min 35 s", "1分35秒") rather than Intl's unit styles, whose narrow forms differ between ICU
 * versions (Node and the browser must write the same bytes).
 */
export interface Formatter {
  lang: ReportLanguage;
  number(value: number, maxFractionDigits?: number): string;
  /** 0.99981 → "99.9810%" with `digits` decimals. */
  percent(value: number, digits?: number): string;
  /** A span of simulated time: "1 min 35 s", "350 ms", "0 s". */
  duration(ms: number): string;
  /** Time since a fault: "+1 min 35 s". */
  after(ms: number): string;
  /** Simulated clock with milliseconds: "0:01:35.003". */
  clock(ms: number): string;
  /** The report's date (the only thing that is not the same every time). */
  date(date: Date, timeZone?: string): string;
}

export function formatter(lang: ReportLanguage, t: TFunction): Formatter {
  const numberFormats = new Map<number, Intl.NumberFormat>();
  const number = (value: number, maxFractionDigits = 3) => {
    let f = numberFormats.get(maxFractionDigits);
    if (!f) numberFormats.set(maxFractionDigits, (f = new Intl.NumberFormat(lang, { maximumFractionDigits: maxFractionDigits })));
    return f.format(value);
  };
  const unit = (key: string, n: number) => t(`drill.unit.${key}`, { n: number(n) });
  const duration = (ms: number) => {
    if (!Number.isFinite(ms)) return '—';
    if (ms === 0) return unit('s', 0);
    if (Math.abs(ms) < 1000) return unit('ms', ms);
    const h = Math.floor(ms / 3_600_000);
    const m = Math.floor((ms % 3_600_000) / 60_000);
    const s = (ms % 60_000) / 1000;
    const parts = [h > 0 ? unit('h', h) : '', m > 0 ? unit('min', m) : '', s > 0 ? unit('s', s) : ''].filter(Boolean);
    // "1 min 35 s", but "1分35秒": Japanese writes the parts of a duration without spaces.
    return parts.join(lang === 'ja' ? '' : ' ');
  };
  return {
    lang,
    number,
    percent: (value, digits = 2) => `${new Intl.NumberFormat(lang, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value * 100)}%`,
    duration,
    after: (ms) => `+${duration(ms)}`,
    clock: (ms) => {
      const total = Math.max(0, Math.floor(ms));
      const pad = (n: number, w = 2) => String(n).padStart(w, '0');
      return `${Math.floor(total / 3_600_000)}:${pad(Math.floor((total % 3_600_000) / 60_000))}:${pad(Math.floor((total % 60_000) / 1000))}.${pad(total % 1000, 3)}`;
    },
    date: (date, timeZone) => new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeStyle: 'short', ...(timeZone ? { timeZone } : {}) }).format(date),
  };
}
