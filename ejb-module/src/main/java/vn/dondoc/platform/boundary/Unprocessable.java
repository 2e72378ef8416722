package vn.dondoc.platform.boundary;

/** The request is readable but holds nothing the domain can use (a text with no plan in it). */
public class Unprocessable extends BusinessException {

    private static final long serialVersionUID = 1L;

    public Unprocessable(String message) {
        super(message);
    }

    @Override
    public int status() {
        return 422;
    }

    @Override
    public String title() {
        return "Không xử lý được nội dung / Unprocessable content";
    }
}
