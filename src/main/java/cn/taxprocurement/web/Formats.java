package cn.taxprocurement.web;

import cn.taxprocurement.common.Money;
import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.Variant;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How pages show money, rates and times: {@code ¥1,520,000.00}, 12.21亿元 or 1.22 billion yuan, 7.61%, Beijing time. */
@TemplateExtension
public class Formats {
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final BigDecimal WAN = new BigDecimal("10000");
    private static final BigDecimal YI = new BigDecimal("100000000");
    private static final BigDecimal MILLION = new BigDecimal("1000000");
    private static final BigDecimal BILLION = new BigDecimal("1000000000");

    static String yuan(BigDecimal amount) {
        return Money.format(amount);
    }

    /**
     * A large total as its reader counts: in Chinese 亿元 from one hundred million up and 万元 from ten thousand up, in
     * English billions and millions of yuan.
     */
    static String large(BigDecimal amount, @TemplateAttribute(TemplateInstance.SELECTED_VARIANT) Object variant) {
        BigDecimal value = Money.yuan(amount);
        if (english(variant)) {
            if (value.abs().compareTo(BILLION) >= 0) {
                return scaled(value, BILLION) + " billion yuan";
            }
            return value.abs().compareTo(MILLION) >= 0 ? scaled(value, MILLION) + " million yuan" : value + " yuan";
        }
        if (value.abs().compareTo(YI) >= 0) {
            return scaled(value, YI) + "亿元";
        }
        return value.abs().compareTo(WAN) >= 0 ? scaled(value, WAN) + "万元" : value + "元";
    }

    /** A yearly total in 亿元, as the yearbook gives it, or in billions of yuan. */
    static String yi(BigDecimal amount, @TemplateAttribute(TemplateInstance.SELECTED_VARIANT) Object variant) {
        BigDecimal value = Money.yuan(amount);
        return english(variant) ? scaled(value, BILLION) + " billion yuan" : scaled(value, YI) + "亿元";
    }

    private static String scaled(BigDecimal value, BigDecimal unit) {
        return value.divide(unit, 2, RoundingMode.HALF_UP).toPlainString();
    }

    // Quarkus REST picks the page's variant, and with it its language, from Accept-Language (which the switch sets).
    private static boolean english(Object variant) {
        return variant instanceof Variant chosen
                && chosen.getLocale() != null
                && "en".equals(chosen.getLocale().getLanguage());
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
