package cn.taxprocurement.web;

import cn.taxprocurement.common.Page;
import io.quarkus.qute.TemplateExtension;

/** What a pager shows of a page: its number counted from 1, and the pages before and after it. */
@TemplateExtension
public class PageLinks {
    static int number(Page<?> page) {
        return page.page() + 1;
    }

    static int previous(Page<?> page) {
        return page.page() - 1;
    }

    static int next(Page<?> page) {
        return page.page() + 1;
    }

    static boolean hasPrevious(Page<?> page) {
        return page.page() > 0;
    }

    static boolean hasNext(Page<?> page) {
        if (page.totalIsLowerBound()) {
            return page.items().size() == page.size();
        }
        return (long) (page.page() + 1) * page.size() < page.total();
    }

    /** The total as people read it: {@code 10000+} when counting stopped there. */
    static String shownTotal(Page<?> page) {
        return page.total() + (page.totalIsLowerBound() ? "+" : "");
    }
}
