package vn.dondoc.documents.control;

import vn.dondoc.platform.boundary.InvalidInput;

/**
 * An uploaded file the plan importer refuses to read (tệp không đọc được). The message says why
 * for the user, Vietnamese first; the cause, if any, is for the server log only.
 */
public class UnreadableDocument extends InvalidInput {

    private static final long serialVersionUID = 1L;

    /** Why the file was refused. */
    public enum Reason {
        TOO_LARGE("tệp lớn hơn giới hạn cho phép", "the file is larger than the allowed limit"),
        NOT_DOCX("tệp không phải là văn bản Word (.docx)", "the file is not a Word document (.docx)"),
        LEGACY_DOC(
                "tệp ở định dạng Word cũ (.doc), hãy mở bằng Word và lưu lại thành .docx",
                "the file is in the old Word format (.doc); open it in Word and save it as .docx"),
        ENCRYPTED(
                "tệp được đặt mật khẩu, hãy gỡ mật khẩu rồi tải lên lại",
                "the file is password-protected; remove the password and upload it again"),
        ZIP_BOMB(
                "nội dung nén của tệp bất thường hoặc quá lớn khi giải nén",
                "its compressed content is abnormal or too large once unpacked"),
        TOO_MUCH_TEXT("tệp chứa quá nhiều văn bản", "the file holds too much text"),
        DAMAGED("tệp bị hỏng hoặc không đúng định dạng", "the file is damaged or not in the expected format");

        private final String vietnamese;
        private final String english;

        Reason(String vietnamese, String english) {
            this.vietnamese = vietnamese;
            this.english = english;
        }
    }

    private final Reason reason;

    /** A refusal worded by the caller, already bilingual (Vietnamese / English). */
    public UnreadableDocument(String message) {
        super(message);
        this.reason = Reason.DAMAGED;
    }

    public UnreadableDocument(Reason reason) {
        this(reason, null, null);
    }

    public UnreadableDocument(Reason reason, Throwable cause) {
        this(reason, null, cause);
    }

    /**
     * @param detail a language-neutral addition to both halves of the message, e.g. the limit "20 MB"
     */
    public UnreadableDocument(Reason reason, String detail, Throwable cause) {
        super(message(reason, detail == null ? "" : " (" + detail + ")"));
        this.reason = reason;
        if (cause != null) {
            initCause(cause);
        }
    }

    private static String message(Reason reason, String detail) {
        return "Tệp DOCX không đọc được: " + reason.vietnamese + detail + ". / The DOCX file cannot be read: "
                + reason.english + detail + ".";
    }

    public Reason reason() {
        return reason;
    }

    @Override
    public int status() {
        return reason == Reason.TOO_LARGE ? 413 : super.status();
    }

    @Override
    public String title() {
        return "Tệp không đọc được / Unreadable document";
    }
}
