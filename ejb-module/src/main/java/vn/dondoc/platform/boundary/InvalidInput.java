package vn.dondoc.platform.boundary;

/** The request is well-formed but says something the domain does not accept. */
public class InvalidInput extends BusinessException {

    private static final long serialVersionUID = 1L;

    public InvalidInput(String message) {
        super(message);
    }

    @Override
    public int status() {
        return 400;
    }

    @Override
    public String title() {
        return "Dữ liệu không hợp lệ / Invalid input";
    }
}
