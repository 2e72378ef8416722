package vn.dondoc.onboarding.control;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * A tenant bundle sent to {@code POST /tenants} (D-045): the files of {@code tenants/<id>/} with
 * {@code admin.json} (the tenant's first ADMIN) in place of {@code demo-users.json}, either as a zip
 * of those files (at its root or in one folder, which must then be named as the tenant's id) or as
 * one JSON object whose fields hold the files' content:
 *
 * <pre>
 * {"tenant": {…tenant.json…}, "agencies": […], "groups": […],
 *  "admin": {"username": "admin", "displayName": "…", "password": "… (optional)", "email": "… (optional)"}}
 * </pre>
 *
 * Both are read by {@link TenantBundleReader} with the start-up loader's checks. A problem in a zip
 * names its entry and line; in a JSON body, the JSON pointer of the field ({@code body#/agencies})
 * and the line of the body, so that both point where the sender must look.
 */
public final class BundleUpload {

    /** The first administrator's file in a zip; the field {@code admin} of a JSON body. */
    static final String ADMIN = "admin.json";

    /** Far above a province's directory (about 60 KB), far below what could hurt the server. */
    public static final int MAX_BYTES = 2 * 1024 * 1024;

    private static final Map<String, String> FIELDS = fields();

    private final BundleFiles files;

    private BundleUpload(BundleFiles files) {
        this.files = files;
    }

    /** The tenant's bundle, checked as at start-up (no demo users: they come from folders only). */
    public TenantBundle bundle() {
        TenantBundle bundle = new TenantBundleReader().read(files);
        if (files.bytes(TenantBundleReader.DEMO_USERS).isPresent()) {
            throw new MalformedBundle(
                    files.name(TenantBundleReader.DEMO_USERS),
                    0,
                    "demo users are loaded from the folders under tenants/ only; a tenant made through the API"
                            + " gets its first administrator from " + ADMIN + " (\"admin\" in a JSON body)");
        }
        return bundle;
    }

    /** The tenant's first administrator, as the upload describes it. */
    public FirstAdmin admin() {
        Path file = files.name(ADMIN);
        String text = TenantBundleReader.load(files, ADMIN, true, sha256());
        Located root = Located.object(file, text);
        String username = root.text("username", true);
        if (!username.matches("[a-z0-9][a-z0-9._-]{0,63}")) {
            throw root.problemAt(
                    "username",
                    "username \"" + username + "\" must be 1–64 lowercase letters, digits, '.', '_' or '-'");
        }
        String password = root.text("password", false);
        if (password != null && password.length() < FirstAdmin.MIN_PASSWORD) {
            throw root.problemAt(
                    "password", "the password must have at least " + FirstAdmin.MIN_PASSWORD + " characters");
        }
        String email = root.text("email", false);
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+")) {
            throw root.problemAt("email", "email \"" + email + "\" is not an address");
        }
        for (String field : root.value().asJsonObject().keySet()) {
            if (!List.of("username", "displayName", "password", "email").contains(field)) {
                throw root.problemAt(field, "\"" + field + "\" is not a field of the administrator");
            }
        }
        return new FirstAdmin(
                username,
                Optional.ofNullable(root.text("displayName", false)).orElse("Quản trị đơn vị"),
                Optional.ofNullable(password),
                Optional.ofNullable(email));
    }

    /** A JSON body: one object whose fields are the bundle's files. */
    public static BundleUpload ofJson(byte[] body) {
        Path name = Path.of("body#");
        String text = TenantBundleReader.load(
                BundleFiles.inMemory(Map.of("body", body), Map.of("body", name), Optional.empty()),
                "body",
                true,
                sha256());
        Located root = Located.object(name, text); // the syntax, with the body's line
        Map<String, byte[]> files = new LinkedHashMap<>();
        Map<String, Path> names = new LinkedHashMap<>();
        for (TopField field : TopField.of(text)) {
            String file = FIELDS.get(field.name());
            if (file == null) {
                throw root.problemAt(field.name(), "\"" + field.name() + "\" is not one of " + FIELDS.keySet());
            }
            // The value, preceded by as many line breaks as stand before it: its lines are the body's.
            String value = "\n".repeat((int) field.line() - 1) + text.substring(field.start(), field.end());
            files.put(file, value.getBytes(StandardCharsets.UTF_8));
            names.put(file, Path.of("body#/" + field.name()));
        }
        for (Map.Entry<String, String> field : FIELDS.entrySet()) {
            names.putIfAbsent(field.getValue(), Path.of("body#/" + field.getKey()));
        }
        return new BundleUpload(BundleFiles.inMemory(files, names, Optional.empty()));
    }

    /** A zip of the bundle's files, at its root or in one folder named as the tenant's id. */
    public static BundleUpload ofZip(byte[] zip) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        Map<String, Path> names = new LinkedHashMap<>();
        String folder = null;
        boolean any = false;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            ZipEntry entry;
            long total = 0;
            while ((entry = in.getNextEntry()) != null) {
                any = true;
                if (entry.isDirectory()) {
                    continue;
                }
                String path = entry.getName();
                int slash = path.lastIndexOf('/');
                String dir = slash < 0 ? "" : path.substring(0, slash);
                String file = path.substring(slash + 1);
                if (dir.contains("/") || (folder != null && !folder.equals(dir))) {
                    throw new MalformedBundle(
                            Path.of(path), 0, "the files must stand at the zip's root or in one folder");
                }
                folder = dir;
                if (!FIELDS.containsValue(file) && !file.equals(TenantBundleReader.DEMO_USERS)) {
                    throw new MalformedBundle(
                            Path.of(path), 0, "is not one of the bundle's files " + List.copyOf(FIELDS.values()));
                }
                byte[] bytes = readAtMost(in, MAX_BYTES - total, Path.of(path));
                total += bytes.length;
                files.put(file, bytes);
                names.put(file, Path.of(path));
            }
        } catch (ZipException e) {
            throw new MalformedBundle(Path.of("(zip)"), 0, "not a zip file: " + e.getMessage());
        } catch (IOException e) {
            throw new MalformedBundle(Path.of("(zip)"), 0, "cannot be read: " + e.getMessage());
        }
        if (!any) {
            throw new MalformedBundle(Path.of("(zip)"), 0, "not a zip file, or an empty one");
        }
        String prefix = folder == null || folder.isEmpty() ? "" : folder + "/";
        for (String file : FIELDS.values()) {
            names.putIfAbsent(file, Path.of(prefix + file));
        }
        names.putIfAbsent(TenantBundleReader.DEMO_USERS, Path.of(prefix + TenantBundleReader.DEMO_USERS));
        Optional<String> expected = prefix.isEmpty() ? Optional.empty() : Optional.of(folder);
        return new BundleUpload(BundleFiles.inMemory(files, names, expected));
    }

    private static byte[] readAtMost(InputStream in, long left, Path name) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.max(0, Math.min(Integer.MAX_VALUE - 1, left + 1)));
        if (bytes.length > left) {
            throw new MalformedBundle(name, 0, "the bundle's files are larger than " + MAX_BYTES + " bytes unzipped");
        }
        return bytes;
    }

    private static Map<String, String> fields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("tenant", TenantBundleReader.TENANT);
        fields.put("agencies", TenantBundleReader.AGENCIES);
        fields.put("groups", TenantBundleReader.GROUPS);
        fields.put("admin", ADMIN);
        return fields;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A field of the body's top object: its name, where its value starts and ends in the text, and
     * the line it starts on. Found by a scan of text the JSON parser has already accepted.
     */
    record TopField(String name, int start, int end, long line) {

        static List<TopField> of(String text) {
            List<TopField> fields = new java.util.ArrayList<>();
            int i = skipSpace(text, text.indexOf('{') + 1);
            while (i < text.length() && text.charAt(i) == '"') {
                int nameEnd = stringEnd(text, i);
                String name = jakarta.json.Json.createReader(new java.io.StringReader(text.substring(i, nameEnd)))
                        .readValue()
                        .toString();
                name = name.substring(1, name.length() - 1);
                i = skipSpace(text, text.indexOf(':', nameEnd) + 1);
                int start = i;
                int end = valueEnd(text, start);
                fields.add(new TopField(
                        name,
                        start,
                        end,
                        1
                                + text.substring(0, start)
                                        .chars()
                                        .filter(c -> c == '\n')
                                        .count()));
                i = skipSpace(text, end);
                if (i < text.length() && text.charAt(i) == ',') {
                    i = skipSpace(text, i + 1);
                }
            }
            return fields;
        }

        private static int skipSpace(String text, int i) {
            while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            return i;
        }

        /** The index after the string that opens at {@code i}. */
        private static int stringEnd(String text, int i) {
            int j = i + 1;
            while (text.charAt(j) != '"') {
                j += text.charAt(j) == '\\' ? 2 : 1;
            }
            return j + 1;
        }

        /** The index after the value that starts at {@code i}. */
        private static int valueEnd(String text, int i) {
            int depth = 0;
            int j = i;
            while (j < text.length()) {
                char c = text.charAt(j);
                if (c == '"') {
                    j = stringEnd(text, j);
                    if (depth == 0) {
                        return j;
                    }
                    continue;
                }
                if (c == '{' || c == '[') {
                    depth++;
                } else if (c == '}' || c == ']') {
                    if (depth == 0) {
                        return j;
                    }
                    depth--;
                    if (depth == 0) {
                        return j + 1;
                    }
                } else if (c == ',' && depth == 0) {
                    return j;
                }
                j++;
            }
            return j;
        }
    }
}
