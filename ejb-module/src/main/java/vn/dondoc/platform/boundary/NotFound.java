package vn.dondoc.platform.boundary;

/** Something the caller asked for does not exist in the caller's tenant (or at all). */
public class NotFound extends BusinessException {

    private static final long serialVersionUID = 1L;

    public NotFound(String message) {
        super(message);
    }

    @Override
    public int status() {
        return 404;
    }

    @Override
    public String title() {
        return "Không tìm thấy / Not found";
    }
}
