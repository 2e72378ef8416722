package vn.dondoc.scorecards.entity;

/** The grade (xếp loại) a score earns under the tenant's bands, best first. */
public enum Grade {
    XUAT_SAC("Xuất sắc", "Excellent"),
    TOT("Tốt", "Good"),
    HOAN_THANH("Hoàn thành", "Pass"),
    KHONG_HOAN_THANH("Không hoàn thành", "Fail");

    private final String vietnamese;
    private final String english;

    Grade(String vietnamese, String english) {
        this.vietnamese = vietnamese;
        this.english = english;
    }

    public String vietnamese() {
        return vietnamese;
    }

    public String english() {
        return english;
    }
}
