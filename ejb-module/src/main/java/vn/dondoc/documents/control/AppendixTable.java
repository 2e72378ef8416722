package vn.dondoc.documents.control;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.dondoc.agencies.control.NameMatcher;
import vn.dondoc.agencies.entity.Slug;
import vn.dondoc.items.control.ParsedItem;
import vn.dondoc.items.control.ScheduleParser;
import vn.dondoc.items.entity.ResponsibilityRole;

/**
 * Reads the appendix form of a plan (Phụ lục): a table with columns such as STT | Nội dung |
 * Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành | Sản phẩm. Headers are matched
 * loosely ("Đơn vị chủ trì", "Thời hạn hoàn thành", without diacritics…); a table without a
 * content column and a lead column is not a plan table and yields nothing.
 */
public final class AppendixTable {

    private final NameMatcher names;

    public AppendixTable(NameMatcher names) {
        this.names = names;
    }

    /** The columns of a plan table, by index; -1 when absent. */
    record Columns(int number, int content, int lead, int coordinators, int schedule, int product) {

        static Optional<Columns> of(List<String> header) {
            int number = -1, content = -1, lead = -1, coordinators = -1, schedule = -1, product = -1;
            for (int i = 0; i < header.size(); i++) {
                String slug = slug(header.get(i));
                if (slug.equals("stt") || slug.equals("tt") || slug.equals("so-tt")) {
                    number = i;
                } else if (slug.contains("phoi-hop")) {
                    coordinators = i;
                } else if (slug.contains("chu-tri") || slug.matches("(co-quan|don-vi)(-[a-z-]*)?-thuc-hien.*")) {
                    lead = i;
                } else if (slug.startsWith("thoi-gian") || slug.startsWith("thoi-han") || slug.startsWith("tien-do")) {
                    schedule = i;
                } else if (slug.startsWith("san-pham") || slug.startsWith("ket-qua")) {
                    product = i;
                } else if (content < 0 && (slug.contains("noi-dung") || slug.contains("nhiem-vu"))) {
                    content = i;
                }
            }
            return content >= 0 && lead >= 0
                    ? Optional.of(new Columns(number, content, lead, coordinators, schedule, product))
                    : Optional.empty();
        }
    }

    /** Whether one of the first rows is a plan table's header. */
    public boolean isPlanTable(List<List<String>> rows) {
        return rows.stream().limit(3).anyMatch(row -> Columns.of(row).isPresent());
    }

    public List<ParsedItem> items(List<List<String>> rows, String codePrefix) {
        Columns columns = null;
        int start = 0;
        for (int i = 0; i < Math.min(rows.size(), 3) && columns == null; i++) {
            Optional<Columns> found = Columns.of(rows.get(i));
            if (found.isPresent()) {
                columns = found.get();
                start = i + 1;
            }
        }
        if (columns == null) {
            return List.of();
        }
        List<ParsedItem> top = new ArrayList<>();
        ParsedItem section = null;
        ParsedItem item = null;
        Map<String, ParsedItem> byNumber = new HashMap<>();
        for (List<String> row : rows.subList(start, rows.size())) {
            String number = cell(row, columns.number()).replaceAll("[.)]+$", "");
            String content = cell(row, columns.content());
            if (number.isEmpty() && content.isEmpty()) {
                continue;
            }
            if (number.matches("\\d+") && content.matches("\\(?\\d+\\)?")) {
                continue; // the column-number row "(1) (2) (3)" under a header
            }
            ParsedItem entry;
            if (number.matches("[IVX]{1,5}")) {
                section = new ParsedItem(codePrefix + number, number + ".", content);
                top.add(section);
                item = null;
                continue;
            } else if (number.matches("\\d{1,3}")) {
                String code = (section == null ? codePrefix : section.code() + ".") + number;
                entry = new ParsedItem(code, number + ".", content);
                add(section, top, entry);
                item = entry;
                byNumber.put(number, entry);
            } else if (number.matches("\\d{1,3}(\\.\\d{1,3})+")) {
                ParsedItem parent = byNumber.getOrDefault(number.substring(0, number.lastIndexOf('.')), section);
                String code = (section == null ? codePrefix : section.code() + ".") + number;
                entry = new ParsedItem(code, number + ".", content);
                add(parent, top, entry);
                byNumber.put(number, entry);
            } else if (number.matches("[a-zđ]") && item != null) {
                entry = new ParsedItem(item.code() + "." + number, number + ")", content);
                item.addChild(entry);
            } else if (item != null && number.isEmpty()) {
                item.appendText(content);
                continue;
            } else {
                String code = codePrefix + (top.size() + 1);
                entry = new ParsedItem(code, number.isEmpty() ? "" : number, content);
                add(section, top, entry);
            }
            annotate(entry, row, columns);
        }
        return top;
    }

    private void annotate(ParsedItem item, List<String> row, Columns columns) {
        String leads = cell(row, columns.lead());
        if (!leads.isEmpty()) {
            names.bodies(leads).forEach(b -> item.addResponsibility(ResponsibilityRole.LEAD, b));
        }
        String coordinators = cell(row, columns.coordinators());
        if (!coordinators.isEmpty()) {
            names.bodies(coordinators).forEach(b -> item.addResponsibility(ResponsibilityRole.COORDINATOR, b));
        }
        String when = cell(row, columns.schedule());
        if (!when.isEmpty()) {
            item.schedule(ScheduleParser.parse(when));
        }
        String product = cell(row, columns.product());
        if (!product.isEmpty()) {
            item.appendText("Sản phẩm: " + product);
        }
    }

    private static void add(ParsedItem parent, List<ParsedItem> top, ParsedItem child) {
        if (parent == null) {
            top.add(child);
        } else {
            parent.addChild(child);
        }
    }

    private static String cell(List<String> row, int index) {
        return index < 0 || index >= row.size() || row.get(index) == null
                ? ""
                : row.get(index).strip();
    }

    private static String slug(String header) {
        try {
            return Slug.of(header);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
