package vn.dondoc.platform.boundary;

/** The request clashes with what is already stored (a duplicate code, a stale version). */
public class Conflict extends BusinessException {

    private static final long serialVersionUID = 1L;

    public Conflict(String message) {
        super(message);
    }

    @Override
    public int status() {
        return 409;
    }

    @Override
    public String title() {
        return "Xung đột dữ liệu / Conflict";
    }
}
