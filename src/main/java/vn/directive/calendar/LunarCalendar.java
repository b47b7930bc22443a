package vn.directive.calendar;

import java.time.LocalDate;

/**
 * The Vietnamese lunisolar calendar after Hồ Ngọc Đức's astronomical method: months start at the new
 * moon, the 11th month holds the winter solstice, and a 13-month year leaps the first month without a
 * major solar term. Everything is reckoned in local time, so the time zone matters: Vietnam (UTC+7) and
 * China (UTC+8) disagree whenever a new moon falls between 16:00 and 17:00 UTC, which is why a Chinese
 * calendar library cannot stand in for this one.
 */
public final class LunarCalendar {

    /** Vietnam's calendar, reckoned at UTC+7. */
    public static final LunarCalendar VIETNAM = new LunarCalendar(7);

    /** Julian day number of 1970-01-01, to convert from {@link LocalDate#toEpochDay()}. */
    private static final long EPOCH_JDN = 2_440_588;
    /** Julian day of the new moon of 1900-01-01, the origin of the lunation count k. */
    private static final double NEW_MOON_1900 = 2_415_021.076998695;
    private static final double SYNODIC_MONTH = 29.530588853;
    private static final double RAD = Math.PI / 180;

    private final double zoneHours;

    public LunarCalendar(double zoneHours) {
        this.zoneHours = zoneHours;
    }

    /** A day of the lunar calendar; {@code leap} marks the repeated (nhuận) month. */
    public record LunarDate(int year, int month, int day, boolean leap) {
    }

    public LunarDate toLunar(LocalDate date) {
        long dayNumber = jdn(date);
        // the mean lunation is only an estimate: step to the true new moon on or before the day
        long k = (long) Math.floor((dayNumber - NEW_MOON_1900) / SYNODIC_MONTH);
        while (newMoonDay(k + 1) <= dayNumber) {
            k++;
        }
        while (newMoonDay(k) > dayNumber) {
            k--;
        }
        long monthStart = newMoonDay(k);
        int year = date.getYear();
        long a11 = lunarMonth11(year);
        long b11 = a11;
        int lunarYear;
        if (a11 >= monthStart) {
            lunarYear = year;
            a11 = lunarMonth11(year - 1);
        } else {
            lunarYear = year + 1;
            b11 = lunarMonth11(year + 1);
        }
        int day = (int) (dayNumber - monthStart + 1);
        int diff = (int) Math.floor((monthStart - a11) / 29.0);
        boolean leap = false;
        int month = diff + 11;
        if (b11 - a11 > 365) {
            int leapDiff = leapMonthOffset(a11);
            if (diff >= leapDiff) {
                month = diff + 10;
                leap = diff == leapDiff;
            }
        }
        if (month > 12) {
            month -= 12;
        }
        if (month >= 11 && diff < 4) {
            lunarYear -= 1;
        }
        return new LunarDate(lunarYear, month, day, leap);
    }

    /** The solar date of a lunar date; a leap month that the year does not have is refused. */
    public LocalDate toSolar(LunarDate lunar) {
        long a11;
        long b11;
        if (lunar.month() < 11) {
            a11 = lunarMonth11(lunar.year() - 1);
            b11 = lunarMonth11(lunar.year());
        } else {
            a11 = lunarMonth11(lunar.year());
            b11 = lunarMonth11(lunar.year() + 1);
        }
        long k = (long) Math.floor(0.5 + (a11 - NEW_MOON_1900) / SYNODIC_MONTH);
        int offset = Math.floorMod(lunar.month() - 11, 12);
        if (b11 - a11 > 365) {
            int leapOffset = leapMonthOffset(a11);
            int leapMonth = Math.floorMod(leapOffset - 2, 12);
            if (lunar.leap() && lunar.month() != leapMonth) {
                throw new IllegalArgumentException("Lunar year " + lunar.year() + " has no leap month " + lunar.month());
            }
            if (lunar.leap() || offset >= leapOffset) {
                offset += 1;
            }
        } else if (lunar.leap()) {
            throw new IllegalArgumentException("Lunar year " + lunar.year() + " has no leap month");
        }
        return date(newMoonDay(k + offset) + lunar.day() - 1);
    }

