/**
 * Every time the desk and the site print, on the newsroom's clock (its time-zone setting), never the
 * browser's or the server's: a remote editor, the night desk and the scheduler all read "09:00" the same
 * way. One module, so no screen formats a time on its own. Formatters are made once per zone and kept
 * (building an Intl.DateTimeFormat costs more than formatting with one).
 */
export type NewsroomClock = {
  readonly timeZone: string;
  /** "06:52": beside other times of the same day. */
  time: (date: Date) => string;
  /** "25 Nov 2026, 09:00": the desk's compact form. */
  dateTime: (date: Date) => string;
  /** "Tuesday, 15 October 2024, 04:58": as newsrooms print it on the site. */
  long: (date: Date) => string;
  /** "25 Nov 2026, 09:00 (Europe/Kyiv)": where the reader may be elsewhere (a link sent on, an audit). */
  dateTimeWithZone: (date: Date) => string;
};

const clocks = new Map<string, NewsroomClock>();

export function newsroomClock(timeZone: string): NewsroomClock {
  let clock = clocks.get(timeZone);
  if (!clock) {
    clock = makeClock(timeZone);
    clocks.set(timeZone, clock);
  }
  return clock;
}

function makeClock(timeZone: string): NewsroomClock {
  const time = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone });
  const compact = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone });
  const long = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  return {
    timeZone,
    time: (date) => time.format(date),
    dateTime: (date) => compact.format(date),
    long: (date) => {
      const parts = long.formatToParts(date);
      const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
      return `${part('weekday')}, ${part('day')} ${part('month')} ${part('year')}, ${part('hour')}:${part('minute')}`;
    },
    dateTimeWithZone: (date) => `${compact.format(date)} (${timeZone})`,
  };
}

/** "Tuesday, 15 October 2024, 04:58" in the newsroom's time zone, as newsrooms print it. */
export function formatNewsroomTime(date: Date, timeZone: string): string {
  return newsroomClock(timeZone).long(date);
}

/** The desk's compact form (25 Nov 2026, 09:00) on the newsroom's clock. */
export function newsroomTimeFormat(timeZone: string): (date: Date) => string {
  return newsroomClock(timeZone).dateTime;
}

/** An ISO instant as stored in an audit entry's before/after ("2026-11-25T07:00:00.000Z"). */
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** A stored value for people: an ISO instant on the newsroom's clock, anything else as it is. */
export function newsroomInstantOrText(value: string, timeZone: string): string {
  return ISO_INSTANT.test(value) ? newsroomClock(timeZone).dateTime(new Date(value)) : value;
}
