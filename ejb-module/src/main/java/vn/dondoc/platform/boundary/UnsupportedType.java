package vn.dondoc.platform.boundary;

/** An upload in a format the endpoint does not take; the message names the formats it does. */
public class UnsupportedType extends BusinessException {

    private static final long serialVersionUID = 1L;

    public UnsupportedType(String message) {
        super(message);
    }

    @Override
    public int status() {
        return 415;
    }

    @Override
    public String title() {
        return "Kiểu nội dung không được hỗ trợ / Unsupported media type";
    }
}
