package vn.dondoc.targets.entity;

/**
 * Where a target comes from: read from the plan's text ({@link #PLAN}, written again by each import
 * of the plan) or entered by the secretariat ({@link #MANUAL}, which an import leaves alone).
 */
public enum TargetSource {
    PLAN,
    MANUAL
}
