package cn.taxprocurement.web;

import cn.taxprocurement.common.Money;
import io.quarkus.qute.TemplateExtension;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How pages show money, rates and times: {@code ¥1,520,000.00}, 12.21亿元, 7.61%, Beijing time. */
@TemplateExtension
public class Formats {
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final BigDecimal WAN = new BigDecimal("10000");
    private static final BigDecimal YI = new BigDecimal("100000000");

    static String yuan(BigDecimal amount) {
        return Money.format(amount);
    }

    /** A large total in 亿元 from one hundred million up, in 万元 from ten thousand up. */
    static String large(BigDecimal amount) {
        BigDecimal value = Money.yuan(amount);
        if (value.abs().compareTo(YI) >= 0) {
            return yi(value);
        }
        if (value.abs().compareTo(WAN) >= 0) {
            return value.divide(WAN, 2, RoundingMode.HALF_UP).toPlainString() + "万元";
        }
        return value.toPlainString() + "元";
    }

    static String yi(BigDecimal amount) {
        return Money.yuan(amount).divide(YI, 2, RoundingMode.HALF_UP).toPlainString() + "亿元";
    }

    static String percent(BigDecimal rate) {
        return rate == null ? "—" : String.format(Locale.ROOT, "%.2f%%", rate);
    }

    static String shanghai(Instant instant) {
        return instant == null ? "" : MINUTES.format(instant.atZone(SHANGHAI));
    }

    static String shanghai(OffsetDateTime time) {
        return time == null ? "" : shanghai(time.toInstant());
    }
}
