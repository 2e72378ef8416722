package vn.dondoc.platform.boundary;

import java.util.List;
import java.util.function.Function;

/** One page of a long list, with what a client needs to ask for the next. */
public record Page<T>(List<T> items, int page, int size, long total) {

    public static final int MAX_SIZE = 500;

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, size, total);
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }
}
