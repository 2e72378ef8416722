package vn.dondoc.targets.control;

import vn.dondoc.platform.control.VietnameseFormat;
import vn.dondoc.targets.entity.Basis;
import vn.dondoc.targets.entity.Measure;
import vn.dondoc.targets.entity.Target;

/** A target's bound as a table prints it: "≥ 95 %", "> 80 %", "≤ 10 ngày", "= 100 %"; a change says so. */
public final class TargetBound {

    private TargetBound() {}

    public static String of(Target t) {
        String sign = switch (t.direction()) {
            case AT_LEAST -> t.strict() ? ">" : "≥";
            case AT_MOST -> t.strict() ? "<" : "≤";
            case EXACTLY -> "=";
        };
        String number = sign + " " + VietnameseFormat.number(t.value());
        if (t.basis() == Basis.CHANGE) {
            String base = t.basePeriod() != null ? t.basePeriod() : String.valueOf(t.baseYear());
            return "thay đổi " + number + (t.measure() == Measure.RATE ? " điểm phần trăm" : " %") + " so với " + base;
        }
        return number + (t.unit() == null ? "" : " " + t.unit());
    }
}
