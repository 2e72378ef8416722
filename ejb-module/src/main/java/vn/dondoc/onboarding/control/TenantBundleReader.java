package vn.dondoc.onboarding.control;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.dondoc.agencies.entity.AgencyKind;
import vn.dondoc.agencies.entity.Slug;
import vn.dondoc.onboarding.control.TenantBundle.AgencySpec;
import vn.dondoc.onboarding.control.TenantBundle.DemoUsers;
import vn.dondoc.onboarding.control.TenantBundle.GroupSpec;
import vn.dondoc.onboarding.control.TenantBundle.TenantSpec;
import vn.dondoc.onboarding.control.TenantBundle.UserSpec;
import vn.dondoc.platform.security.Role;
import vn.dondoc.reporting.entity.ReportingSettings;
import vn.dondoc.tenancy.entity.Tenant;

/**
 * Reads and checks one tenant bundle folder ({@code tenant.json}, {@code agencies.json}, {@code
 * groups.json}, {@code demo-users.json}; the format is in {@code tenants/README.md}). Anything
 * wrong is a {@link MalformedBundle} naming the file and line, so a bad bundle stops start-up
 * with a message a person can act on. Text is NFC-normalised: the same name typed two ways is
 * one name.
 */
public final class TenantBundleReader {

    static final String TENANT = "tenant.json";
    static final String AGENCIES = "agencies.json";
    static final String GROUPS = "groups.json";
    static final String DEMO_USERS = "demo-users.json";

    public TenantBundle read(Path dir) {
        return read(BundleFiles.folder(dir));
    }

    /**
     * Reads a bundle from wherever its files are (a folder, or an upload's files), with the same
     * checks: {@code POST /tenants} accepts exactly what start-up accepts (D-045).
     */
    public TenantBundle read(BundleFiles files) {
        MessageDigest digest = sha256();
        Path tenantFile = files.name(TENANT);
        Located tenantRoot = Located.object(tenantFile, load(files, TENANT, true, digest));
        TenantSpec tenant = tenant(tenantRoot, files.folder());
        Codes codes = new Codes();
        Map<String, AgencySpec> agencies = agencies(files.name(AGENCIES), load(files, AGENCIES, false, digest), codes);
        List<GroupSpec> groups = groups(files.name(GROUPS), load(files, GROUPS, false, digest), agencies, codes);
        if (tenant.secretariatAgency() != null && !agencies.containsKey(tenant.secretariatAgency())) {
            throw tenantRoot.problemAt(
                    "secretariatAgency",
                    "secretariatAgency \"" + tenant.secretariatAgency() + "\" is not an agency of " + AGENCIES);
        }
        DemoUsers demoUsers = demoUsers(files.name(DEMO_USERS), load(files, DEMO_USERS, false, digest), agencies);
        return new TenantBundle(
                tenant,
                List.copyOf(agencies.values()),
                groups,
                demoUsers,
                HexFormat.of().formatHex(digest.digest()));
    }

    private static TenantSpec tenant(Located root, Optional<String> folder) {
        String id = root.text("id", true);
        if (folder.isPresent() && !id.equals(folder.get())) {
            throw root.problemAt("id", "id \"" + id + "\" differs from the folder name \"" + folder.get() + "\"");
        }
        String slug = code(root, id);
        if (!slug.equals(id)) {
            throw root.problemAt("id", "id \"" + id + "\" must be a slug such as \"" + slug + "\"");
        }
        if (id.equals(Tenant.PLATFORM)) {
            throw root.problemAt("id", "id \"" + id + "\" is reserved for the platform's operators (D-045)");
        }
        String zone = root.text("timeZone", true);
        try {
            ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw root.problem("timeZone \"" + zone + "\" is not a time zone such as Asia/Ho_Chi_Minh");
        }
        return new TenantSpec(
                id,
                root.text("name", true),
                root.text("nameEn", false),
                root.text("issuingBody", true),
                zone,
                root.text("secretariatAgency", false),
                root.wholeNumber(
                        "sendingWorkingDays", ReportingSettings.MIN_WORKING_DAYS, ReportingSettings.MAX_WORKING_DAYS));
    }

    private static Map<String, AgencySpec> agencies(Path file, String text, Codes codes) {
        Map<String, AgencySpec> byName = new LinkedHashMap<>();
        for (Located entry : Located.array(file, text)) {
            String name = entry.text("name", true);
            String kindName = entry.text("kind", true);
            AgencyKind kind;
            try {
                kind = AgencyKind.valueOf(kindName);
            } catch (IllegalArgumentException e) {
                throw entry.problem("kind \"" + kindName + "\" is not one of " + List.of(AgencyKind.values()));
            }
            List<String> aliases = entry.texts("aliases");
            codes.claim(entry, name, aliases);
            byName.put(name, new AgencySpec(name, entry.text("nameEn", false), kind, aliases));
        }
        return byName;
    }

