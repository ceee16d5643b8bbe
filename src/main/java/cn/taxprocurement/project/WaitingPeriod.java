package cn.taxprocurement.project;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * A least time from publishing to the bid deadline: a plain duration added as it is, or a number of working days
 * (Monday to Friday, counted in Beijing time) that skips Saturdays and Sundays.
 */
public record WaitingPeriod(Duration duration, int workingDays) {
    /** Days, deadlines and working days are counted in Beijing time. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    public WaitingPeriod {
        if ((duration == null) == (workingDays == 0) || workingDays < 0 || duration != null && duration.isNegative()) {
            throw new IllegalArgumentException("等标期应为一段非负时长或若干个工作日");
        }
    }

    public static WaitingPeriod of(Duration duration) {
        return new WaitingPeriod(duration, 0);
    }

    public static WaitingPeriod ofWorkingDays(int days) {
        return new WaitingPeriod(null, days);
    }

    /**
     * The earliest deadline for a tender published at {@code publishedAt}. Working days step one day at a time at the
     * same time of day, and count only the days that land on Monday to Friday.
     */
    public Instant end(Instant publishedAt) {
        if (duration != null) {
            return publishedAt.plus(duration);
        }
        ZonedDateTime day = publishedAt.atZone(ZONE);
        for (int counted = 0; counted < workingDays; ) {
            day = day.plusDays(1);
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                counted++;
            }
        }
        return day.toInstant();
    }

    /** The period as people read it: "20 天", "5 个工作日", "20 秒". */
    public String label() {
        if (duration == null) {
            return workingDays + " 个工作日";
        }
        long seconds = duration.toSeconds();
        if (seconds > 0 && seconds % 86_400 == 0) {
            return seconds / 86_400 + " 天";
        }
        if (seconds > 0 && seconds % 3_600 == 0) {
            return seconds / 3_600 + " 小时";
        }
        if (seconds > 0 && seconds % 60 == 0) {
            return seconds / 60 + " 分钟";
        }
        return seconds + " 秒";
    }
}
