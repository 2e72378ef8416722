package vn.dondoc.documents.control;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The signature block at a plan's foot: the capacity and title of the signer ("TM. ỦY BAN NHÂN
 * DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"), often a mark that it was signed ("(đã ký)"), then the
 * signer's name. It may come with or without the list of recipients ("Nơi nhận:"), after it or
 * beside it.
 */
final class SignatureBlock {

    private static final Pattern TITLE = Pattern.compile("(?<!\\p{L})(CHỦ TỊCH|GIÁM ĐỐC|TRƯỞNG|TRƯỞNG BAN|BÍ THƯ"
            + "|THỦ TRƯỞNG|THỦ TƯỚNG|CHÁNH VĂN PHÒNG|CHÁNH ÁN|CHÁNH THANH TRA|TỔNG CỤC TRƯỞNG|BỘ TRƯỞNG)$");

    /** Signing for a body or a superior: thay mặt, ký thay, thừa lệnh, thừa ủy quyền, quyền. */
    private static final Pattern CAPACITY = Pattern.compile("^(?:TM|KT|TL|TUQ|Q)\\.\\s*\\p{Lu}");

    /** "(đã ký)", "(Đã ký và đóng dấu)", "[đã ký]", "Đã ký": printed where the signature was. */
    private static final Pattern SIGNED = Pattern.compile(
            "^[(\\[]?\\s*(?:đã )?ký(?:[^)\\]]*)[)\\]]?$|^[(\\[]\\s*chữ ký[^)\\]]*[)\\]]$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** The recipients' list printed beside the block: "Nơi nhận:", "- Như trên;", "+ Lưu: VT.". */
    private static final Pattern RECIPIENTS = Pattern.compile("^(?:Nơi nhận\\s*:|[-+•])", Pattern.CASE_INSENSITIVE);

    /** A word of a name: "Giang", "A", or in capitals as some signatures print it. */
    private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}[\\p{Ll}\\p{M}]*|\\p{Lu}+");

    private SignatureBlock() {}

    /** Whether a line opens the signature block ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "GIÁM ĐỐC"). */
    static boolean opens(String line) {
        return isTitle(line);
    }

    /**
     * The signer: the first name under the last title of the foot, past the mark that it was
     * signed and the lines of a recipients' list printed beside it; {@code null} when the foot has
     * no title, or the title no name under it.
     */
    static String signer(List<String> printed) {
        // Printed beside the recipients, the block is the right-hand column of each line.
        List<String> foot = printed.stream()
                .map(line -> {
                    List<String> columns = Letterhead.columnsOf(line);
                    return columns.get(columns.size() - 1);
                })
                .toList();
        int title = foot.size() - 1;
        while (title >= 0 && !isTitle(foot.get(title))) {
            title--;
        }
        if (title < 0) {
            return null;
        }
        for (String line : foot.subList(title + 1, foot.size())) {
            if (line.isEmpty()
                    || SIGNED.matcher(line).matches()
                    || RECIPIENTS.matcher(line).lookingAt()) {
                continue;
            }
            return isName(line) ? line : null;
        }
        return null;
    }

    /** A line of capacity or title, in capitals and short, which no numbered heading is. */
    private static boolean isTitle(String line) {
        return line.length() <= 60
                && line.equals(line.toUpperCase(Locale.ROOT))
                && !ItemTreeReader.looksLikeSection(line)
                && !ItemTreeReader.opensNumberedItem(line)
                && (CAPACITY.matcher(line).find() || TITLE.matcher(line).find());
    }

    /** A person's name as signatures print it: two to seven words, each with a capital ("Vũ Chí Giang"). */
    private static boolean isName(String line) {
        String[] words = line.split("\\s+");
        if (line.length() > 60 || words.length < 2 || words.length > 7) {
            return false;
        }
        for (String word : words) {
            if (!NAME_WORD.matcher(word).matches()) {
                return false;
            }
        }
        return true;
    }
}
