package vn.dondoc.targets.control;

/**
 * Where a target stands on a day (D-047): {@link #EXCEEDED} (vượt), {@link #MET} (đạt), {@link
 * #MISSED} (không đạt) once its period has ended and a result is known; {@link #NO_RESULT} (chưa có
 * kết quả) when it has ended and no accepted report gives its figure; {@link #NOT_DUE} (chưa đến
 * hạn) while its period runs, whatever partial result there is.
 */
public enum Attainment {
    EXCEEDED("Vượt chỉ tiêu", "Exceeded"),
    MET("Đạt chỉ tiêu", "Met"),
    MISSED("Không đạt chỉ tiêu", "Missed"),
    NO_RESULT("Chưa có kết quả", "No result yet"),
    NOT_DUE("Chưa đến hạn", "Not yet due");

    private final String vietnamese;
    private final String english;

    Attainment(String vietnamese, String english) {
        this.vietnamese = vietnamese;
        this.english = english;
    }

    public String vietnamese() {
        return vietnamese;
    }

    public String english() {
        return english;
    }

    /** Met or exceeded. */
    public boolean reached() {
        return this == MET || this == EXCEEDED;
    }
}