    private static List<GroupSpec> groups(Path file, String text, Map<String, AgencySpec> agencies, Codes codes) {
        List<GroupSpec> groups = new ArrayList<>();
        for (Located entry : Located.array(file, text)) {
            String name = entry.text("name", true);
            List<String> aliases = entry.texts("aliases");
            codes.claim(entry, "group \"" + name + "\"", name, aliases);
            Optional<List<String>> members = Optional.empty();
            if (entry.value().asJsonObject().containsKey("members")) {
                List<String> names = entry.texts("members");
                for (String member : names) {
                    if (!agencies.containsKey(member)) {
                        throw entry.problem(
                                "member \"" + member + "\" of \"" + name + "\" is not an agency of " + AGENCIES);
                    }
                }
                members = Optional.of(names);
            }
            groups.add(new GroupSpec(name, entry.text("nameEn", false), aliases, members));
        }
        return groups;
    }

    private static DemoUsers demoUsers(Path file, String text, Map<String, AgencySpec> agencies) {
        if (text.isEmpty()) {
            return DemoUsers.none();
        }
        Located root = Located.object(file, text);
        String password = root.text("password", true);
        boolean perAgency = root.value().asJsonObject().getBoolean("perAgency", false);
        List<UserSpec> users = new ArrayList<>();
        Set<String> usernames = new HashSet<>();
        if (perAgency) {
            agencies.keySet().forEach(name -> {
                usernames.add(Slug.of(name));
                usernames.add(Slug.of(name) + ".head");
            });
        }
        for (Located entry : root.children("users")) {
            String username = entry.text("username", true);
            if (!usernames.add(username)) {
                throw entry.problem("username \"" + username + "\" is used twice");
            }
            Set<Role> roles = EnumSet.noneOf(Role.class);
            for (String role : entry.texts("roles")) {
                try {
                    roles.add(Role.valueOf(role));
                } catch (IllegalArgumentException e) {
                    throw entry.problem("role \"" + role + "\" is not one of " + List.of(Role.values()));
                }
            }
            if (roles.isEmpty()) {
                throw entry.problem("user \"" + username + "\" has no roles");
            }
            Optional<String> agency = Optional.ofNullable(entry.text("agency", false));
            if (agency.isPresent() && !agencies.containsKey(agency.get())) {
                throw entry.problem(
                        "agency \"" + agency.get() + "\" of user \"" + username + "\" is not in " + AGENCIES);
            }
            String displayName =
                    Optional.ofNullable(entry.text("displayName", false)).orElse(username);
            Optional<String> email = Optional.ofNullable(entry.text("email", false));
            if (email.isPresent() && !email.get().matches("[^@\\s]+@[^@\\s]+")) {
                throw entry.problem("email \"" + email.get() + "\" of user \"" + username + "\" is not an address");
            }
            users.add(new UserSpec(username, displayName, roles, agency, email));
        }
        Optional<String> emailDomain = Optional.ofNullable(root.text("emailDomain", false));
        return new DemoUsers(password, perAgency, users, emailDomain);
    }

    /**
     * The codes given out so far in a bundle. Names and aliases are matched by code, so no two
     * agencies or groups may have a name or alias with the same code (tenants/README.md).
     */
    private static final class Codes {

        private final Map<String, Located> owners = new HashMap<>();
        private final Map<String, String> spellings = new HashMap<>();
        private final Map<Located, String> ownerNames = new HashMap<>();

        void claim(Located entry, String name, List<String> aliases) {
            claim(entry, "\"" + name + "\"", name, aliases);
        }

        void claim(Located entry, String described, String name, List<String> aliases) {
            ownerNames.put(entry, name);
            take(entry, described, name);
            for (String alias : aliases) {
                take(entry, "alias \"" + alias + "\" of \"" + name + "\"", alias);
            }
        }

        private void take(Located entry, String described, String spelling) {
            String code = code(entry, spelling);
            Located holder = owners.putIfAbsent(code, entry);
            if (holder != null && holder != entry) {
                String taken = spellings.get(code);
                String holderName = ownerNames.get(holder);
                throw entry.problem(described + " has the same code \"" + code + "\" as \"" + taken + "\""
                        + (taken.equals(holderName) ? "" : " of \"" + holderName + "\""));
            }
            spellings.putIfAbsent(code, spelling);
        }
    }

    /** The code of a name; a name with nothing to make a code of is the bundle's fault, said so. */
    private static String code(Located entry, String name) {
        try {
            return Slug.of(name);
        } catch (IllegalArgumentException e) {
            throw entry.problem(e.getMessage());
        }
    }

    /** The file's text, or "" when an optional file is absent; its bytes feed the digest. */
    static String load(BundleFiles files, String name, boolean required, MessageDigest digest) {
        Path file = files.name(name);
        Optional<byte[]> content = files.bytes(name);
        if (content.isEmpty()) {
            if (required) {
                throw new MalformedBundle(file, 0, "the file is missing");
            }
            return "";
        }
        byte[] bytes = content.get();
        digest.update(name.getBytes(StandardCharsets.UTF_8));
        digest.update(bytes);
        try {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return Normalizer.normalize(text.startsWith("\uFEFF") ? text.substring(1) : text, Normalizer.Form.NFC);
        } catch (CharacterCodingException e) {
            throw new MalformedBundle(file, 0, "the file is not UTF-8 text");
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
