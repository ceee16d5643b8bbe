package cn.taxprocurement.common;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list that can grow: the items, how many there are in all, and where the page is. A list that stops
 * counting at a bound (the catalog) says so with {@code totalIsLowerBound}: there are at least {@code total}.
 */
public record Page<T>(List<T> items, long total, int page, int size, boolean totalIsLowerBound) {

    /** A page whose total is exact. */
    public Page(List<T> items, long total, int page, int size) {
        this(items, total, page, size, false);
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), total, page, size, totalIsLowerBound);
    }
}
