package vn.dondoc.launcher;

import java.util.List;
import java.util.Locale;

/** What a developer needs once the product is up: where it is and how to sign in. */
final class ReadyBanner {

    private static final int SAMPLE = 4;

    private ReadyBanner() {}

    static String text(int port, List<DemoTenant> tenants, double startSeconds) {
        String base = "http://localhost:" + port;
        StringBuilder b = new StringBuilder();
        b.append(String.format(
                Locale.ROOT,
                "%nĐôn Đốc đã sẵn sàng sau %.1f s / Đôn Đốc is ready after %.1f s%n%n",
                startSeconds,
                startSeconds));
        b.append("  Giao diện / Web UI:  ").append(base).append("/\n");
        b.append("  API:                 ").append(base).append("/api/v1\n\n");

        b.append("  Đơn vị demo / Demo tenants:\n");
        if (tenants.isEmpty()) {
            b.append("    (không có thư mục tenants/*/tenant.json / no tenants/*/tenant.json found)\n");
        }
        int idWidth = tenants.stream().mapToInt(t -> t.id().length()).max().orElse(0);
        for (DemoTenant t : tenants) {
            b.append("    ")
                    .append(pad(t.id(), idWidth))
                    .append("  ")
                    .append(t.name())
                    .append('\n');
        }

        String example = exampleAgency(tenants);
        b.append("\n  Đăng nhập demo, mật khẩu \"demo\" cho tất cả / Demo sign-ins, password \"demo\" for all:\n");
        b.append("    admin                       ADMIN\n");
        b.append("    secretariat                 SECRETARIAT\n");
        b.append("    leader                      LEADER\n");
        b.append("    operator                    OPERATOR, đơn vị / tenant \"platform\": POST /api/v1/tenants\n");
        b.append("    <mã cơ quan / agency code>       cán bộ / officer  (")
                .append(example)
                .append(")\n");
        b.append("    <mã cơ quan / agency code>.head  thủ trưởng / head (")
                .append(example)
                .append(".head)\n");
        for (DemoTenant t : tenants) {
            if (!t.agencyCodes().isEmpty()) {
                b.append("    ")
                        .append(t.id())
                        .append(", ")
                        .append(t.agencyCodes().size())
                        .append(" cơ quan / agencies: ")
                        .append(sample(t.agencyCodes()))
                        .append('\n');
            }
        }
        if (tenants.stream().anyMatch(t -> !t.agencyCodes().isEmpty())) {
            b.append("    (đủ danh sách / full list: tenants/<id>/agencies.json, GET /api/v1/agencies)\n");
        }
        b.append("\n  Thử API / Try the API:\n    curl -s -X POST ")
                .append(base)
                .append("/api/v1/auth/token -H 'Content-Type: application/json' -d '{\"tenant\":\"")
                .append(exampleTenant(tenants))
                .append("\",\"username\":\"secretariat\",\"password\":\"demo\"}'\n\n");
        b.append("  Ctrl-C để dừng / Ctrl-C to stop\n");
        return b.toString();
    }

    static String exampleTenant(List<DemoTenant> tenants) {
        return tenants.stream()
                .map(DemoTenant::id)
                .filter("vinh-phuc"::equals)
                .findFirst()
                .or(() -> tenants.stream().map(DemoTenant::id).findFirst())
                .orElse("vinh-phuc");
    }

    static String exampleAgency(List<DemoTenant> tenants) {
        List<String> codes =
                tenants.stream().flatMap(t -> t.agencyCodes().stream()).toList();
        return codes.contains("so-tu-phap") || codes.isEmpty() ? "so-tu-phap" : codes.get(0);
    }

    /** A few codes only: the full lists run to dozens and would push the URLs off the screen. */
    static String sample(List<String> codes) {
        List<String> shown = codes.subList(0, Math.min(SAMPLE, codes.size()));
        String more = codes.size() > SAMPLE ? ", … (+" + (codes.size() - SAMPLE) + ")" : "";
        return String.join(", ", shown) + more;
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(Math.max(0, width - s.length()));
    }
}
