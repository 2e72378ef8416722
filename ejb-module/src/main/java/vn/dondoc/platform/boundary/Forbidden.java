package vn.dondoc.platform.boundary;

/** The caller is known but may not do this here (a call outside its own tenant, say). */
public class Forbidden extends BusinessException {

    private static final long serialVersionUID = 1L;

    public Forbidden(String message) {
        super(message);
    }

    @Override
    public int status() {
        return 403;
    }

    @Override
    public String title() {
        return "Không có quyền / Forbidden";
    }
}
