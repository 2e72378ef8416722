package vn.dondoc.targets.entity;

/**
 * What the target's value is about: the result itself ({@link #LEVEL}, "đạt ít nhất 95%") or its
 * change against a base period ({@link #CHANGE}, "giảm ít nhất 20% so với năm trước": the value is
 * the signed change, −20, in % of the base for a count and in percentage points for a rate).
 */
public enum Basis {
    LEVEL,
    CHANGE
}
