package vn.dondoc.targets.entity;

/**
 * Which side of the value a result must fall on. "ít nhất", "tối thiểu", "trên", "đạt" read as
 * {@link #AT_LEAST}; "không quá", "tối đa", "dưới" as {@link #AT_MOST}; "bằng", "đúng" as {@link
 * #EXACTLY}. "trên" and "dưới" are strict: the target keeps a {@code strict} flag beside the
 * direction (more than, less than), so that 80 % does not meet "trên 80%".
 */
public enum Direction {
    AT_LEAST,
    AT_MOST,
    EXACTLY
}
