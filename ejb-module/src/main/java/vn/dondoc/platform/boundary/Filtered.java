package vn.dondoc.platform.boundary;

import jakarta.persistence.TypedQuery;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The optional filters of a paged list (bộ lọc): each condition is written once and bound in both
 * the rows' query and their count's, so the two cannot disagree; a filter whose value is {@code
 * null} is left out.
 */
public final class Filtered {

    private final StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    private final Map<String, Object> values = new LinkedHashMap<>();

    /** {@code condition}, naming the parameter {@code name}, when {@code value} is given. */
    public Filtered and(String condition, String name, Object value) {
        if (value != null) {
            where.append(" AND ").append(condition);
            values.put(name, value);
        }
        return this;
    }

    /** {@code condition}, which names no parameter, when {@code wanted}. */
    public Filtered andIf(boolean wanted, String condition) {
        if (wanted) {
            where.append(" AND ").append(condition);
        }
        return this;
    }

    /** The {@code WHERE} clause of the filters given, with a leading space. */
    public String where() {
        return where.toString();
    }

    /** Page {@code page} of {@code size} rows, and how many there are in all. */
    public <T> Page<T> page(TypedQuery<T> rows, TypedQuery<Long> count, int page, int size) {
        for (TypedQuery<?> query : List.of(rows, count)) {
            values.forEach(query::setParameter);
        }
        List<T> found = rows.setFirstResult(page * size).setMaxResults(size).getResultList();
        return new Page<>(found, page, size, count.getSingleResult());
    }
}