    /** Mùng 1 Tết: the first day of the first (non-leap) month of the lunar year. */
    public LocalDate newYear(int lunarYear) {
        return toSolar(new LunarDate(lunarYear, 1, 1, false));
    }

    /** The day, in this calendar's zone, of the k-th new moon after 1900-01-01. */
    private long newMoonDay(long k) {
        return (long) Math.floor(newMoon(k) + 0.5 + zoneHours / 24);
    }

    /** The first day of the 11th lunar month (the one holding the winter solstice) of a solar year. */
    private long lunarMonth11(int year) {
        long off = jdn(LocalDate.of(year, 12, 31)) - 2_415_021;
        long k = (long) Math.floor(off / SYNODIC_MONTH);
        long nm = newMoonDay(k);
        if (sunSector(nm) >= 9) {
            nm = newMoonDay(k - 1);
        }
        return nm;
    }

    /** Months after month 11 until the leap one: the first month in which the sun enters no new sector. */
    private int leapMonthOffset(long a11) {
        long k = (long) Math.floor((a11 - NEW_MOON_1900) / SYNODIC_MONTH + 0.5);
        int i = 1;
        int arc = sunSector(newMoonDay(k + i));
        int last;
        do {
            last = arc;
            i++;
            arc = sunSector(newMoonDay(k + i));
        } while (arc != last && i < 14);
        return i - 1;
    }

    /** Which of the 12 thirty-degree sectors (major solar terms) the sun is in at the start of a local day. */
    private int sunSector(long dayNumber) {
        return (int) Math.floor(sunLongitude(dayNumber - 0.5 - zoneHours / 24) / Math.PI * 6);
    }

    /** Julian day of the k-th new moon after 1900-01-01 (Meeus, "Astronomical Algorithms"). */
    private static double newMoon(long k) {
        double t = k / 1236.85;
        double t2 = t * t;
        double t3 = t2 * t;
        double jd1 = 2_415_020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3
                + 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * RAD);
        double m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3;
        double mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3;
        double f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3;
        double c1 = (0.1734 - 0.000393 * t) * Math.sin(m * RAD) + 0.0021 * Math.sin(2 * RAD * m)
                - 0.4068 * Math.sin(mpr * RAD) + 0.0161 * Math.sin(RAD * 2 * mpr)
                - 0.0004 * Math.sin(RAD * 3 * mpr)
                + 0.0104 * Math.sin(RAD * 2 * f) - 0.0051 * Math.sin(RAD * (m + mpr))
                - 0.0074 * Math.sin(RAD * (m - mpr)) + 0.0004 * Math.sin(RAD * (2 * f + m))
                - 0.0004 * Math.sin(RAD * (2 * f - m)) - 0.0006 * Math.sin(RAD * (2 * f + mpr))
                + 0.0010 * Math.sin(RAD * (2 * f - mpr)) + 0.0005 * Math.sin(RAD * (2 * mpr + m));
        double deltaT = t < -11
                ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
                : -0.000278 + 0.000265 * t + 0.000262 * t2;
        return jd1 + c1 - deltaT;
    }

    /** The sun's apparent longitude in radians, 0 to 2π, at a Julian day. */
    private static double sunLongitude(double jd) {
        double t = (jd - 2_451_545.0) / 36525;
        double t2 = t * t;
        double m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
        double l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
        double dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * Math.sin(RAD * m)
                + (0.019993 - 0.000101 * t) * Math.sin(RAD * 2 * m) + 0.000290 * Math.sin(RAD * 3 * m);
        double l = (l0 + dl) * RAD;
        return l - 2 * Math.PI * Math.floor(l / (2 * Math.PI));
    }

    private static long jdn(LocalDate date) {
        return date.toEpochDay() + EPOCH_JDN;
    }

    private static LocalDate date(long jdn) {
        return LocalDate.ofEpochDay(jdn - EPOCH_JDN);
    }
}
