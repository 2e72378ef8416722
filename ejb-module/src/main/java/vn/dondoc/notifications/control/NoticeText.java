package vn.dondoc.notifications.control;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import vn.dondoc.notifications.entity.NoticeKind;

/**
 * The words of a notice, in Vietnamese as the province writes to its agencies: the document's
 * number, the period, the deadline as dd/MM/yyyy, and the link to the obligation; for a request
 * for explanation, the question shortened, who asked, the day to answer by and the link to it.
 */
public final class NoticeText {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** The subject and body of one notice. */
    public record Text(String subject, String body) {}

    /** What a reminder is about: one agency's report of one period, or its plan (period null). */
    public record Subject(
            String agencyName, String documentNumber, String periodLabel, LocalDate deadline, String link) {

        String what() {
            return periodLabel == null
                    ? "kế hoạch thực hiện văn bản số " + documentNumber
                    : "báo cáo kỳ " + periodLabel + " theo văn bản số " + documentNumber;
        }

        String shortWhat() {
            return (periodLabel == null ? "kế hoạch thực hiện " : "báo cáo kỳ " + periodLabel + " - ") + documentNumber;
        }
    }

    private NoticeText() {}

    /** A reminder to the agency, or the escalation to the leaders. */
    public static Text of(NoticeKind kind, Subject s, int workingDaysLeftOrOverdue) {
        String deadline = DATE.format(s.deadline());
        String link =
                "\n\nXem chi tiết: " + s.link() + "\n\n-- \nĐôn Đốc - hệ thống theo dõi, đôn đốc thực hiện nhiệm vụ\n";
        return switch (kind) {
            case DUE_SOON ->
                new Text(
                        "[Đôn Đốc] Sắp đến hạn gửi " + s.shortWhat() + " (hạn " + deadline + ")",
                        "Kính gửi " + s.agencyName() + ",\n\nHạn gửi " + s.what() + " là ngày " + deadline
                                + " (còn " + workingDaysLeftOrOverdue
                                + " ngày làm việc). Đề nghị quý cơ quan hoàn thành"
                                + " và gửi đúng hạn." + link);
            case DUE_TODAY ->
                new Text(
                        "[Đôn Đốc] Hôm nay là hạn gửi " + s.shortWhat() + " (hạn " + deadline + ")",
                        "Kính gửi " + s.agencyName() + ",\n\nHôm nay, ngày " + deadline + ", là hạn gửi " + s.what()
                                + ". Đề nghị quý cơ quan gửi trong ngày." + link);
            case OVERDUE ->
                new Text(
                        "[Đôn Đốc] Quá hạn gửi " + s.shortWhat() + " (hạn " + deadline + ")",
                        "Kính gửi " + s.agencyName() + ",\n\n" + capitalised(s.what()) + " đã quá hạn "
                                + workingDaysLeftOrOverdue + " ngày làm việc (hạn ngày " + deadline
                                + "). Đề nghị quý cơ quan khẩn trương hoàn thành và gửi." + link);
            case ESCALATION ->
                new Text(
                        "[Đôn Đốc] " + s.agencyName() + " chưa gửi " + s.shortWhat() + ", quá hạn "
                                + workingDaysLeftOrOverdue + " ngày làm việc",
                        "Kính gửi lãnh đạo,\n\n" + s.agencyName() + " chưa gửi " + s.what() + ", đã quá hạn "
                                + workingDaysLeftOrOverdue + " ngày làm việc (hạn ngày " + deadline
                                + "). Đề nghị lãnh đạo chỉ đạo đôn đốc." + link);
            case WEEKLY_DIGEST -> throw new IllegalArgumentException("A digest is written by digest()");
            case ASKED, ANSWERED -> throw new IllegalArgumentException("Not a reminder of a report: " + kind);
        };
    }

    /** What an explanation's reminder is about: one agency's unanswered request for explanation. */
    public record Request(String agencyName, String question, String askedBy, LocalDate answerBy, String link) {}

    /** The longest question a subject line names; longer ones are cut at a word and end in "…". */
    static final int SUBJECT_QUESTION = 60;

    /** The longest question a body names. */
    static final int BODY_QUESTION = 300;

