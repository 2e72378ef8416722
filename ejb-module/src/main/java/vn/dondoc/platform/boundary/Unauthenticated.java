package vn.dondoc.platform.boundary;

/** Credentials or a token were missing or not accepted. */
public class Unauthenticated extends BusinessException {

    private static final long serialVersionUID = 1L;

    public Unauthenticated(String message) {
        super(message);
    }

    @Override
    public int status() {
        return 401;
    }

    @Override
    public String title() {
        return "Chưa xác thực / Unauthorized";
    }
}
