package vn.dondoc.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import vn.dondoc.agencies.entity.Slug;

/**
 * A tenant bundle under {@code tenants/}, as much of it as the welcome text needs. Read with a
 * regex because JSON-P lives only inside the container; the server validates bundles properly,
 * so a bundle this cannot read is simply left out of the list.
 */
record DemoTenant(String id, String name, List<String> agencyCodes) {

    private static final String JSON_STRING = "\"((?:[^\"\\\\]|\\\\.)*)\"";

    static List<DemoTenant> listIn(Path tenantsDir) {
        if (!Files.isDirectory(tenantsDir)) {
            return List.of();
        }
        try (Stream<Path> dirs = Files.list(tenantsDir)) {
            return dirs.filter(dir -> Files.isRegularFile(dir.resolve("tenant.json")))
                    .sorted()
                    .map(DemoTenant::read)
                    .flatMap(Optional::stream)
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static Optional<DemoTenant> read(Path dir) {
        try {
            String tenant = text(dir.resolve("tenant.json"));
            Optional<String> id = firstValue(tenant, "id");
            if (id.isEmpty()) {
                return Optional.empty();
            }
            String name = firstValue(tenant, "name").orElse(id.get());
            Path agenciesFile = dir.resolve("agencies.json");
            List<String> codes = Files.isRegularFile(agenciesFile)
                    ? values(text(agenciesFile), "name").stream().map(Slug::of).toList()
                    : List.of();
            return Optional.of(new DemoTenant(id.get(), name, codes));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static Optional<String> firstValue(String json, String key) {
        List<String> all = values(json, key);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    /** Every string value of {@code key}, in order; nested or not, which suffices for these files. */
    static List<String> values(String json, String key) {
        Matcher m = Pattern.compile("\"" + Pattern.quote(key) + "\"\\s*:\\s*" + JSON_STRING)
                .matcher(json);
        List<String> found = new ArrayList<>();
        while (m.find()) {
            found.add(unescape(m.group(1)));
        }
        return found;
    }

    private static String unescape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 >= s.length()) {
                out.append(c);
                continue;
            }
            char next = s.charAt(++i);
            switch (next) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'u' -> {
                    try {
                        out.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                        i += 4;
                    } catch (IndexOutOfBoundsException | NumberFormatException e) {
                        out.append("\\u");
                    }
                }
                default -> out.append(next);
            }
        }
        return out.toString();
    }

    private static String text(Path file) throws IOException {
        String s = Files.readString(file, StandardCharsets.UTF_8);
        return Normalizer.normalize(s.startsWith("\uFEFF") ? s.substring(1) : s, Normalizer.Form.NFC);
    }
}
