package cn.taxprocurement.common;

import java.util.List;
import java.util.function.Function;

/** One page of a list that can grow: the items, how many there are in all, and where the page is. */
public record Page<T>(List<T> items, long total, int page, int size) {

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), total, page, size);
    }
}