    /**
     * A reminder to the agency to answer a request for explanation (yêu cầu giải trình): the
     * question shortened, who asked it, the day to answer by and the link to the request.
     */
    public static Text explanation(NoticeKind kind, Request r, int workingDaysLeftOrOverdue) {
        String answerBy = DATE.format(r.answerBy());
        String subjectQuestion = "\"" + shortened(r.question(), SUBJECT_QUESTION) + "\"";
        String asked =
                "Yêu cầu giải trình của " + r.askedBy() + ": \"" + shortened(r.question(), BODY_QUESTION) + "\"\n\n";
        String link = "\n\nXem và trả lời: " + r.link()
                + "\n\n-- \nĐôn Đốc - hệ thống theo dõi, đôn đốc thực hiện nhiệm vụ\n";
        String to = "Kính gửi " + r.agencyName() + ",\n\n";
        return switch (kind) {
            case DUE_SOON ->
                new Text(
                        "[Đôn Đốc] Sắp đến hạn giải trình " + subjectQuestion + " (hạn " + answerBy + ")",
                        to + asked + "Hạn giải trình là ngày " + answerBy + " (còn " + workingDaysLeftOrOverdue
                                + " ngày làm việc). Đề nghị quý cơ quan giải trình đúng hạn." + link);
            case DUE_TODAY ->
                new Text(
                        "[Đôn Đốc] Hôm nay là hạn giải trình " + subjectQuestion + " (hạn " + answerBy + ")",
                        to + asked + "Hôm nay, ngày " + answerBy
                                + ", là hạn giải trình. Đề nghị quý cơ quan giải trình trong ngày." + link);
            case OVERDUE ->
                new Text(
                        "[Đôn Đốc] Quá hạn giải trình " + subjectQuestion + " (hạn " + answerBy + ")",
                        to + asked + "Yêu cầu giải trình đã quá hạn " + workingDaysLeftOrOverdue
                                + " ngày làm việc (hạn ngày " + answerBy
                                + "). Đề nghị quý cơ quan khẩn trương giải trình." + link);
            case ESCALATION, WEEKLY_DIGEST ->
                throw new IllegalArgumentException("A request for explanation is not escalated: " + kind);
            case ASKED -> asked(r);
            case ANSWERED -> throw new IllegalArgumentException("An answer is told by answered()");
        };
    }

    /**
     * The agency is asked to explain (yêu cầu giải trình mới), the moment the request is made: the
     * question, who asked it, the day to answer by and the link to the request.
     */
    public static Text asked(Request r) {
        String answerBy = DATE.format(r.answerBy());
        return new Text(
                "[Đôn Đốc] Yêu cầu giải trình \"" + shortened(r.question(), SUBJECT_QUESTION) + "\" (hạn " + answerBy
                        + ")",
                "Kính gửi " + r.agencyName() + ",\n\n" + r.askedBy() + " yêu cầu quý cơ quan giải trình: \""
                        + shortened(r.question(), BODY_QUESTION) + "\"\n\nHạn giải trình là ngày " + answerBy
                        + ". Đề nghị quý cơ quan giải trình đúng hạn.\n\nXem và trả lời: " + r.link()
                        + "\n\n-- \nĐôn Đốc - hệ thống theo dõi, đôn đốc thực hiện nhiệm vụ\n");
    }

    /**
     * Whoever asked is told the agency answered (đã giải trình), and whether after the day to
     * answer by; {@code to} is the asker's name.
     */
    public static Text answered(Request r, String to, boolean late) {
        String answerBy = DATE.format(r.answerBy());
        return new Text(
                "[Đôn Đốc] " + r.agencyName() + " đã giải trình \"" + shortened(r.question(), SUBJECT_QUESTION) + "\"",
                "Kính gửi " + to + ",\n\n" + r.agencyName() + " đã trả lời yêu cầu giải trình: \""
                        + shortened(r.question(), BODY_QUESTION) + "\"" + (late ? " (sau hạn " + answerBy + ")" : "")
                        + ".\n\nXem: " + r.link()
                        + "\n\n-- \nĐôn Đốc - hệ thống theo dõi, đôn đốc thực hiện nhiệm vụ\n");
    }

    /**
     * The text on one line, at most {@code max} characters: cut at the last space before the limit
     * (or at the limit when there is none) and ended with "…".
     */
    static String shortened(String text, int max) {
        String line = text.strip().replaceAll("\\s+", " ");
        if (line.length() <= max) {
            return line;
        }
        String cut = line.substring(0, max - 1);
        int space = cut.lastIndexOf(' ');
        if (space > max / 2) {
            cut = cut.substring(0, space);
        }
        return cut.strip() + "…";
    }

    /** One late report in the digest. */
    public record Late(Subject subject, int workingDaysOverdue) {}

    /** The weekly digest to the secretariat: who is late on what, oldest first as given. */
    public static Text digest(LocalDate day, List<Late> late, String link) {
        StringBuilder body = new StringBuilder("Kính gửi cơ quan đầu mối,\n\nĐến ngày ")
                .append(DATE.format(day))
                .append(", các cơ quan sau chưa gửi báo cáo (quá hạn lâu nhất trước):\n\n");
        int n = 1;
        for (Late l : late) {
            Subject s = l.subject();
            body.append(n++)
                    .append(". ")
                    .append(s.agencyName())
                    .append(": ")
                    .append(s.shortWhat())
                    .append(", hạn ")
                    .append(DATE.format(s.deadline()))
                    .append(", quá hạn ")
                    .append(l.workingDaysOverdue())
                    .append(" ngày làm việc - ")
                    .append(s.link())
                    .append('\n');
        }
        body.append("\nXem chi tiết: ").append(link).append('\n');
        return new Text(
                "[Đôn Đốc] Tổng hợp tuần " + DATE.format(day) + ": " + late.size() + " báo cáo quá hạn",
                body.toString());
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
