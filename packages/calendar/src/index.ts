export { CalendarError, type CalendarErrorCode } from './errors.js';
export {
  compareDates,
  dateParts,
  daysInMonth,
  formatDate,
  fromDayNumber,
  isCivilDate,
  isLeapYear,
  MAX_DAY_NUMBER,
  MAX_YEAR,
  MIN_DAY_NUMBER,
  MIN_YEAR,
  requireCivilDate,
  toDayNumber,
  type CivilDate,
  type DateParts,
} from './civil-date.js';
export { addDays, addMonths, addYears, dayOfWeek, daysBetween } from './date-arithmetic.js';
export { addMonthsToDayNumber, clampedDayNumber, partsFromDayNumber } from './day-numbers.js';
export { DURATION_UNITS, hasCalendarUnits, lastDayOfPeriod, MAX_DURATION_AMOUNT, requireDuration, type Duration } from './duration.js';
export { isValidTimeZone, requireTimeZone } from './time-zone.js';
export { MAX_INSTANT_MS, MIN_INSTANT_MS, requireInstant } from './instant.js';
export { zoneClock, type ZoneClock } from './zone-clock.js';
export { endOfDay, localDate, startOfDay } from './local-date.js';
export { formatInZone } from './format-in-zone.js';
export { periodEnd, periodEndFunction, type PeriodEnd, type PeriodEndFunction } from './period-end.js';
export { holidayList, NO_PUBLIC_HOLIDAYS, requireHolidayCalendar, type HolidayCalendar } from './holiday-calendar.js';
export { addWorkingDays, closedBecause, countWorkingDays, isWorkingDay, MAX_NON_WORKING_RUN, nextWorkingDay } from './working-days.js';
export { euPeriod, type EuPeriod, type EuPeriodOptions } from './eu-period.js';
export { compareDurations, compareDurationsFrom, type DurationOrder } from './compare-durations.js';
