package cn.taxprocurement.common;

import java.util.List;
import java.util.Locale;

/** The two languages the service speaks: English for a reader whose first language is English, Chinese otherwise. */
public final class Languages {
    public static final Locale CHINESE = Locale.forLanguageTag("zh-CN");

    private Languages() {}

    /** The language for a reader who accepts {@code accepted}, most preferred first. */
    public static Locale chosen(List<Locale> accepted) {
        return !accepted.isEmpty() && "en".equals(accepted.get(0).getLanguage()) ? Locale.ENGLISH : CHINESE;
    }
}
