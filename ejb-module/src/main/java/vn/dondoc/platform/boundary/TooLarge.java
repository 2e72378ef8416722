package vn.dondoc.platform.boundary;

/** An upload over the size the product accepts. */
public class TooLarge extends BusinessException {

    private static final long serialVersionUID = 1L;

    public TooLarge(String message) {
        super(message);
    }

    @Override
    public int status() {
        return 413;
    }

    @Override
    public String title() {
        return "Tệp quá lớn / Content too large";
    }
}
