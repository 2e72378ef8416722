package vn.dondoc.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The walls between tenants and between agencies, tried on every operation the product describes
 * (OWASP API1, broken object-level authorization). Vĩnh Phúc (tenant A) owns real objects of every
 * kind, made through the API with the server's clock at 20/06/2024 10:00: Kế hoạch 204 with its
 * items and assignments, Sở Tư pháp's obligations, its 2024-H1 report saved with a figure and a
 * file and submitted, a request for more time on the report and one on an item, a request for
 * explanation answered with a file, its notices, its scorecard lines and the audit trail. Then
 * every operation in {@code GET /openapi} is called with A's ids as each role of Đồng Tháp (tenant
 * B), as the officer and head of another agency of A (Sở Nội vụ), and as the platform's operator, who must be
 * refused every operation but its own (D-045): a call on one of A's objects
 * is a 404 (or a 403 for a role that may not call it at all), a list or a call on the caller's own
 * tenant shows none of A's marked texts nor ids, and nothing is ever a 5xx. The same for every web
 * page under {@code app/}. An operation, a parameter or a page the matrix does not know fails the
 * test, so a new endpoint is either covered or named here. Its own deployment, for its own clock.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TenantWallsIT {

    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    /** In every text tenant A's owner writes: none of B's, nor another agency's, answers may carry it. */
    private static final String MARK = "TUONGA7Q";

    /** Texts only tenant A's data carries (B has no document, and a name of its own). */
    private static final List<String> TENANT_A_TEXTS = List.of("vinh-phuc", "Vĩnh Phúc", "204/KH-UBND");

    /** Texts only Sở Tư pháp's private data carries inside tenant A (its notices' salutation). */
    private static final List<String> OWNER_TEXTS = List.of(MARK, "Kính gửi Sở Tư pháp");

    private static final String PDF =
            "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";
    private static final String DAY = "2024-06-20";

    /** The agency that owns A's private objects, and an agency and a group only tenant A has. */
    private static final String OWNER = "so-tu-phap";

    private static final String A_ONLY_AGENCY = "ubnd-thanh-pho-vinh-yen";
    private static final String A_ONLY_GROUP = "dai-phat-thanh-truyen-hinh-cac-huyen-thanh-pho";

    /** Who tries: every role of tenant B, and another agency of tenant A. */
    enum Identity {
        B_ADMIN("dong-thap", "admin"),
        B_SECRETARIAT("dong-thap", "secretariat"),
        B_LEADER("dong-thap", "leader"),
        B_OFFICER("dong-thap", OWNER),
        B_HEAD("dong-thap", OWNER + ".head"),
        A_OTHER_OFFICER("vinh-phuc", "so-noi-vu"),
        A_OTHER_HEAD("vinh-phuc", "so-noi-vu.head"),
        /** The platform's operator (D-045): refused every operation but its own. */
        OPERATOR("platform", "operator");

        final String tenant;
        final String username;

        Identity(String tenant, String username) {
            this.tenant = tenant;
            this.username = username;
        }

        boolean otherTenant() {
            return !tenant.equals("vinh-phuc");
        }
    }

    /** How far an object of tenant A reaches: the whole tenant, or its owning agency alone. */
    enum Reach {
        TENANT,
        AGENCY,
        /** Not an object: a year, a file format. */
        VALUE
    }

    /** The kinds of tenant A's objects an operation's parameters name. */
    enum Kind {
        DOCUMENT(Reach.TENANT),
        ITEM(Reach.TENANT),
        ASSIGNMENT(Reach.TENANT),
        PERIOD(Reach.TENANT),
        AGENCY(Reach.TENANT),
        GROUP(Reach.TENANT),
        OBLIGATION(Reach.AGENCY),
        REPORT_VERSION(Reach.AGENCY),
        REPORT_ATTACHMENT(Reach.AGENCY),
        EXTENSION(Reach.AGENCY),
        EXPLANATION(Reach.AGENCY),
        EXPLANATION_ATTACHMENT(Reach.AGENCY),
        NOTICE(Reach.AGENCY),
        /** The agency whose deadline on an item is asked for: the owner's own. */
        OWNER_AGENCY(Reach.AGENCY),
        /** Tenant A itself, as the operator's endpoints name it. */
        TENANT(Reach.TENANT),
        SCORECARD_LINE(Reach.AGENCY),
        AUDIT_RECORD(Reach.TENANT),
        /** A user of tenant A only (an agency's officer B has no such agency for). */
        USER(Reach.TENANT),
        TARGET(Reach.AGENCY),
        YEAR(Reach.VALUE),
        FORMAT(Reach.VALUE);

        final Reach reach;

        Kind(Reach reach) {
            this.reach = reach;
        }
    }

    /**
     * Which kind of object fills a path parameter, by the path up to it. Exactly one rule must
     * match each parameter of each operation; an unknown one fails the test.
     */
    private static final Map<Pattern, Kind> PATH_RULES = rules(
            "/documents/\\{id\\}$", Kind.DOCUMENT,
            "/items/\\{itemId\\}$", Kind.ITEM,
            "/assignments/\\{assignmentId\\}$", Kind.ASSIGNMENT,
            "/periods/\\{label\\}$", Kind.PERIOD,
            "/deadlines/\\{agencyCode\\}$", Kind.OWNER_AGENCY,
            "/obligations/\\{id\\}$", Kind.OBLIGATION,
            "/report/versions/\\{number\\}$", Kind.REPORT_VERSION,
            "/report/attachments/\\{attachment\\}$", Kind.REPORT_ATTACHMENT,
            "/explanation-requests/\\{id\\}$", Kind.EXPLANATION,
            "/answer/attachments/\\{attachment\\}$", Kind.EXPLANATION_ATTACHMENT,
            "/notifications/\\{id\\}$", Kind.NOTICE,
            "/extensions/\\{id\\}$", Kind.EXTENSION,
            "/targets/\\{id\\}$", Kind.TARGET,
            "/agencies/\\{code\\}$", Kind.AGENCY,
            "/agency-groups/\\{code\\}$", Kind.GROUP,
            "/members/\\{agencyCode\\}$", Kind.AGENCY,
            "/calendar/\\{year\\}$", Kind.YEAR,
            "/users/\\{username\\}$", Kind.USER,
            "/scorecard\\.\\{format\\}$", Kind.FORMAT,
            "/tenants/\\{id\\}$", Kind.TENANT);

    /**
     * The query parameters: those that name objects get tenant A's, the others a plain value;
     * {@code null} leaves it out. An unknown one fails the test.
     */
    private static final Map<String, Object> QUERY = queryRules();

    /** The objects a list answers with, by its path: their {@code id} must not be one of A's. */
    private static final Map<String, Kind> LISTS = Map.of(
            "api/v1/documents", Kind.DOCUMENT,
            "api/v1/obligations", Kind.OBLIGATION,
            "api/v1/extensions", Kind.EXTENSION,
            "api/v1/explanation-requests", Kind.EXPLANATION,
            "api/v1/notifications", Kind.NOTICE,
            "api/v1/targets", Kind.TARGET,
            "api/v1/audit", Kind.AUDIT_RECORD);

    /** JSON fields that name an object of one kind, wherever they appear in an answer. */
    private static final Map<String, Kind> ID_FIELDS = Map.of(
            "documentId", Kind.DOCUMENT,
            "itemId", Kind.ITEM,
            "obligationId", Kind.OBLIGATION,
            "extensionId", Kind.EXTENSION,
            "noticeId", Kind.NOTICE);

    /**
     * The web UI's pages under {@code app/}, with the query that names A's objects ({@code ""}
     * for a page that takes none). A page on disk that is not here fails the test.
     */
    private static final Map<String, String> PAGES = pages();

    @ArquillianResource
    URL base;

    private Api api;

    /** Tenant A's objects, made once for the deployment. */
    private static TenantA objects;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.productWarWith("dondoc.clock=2024-06-20T03:00:00Z\n");
    }

    @BeforeEach
    void tenantAOwnsOneOfEverything() throws SQLException {
        api = new Api(base, TOKENS);
        if (objects == null) {
            TenantDocuments.clear("vinh-phuc", "dong-thap");
            objects = new TenantA(api);
        }
    }

    @Test
    void everyOperationRefusesTenantAsObjectsToTenantBAndToAnotherAgencyAndNeverFails() {
        List<Operation> operations = describedOperations();
        List<String> problems = new ArrayList<>();
        Set<String> unknown = new TreeSet<>();
        int calls = 0;
        int ghostCalls = 0;
        int controls = 0;
        int objectUses = 0;
        StringBuilder matrix = new StringBuilder("operation");
        for (Identity identity : Identity.values()) {
            matrix.append('\t').append(identity);
        }
        for (Operation operation : operations) {
            if (CALLER_ONLY.containsKey(operation.key())) {
                matrix.append('\n').append(operation).append("\tnot tried: ").append(CALLER_ONLY.get(operation.key()));
                continue;
            }
            int unknownBefore = unknown.size();
            Map<String, Kind> path = new LinkedHashMap<>();
            for (String parameter : operation.pathParameters()) {
                Kind kind = kindOf(operation.template(), parameter);
                if (kind == null) {
                    unknown.add(operation + ": path parameter {" + parameter + "}");
                } else {
                    path.put(parameter, kind);
                }
            }
            for (String parameter : operation.queryParameters()) {
                if (!QUERY.containsKey(parameter)) {
                    unknown.add(operation + ": query parameter " + parameter);
                }
            }
            if (operation.writes() && !BODIES.containsKey(operation.key()) && !operation.isSignIn()) {
                unknown.add(operation + ": no body in the matrix");
            }
            if (unknown.size() > unknownBefore) {
                continue;
            }
            Set<Kind> kinds = EnumSet.noneOf(Kind.class);
            kinds.addAll(path.values());
            operation.queryParameters().stream()
                    .map(QUERY::get)
                    .filter(Kind.class::isInstance)
                    .map(Kind.class::cast)
                    .forEach(kinds::add);
            kinds.removeIf(k -> k.reach == Reach.VALUE);
            matrix.append('\n').append(operation);
            Body body = BODIES.get(operation.key());
            Set<Kind> named = EnumSet.noneOf(Kind.class);
            named.addAll(kinds);
            for (Kind kind : Kind.values()) {
                if (body != null && body.template().contains("{" + kind + "}")) {
                    named.add(kind);
                }
            }
            if (!operation.writes() && path.values().stream().anyMatch(k -> k.reach != Reach.VALUE)) {
                controls++;
                if (!readableInTenantA(operation, path)) {
                    problems.add(operation + ": none of tenant A's own users reads it with A's ids (are they real?)");
                }
            }
            for (Identity identity : Identity.values()) {
                if (identity == Identity.OPERATOR
                        && OPERATORS_OWN.matcher(operation.key()).matches()) {
                    matrix.append("\t-"); // the operator's own: OnboardingIT, with tenants of its own
                    continue;
                }
                Api.Reply reply = call(operation, path, identity);
                matrix.append('\t').append(reply.status());
                calls++;
                objectUses += Math.max(1, kinds.size());
                String problem = judge(operation, path, identity, reply);
                if (problem == null && named.stream().anyMatch(k -> TenantA.ghostable(k, identity))) {
                    objects.ghostFor = identity;
                    try {
                        Api.Reply ghost = call(operation, path, identity);
                        ghostCalls++;
                        problem = sameAsNothing(operation, identity, reply, ghost);
                    } finally {
                        objects.ghostFor = null;
                    }
                }
                if (problem != null) {
                    problems.add(problem);
                }
            }
        }
        Set<String> described = operations.stream().map(Operation::key).collect(Collectors.toSet());
        Stream.concat(BODIES.keySet().stream(), CALLER_ONLY.keySet().stream())
                .filter(key -> !described.contains(key))
                .forEach(key -> unknown.add(key + ": in the matrix but not described by /openapi"));
        assertThat(unknown).as("operations the matrix does not cover").isEmpty();

        System.out.println(matrix);
        System.out.printf(
                "Tenant walls: %d operations × %d identities = %d calls, %d (call × object kind) tries over %d"
                        + " kinds of tenant A's objects, %d calls again with ids that exist nowhere, %d reads by A's"
                        + " own users%n",
                operations.size(),
                Identity.values().length,
                calls,
                objectUses,
                Kind.values().length,
                ghostCalls,
                controls);
        assertThat(problems).as("walls that did not hold").isEmpty();
        assertThat(operations.size()).as("the description lists the API").isGreaterThan(50);
    }

    @Test
    void everyPageShowsNothingOfTenantAToTenantBNorOfOneAgencyToAnother() throws IOException {
        Path app = Path.of("src/main/webapp/app");
        Set<String> onDisk;
        try (Stream<Path> files = Files.walk(app)) {
            onDisk = files.filter(f -> f.toString().endsWith(".xhtml"))
                    .map(f -> app.relativize(f).toString().replace('\\', '/'))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertThat(PAGES.keySet())
                .as("the pages the matrix tries, against the pages in the WAR")
                .isEqualTo(onDisk);

        HttpClient browser = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        List<String> problems = new ArrayList<>();
        int tries = 0;
        for (Map.Entry<String, String> page : PAGES.entrySet()) {
            String query = objects.fill(page.getValue());
            for (Identity identity : Identity.values()) {
                URI address = api.uri("app/" + page.getKey() + query);
                HttpResponse<String> response = send(
                        browser,
                        HttpRequest.newBuilder(address)
                                .timeout(Duration.ofSeconds(60))
                                .header("Cookie", "dondoc_session=" + token(identity))
                                .GET());
                tries++;
                String where = identity + " GET app/" + page.getKey() + query + " → " + response.statusCode();
                if (response.statusCode() >= 500) {
                    problems.add(where + ": a server error");
                } else if (!response.uri().getPath().contains("/app/")) {
                    problems.add(where + ": signed out to " + response.uri());
                }
                for (String text : forbiddenTexts(identity)) {
                    if (response.body().contains(text)) {
                        problems.add(where + ": shows \"" + text + "\"");
                    }
                }
            }
        }
        for (String page : List.of("bao-cao.xhtml", "gia-han.xhtml", "giai-trinh.xhtml")) {
            HttpResponse<String> own = send(
                    browser,
                    HttpRequest.newBuilder(api.uri("app/" + page + objects.fill(PAGES.get(page))))
                            .timeout(Duration.ofSeconds(60))
                            .header("Cookie", "dondoc_session=" + api.token("vinh-phuc", OWNER))
                            .GET());
            if (!own.body().contains(MARK)) {
                problems.add("the control: " + OWNER + " does not see its own " + page + " (" + own.statusCode() + ")");
            }
        }
        System.out.printf(
                "Tenant walls: %d pages × %d identities = %d page views%n",
                PAGES.size(), Identity.values().length, tries);
        assertThat(problems).as("pages that showed what was not theirs").isEmpty();
    }

    // ---- the matrix

    /** The operation's address with tenant A's objects in its path and query. */
    private static String address(Operation operation, Map<String, Kind> path) {
        String address = operation.template();
        for (Map.Entry<String, Kind> parameter : path.entrySet()) {
            address = address.replaceFirst(
                    "\\{" + Pattern.quote(parameter.getKey()) + "(:[^}]*)?\\}",
                    Matcher.quoteReplacement(objects.value(parameter.getValue())));
        }
        List<String> query = new ArrayList<>();
        for (String parameter : operation.queryParameters()) {
            Object value = QUERY.get(parameter);
            if (value != null) {
                String text = value instanceof Kind kind ? objects.value(kind) : value.toString();
                query.add(parameter + "=" + URLEncoder.encode(text, StandardCharsets.UTF_8));
            }
        }
        if (!query.isEmpty()) {
            address += "?" + String.join("&", query);
        }
        return address;
    }

    private Api.Reply call(Operation operation, Map<String, Kind> path, Identity identity) {
        String address = address(operation, path);
        if (operation.isSignIn()) {
            var wrong = Json.createObjectBuilder()
                    .add("tenant", "vinh-phuc")
                    .add("username", identity.username)
                    .add("password", "not-" + Api.PASSWORD);
            if (operation.isPasswordChange()) {
                wrong.add("newPassword", "Một mật khẩu mới đủ dài");
            }
            return api.post(address, null, wrong.build().toString());
        }
        HttpRequest.Builder request = api.request(address, token(identity));
        Body body = BODIES.get(operation.key());
        HttpRequest.BodyPublisher content = HttpRequest.BodyPublishers.noBody();
        if (body != null) {
            request.header("Content-Type", body.contentType());
            content =
                    HttpRequest.BodyPublishers.ofString(body.content(this, identity, address), StandardCharsets.UTF_8);
        }
        return api.send(request.method(operation.method(), content));
    }

    /** Why this answer breaks a wall, or null when it holds. */
    private String judge(Operation operation, Map<String, Kind> path, Identity identity, Api.Reply reply) {
        String where = identity + " " + operation.method() + " "
                + reply.response().uri().getRawPath()
                + (reply.response().uri().getRawQuery() == null
                        ? ""
                        : "?" + reply.response().uri().getRawQuery())
                + " → " + reply.status();
        int status = reply.status();
        if (status >= 500) {
            return where + ": a server error " + reply.body();
        }
        if (operation.isSignIn()) {
            return status == 401 ? null : where + ": signed in (or changed a password) with a wrong password";
        }
        if (status == 401) {
            return where + ": the signed-in caller was refused as unknown";
        }
        if (identity == Identity.OPERATOR && status != 403 && status != 404) {
            return where + ": the operator reaches a tenant's business, " + abbreviated(reply.body());
        }
        boolean agencyObject = path.values().stream().anyMatch(k -> k.reach == Reach.AGENCY);
        boolean tenantObject = path.values().stream().anyMatch(k -> k.reach == Reach.TENANT);
        boolean mustBeRefused;
        if (identity.otherTenant()) {
            mustBeRefused = agencyObject || tenantObject;
        } else {
            // Inside tenant A an agency's user may read the tenant's documents and directory, but never
            // another agency's objects, and changes nothing of the tenant's own.
            mustBeRefused = agencyObject || (operation.writes() && !operation.isSignIn());
        }
        if (mustBeRefused && status != 403 && status != 404) {
            return where + ": expected 404 (or 403), " + abbreviated(reply.body());
        }
        for (String text : forbiddenTexts(identity)) {
            if (operation.key().equals("POST api/v1/documents/import") && TENANT_A_TEXTS.contains(text)) {
                continue; // the dry run echoes the plan the caller sent, which speaks of Vĩnh Phúc
            }
            if (reply.body() != null && reply.body().contains(text)) {
                return where + ": the answer carries \"" + text + "\": " + abbreviated(reply.body());
            }
        }
        String contentType = reply.header("Content-Type");
        if (contentType != null
                && contentType.contains("json")
                && status < 300
                && !reply.body().isBlank()) {
            JsonValue json;
            try (var reader = Json.createReader(new StringReader(reply.body()))) {
                json = reader.readValue();
            }
            Kind listed = LISTS.get(operation.template());
            String leak = leakedId(json, identity, listed);
            if (leak != null) {
                return where + ": the answer names " + leak;
            }
        }
        return null;
    }

    /**
     * The control: a reading operation answers A's ids to one of A's own users, so that the others'
     * 404 is the wall and not an id that was never there.
     */
    private boolean readableInTenantA(Operation operation, Map<String, Kind> path) {
        for (String user : List.of(OWNER, OWNER + ".head", "secretariat", "leader", "admin")) {
            HttpRequest.Builder request = api.request(address(operation, path), api.token("vinh-phuc", user));
            if (api.send(request.GET()).status() == 200) {
                return true;
            }
        }
        return false;
    }

    /**
     * Why A's object answers otherwise than one that exists nowhere, or null: a refusal that tells
     * "it exists, but not for you" apart from "there is none" would let B learn A's ids.
     */
    private static String sameAsNothing(Operation operation, Identity identity, Api.Reply real, Api.Reply ghost) {
        String where = identity + " " + operation + ": A's object → " + real.status() + ", none → " + ghost.status();
        if (real.status() != ghost.status()) {
            return where;
        }
        if (real.status() >= 300 && !detail(real).equals(detail(ghost))) {
            return where + ": \"" + detail(real) + "\" against \"" + detail(ghost) + "\"";
        }
        return null;
    }

    /** A problem's detail with its ids and codes blotted out, for comparing two refusals. */
    private static String detail(Api.Reply reply) {
        String detail;
        try {
            detail = reply.object().getString("detail", reply.body());
        } catch (RuntimeException notJson) {
            detail = reply.body();
        }
        return detail.replace(A_ONLY_AGENCY, "#")
                .replace(A_ONLY_GROUP, "#")
                .replace(TenantA.GHOST_CODE, "#")
                .replaceAll("\\d+", "#");
    }

    private static List<String> forbiddenTexts(Identity identity) {
        List<String> texts = new ArrayList<>(OWNER_TEXTS);
        if (identity.otherTenant()) {
            texts.addAll(TENANT_A_TEXTS);
        }
        return texts;
    }

    /** The first of A's ids this JSON names that the identity may not know, or null. */
    private static String leakedId(JsonValue json, Identity identity, Kind listed) {
        if (json instanceof JsonArray array) {
            for (JsonValue element : array) {
                if (listed != null && element instanceof JsonObject o && o.get("id") instanceof JsonNumber n) {
                    if (objects.hidden(identity, listed).contains(n.longValue())) {
                        return listed + " " + n + " in the list";
                    }
                }
                String inner = leakedId(element, identity, null);
                if (inner != null) {
                    return inner;
                }
            }
        } else if (json instanceof JsonObject object) {
            for (Map.Entry<String, JsonValue> field : object.entrySet()) {
                Kind kind = ID_FIELDS.get(field.getKey());
                if (kind != null
                        && field.getValue() instanceof JsonNumber n
                        && objects.hidden(identity, kind).contains(n.longValue())) {
                    return field.getKey() + " " + n;
                }
                String inner = leakedId(field.getValue(), identity, null);
                if (inner != null) {
                    return inner;
                }
            }
        }
        return null;
    }

    private static Kind kindOf(String template, String parameter) {
        Matcher placeholder = Pattern.compile("\\{" + Pattern.quote(parameter) + "(:[^}]*)?\\}")
                .matcher(template);
        if (!placeholder.find()) {
            return null;
        }
        String upTo = template.substring(0, placeholder.start()) + "{" + parameter + "}";
        List<Kind> matching = PATH_RULES.entrySet().stream()
                .filter(rule -> rule.getKey().matcher(upTo).find())
                .map(Map.Entry::getValue)
                .toList();
        return matching.size() == 1 ? matching.get(0) : null;
    }

    // ---- the description

    /** One operation of the description: its method and path, relative to the deployment. */
    record Operation(String method, String template, List<String> pathParameters, List<String> queryParameters) {

        String key() {
            return method + " " + template;
        }

        boolean writes() {
            return !method.equals("GET");
        }

        /** Signing in, or changing a password, which proves the caller the same way (D-046). */
        boolean isSignIn() {
            return key().equals("POST api/v1/auth/token") || isPasswordChange();
        }

        boolean isPasswordChange() {
            return key().equals("POST api/v1/auth/password");
        }

        @Override
        public String toString() {
            return key();
        }
    }

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)(?::[^}]*)?\\}");

    private List<Operation> describedOperations() {
        Api.Reply description = api.send(api.request("/openapi?format=JSON", null)
                .header("Accept", "application/json")
                .GET());
        assertThat(description.status()).as(description.body()).isEqualTo(200);
        JsonObject paths = description.object().getJsonObject("paths");
        List<Operation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonValue> entry : paths.entrySet()) {
            String raw = entry.getKey();
            int at = raw.indexOf("api/v1/");
            assertThat(at).as("a path outside the API: %s", raw).isNotNegative();
            String template = raw.substring(at);
            List<String> inPath = new ArrayList<>();
            Matcher m = PLACEHOLDER.matcher(template);
            while (m.find()) {
                inPath.add(m.group(1));
            }
            JsonObject item = entry.getValue().asJsonObject();
            for (String method : List.of("get", "put", "post", "delete", "patch", "head", "options")) {
                if (!item.containsKey(method)) {
                    continue;
                }
                Set<String> query = new LinkedHashSet<>();
                for (JsonObject owner : List.of(item, item.getJsonObject(method))) {
                    if (owner.containsKey("parameters")) {
                        for (JsonObject parameter :
                                owner.getJsonArray("parameters").getValuesAs(JsonObject.class)) {
                            if ("query".equals(parameter.getString("in", ""))) {
                                query.add(parameter.getString("name"));
                            }
                        }
                    }
                }
                operations.add(new Operation(method.toUpperCase(), template, inPath, List.copyOf(query)));
            }
        }
        return operations;
    }

    // ---- bodies: valid, so that the refusal is the wall and not the validation

    /** A request body for a writing operation. */
    @FunctionalInterface
    interface BodyText {
        String of(TenantWallsIT test, Identity identity, String address);
    }

    record Body(String contentType, BodyText text, String template) {
        String content(TenantWallsIT test, Identity identity, String address) {
            return text.of(test, identity, address);
        }

        /** A JSON body; {KIND} stands for tenant A's object of that kind. */
        static Body json(String json) {
            return new Body("application/json", (t, i, a) -> objects.fill(json), json);
        }

        static Body none() {
            return new Body("application/json", (t, i, a) -> "", "");
        }

        static Body file() {
            return new Body("application/octet-stream", (t, i, a) -> PDF, "");
        }

        /**
         * The caller's own settings read back and written unchanged (only the fields the writing
         * takes, when named): nothing of B's changes.
         */
        static Body unchanged(String... fields) {
            return new Body(
                    "application/json",
                    (t, i, address) -> {
                        Api.Reply current = t.api.get(address, t.token(i));
                        if (current.status() != 200) {
                            return "{}";
                        }
                        if (fields.length == 0) {
                            return current.body();
                        }
                        var kept = Json.createObjectBuilder();
                        for (String field : fields) {
                            kept.add(field, current.object().get(field));
                        }
                        return kept.build().toString();
                    },
                    "");
        }
    }

    private static final Map<String, Body> BODIES = bodies();

    /** The operator's own operations (D-045): every other identity must be refused them. */
    private static final Pattern OPERATORS_OWN = Pattern.compile("POST api/v1/tenants(/\\{id\\}/(suspend|resume))?");

    /**
     * Operations that name no object and act on the caller alone, each with where it is proved
     * instead. Trying one here would change the identities themselves (signing out ends every
     * token of the user, D-038), not reach through a wall.
     */
    private static final Map<String, String> CALLER_ONLY = Map.of(
            "POST api/v1/auth/sign-out",
            "ends the caller's own tokens; IdentityIT.signingOutEndsEveryTokenOfTheUserAtOnceAndANewSignInWorks");

    private static Map<String, Body> bodies() {
        Map<String, Body> bodies = new LinkedHashMap<>();
        // The caller's own tenant: creating nothing new (the name exists in both tenants: 409).
        bodies.put("POST api/v1/agencies", Body.json("{\"name\":\"Sở Tư pháp\",\"kind\":\"DEPARTMENT\"}"));
        bodies.put("PUT api/v1/agencies/{code}", Body.json("{\"name\":\"Tên mới của cơ quan\"}"));
        bodies.put("PUT api/v1/agency-groups/{code}/members/{agencyCode}", Body.none());
        bodies.put("DELETE api/v1/agency-groups/{code}/members/{agencyCode}", Body.none());
        // A year no tenant moves a day in: writing none leaves the calendar as it is.
        bodies.put("PUT api/v1/calendar/{year}/moved-days", Body.json("[]"));
        bodies.put("POST api/v1/documents/import", new Body("text/plain; charset=UTF-8", (t, i, a) -> plan(), ""));
        bodies.put("PUT api/v1/documents/{id}/regime", Body.json("{\"reportingFrequencies\":[\"SEMIANNUAL\"]}"));
        bodies.put("PATCH api/v1/documents/{id}/items/{itemId}", Body.json("{\"text\":\"Nội dung sửa đổi\"}"));
        bodies.put(
                "POST api/v1/documents/{id}/items/{itemId}/assignments",
                Body.json("{\"agencyCode\":\"so-noi-vu\",\"role\":\"COORDINATOR\"}"));
        bodies.put("DELETE api/v1/documents/{id}/items/{itemId}/assignments/{assignmentId}", Body.none());
        bodies.put(
                "POST api/v1/documents/{id}/items/{itemId}/deadlines/{agencyCode}/extension",
                Body.json("{\"requestedDueOn\":\"2025-02-28\",\"reason\":\"Chờ số liệu\"}"));
        bodies.put(
                "POST api/v1/documents/{id}/items/{itemId}/deadlines/{agencyCode}/extension/approve",
                Body.json("{\"dueOn\":\"2025-02-28\"}"));
        bodies.put(
                "POST api/v1/documents/{id}/items/{itemId}/deadlines/{agencyCode}/extension/refuse",
                Body.json("{\"comment\":\"Không đủ lý do\"}"));
        bodies.put("PUT api/v1/name-mappings", Body.json("{\"text\":\"UBND thành phố\",\"agencyCode\":\"{AGENCY}\"}"));
        bodies.put(
                "POST api/v1/explanation-requests",
                Body.json("{\"agencyCode\":\"" + OWNER + "\",\"obligationId\":{OBLIGATION},\"question\":\"Vì sao?\","
                        + "\"answerBy\":\"2024-06-25\"}"));
        bodies.put("POST api/v1/explanation-requests/{id}/answer", Body.json("{\"text\":\"Trả lời\"}"));
        bodies.put("POST api/v1/explanation-requests/{id}/answer/attachments", Body.file());
        bodies.put("DELETE api/v1/explanation-requests/{id}/answer/attachments/{attachment}", Body.none());
        bodies.put("PUT api/v1/settings/notifications", Body.unchanged());
        bodies.put("PUT api/v1/settings/reporting", Body.unchanged());
        bodies.put(
                "PUT api/v1/settings/scoring",
                Body.unchanged(
                        "weightCompletedOfDue",
                        "weightOnTimeOfDue",
                        "weightReportingRate",
                        "weightTimeliness",
                        "bandExcellent",
                        "bandGood",
                        "bandPass"));
        bodies.put(
                "POST api/v1/documents/{id}/targets",
                Body.json("{\"agencyCode\":\"" + OWNER + "\",\"name\":\"Tỷ lệ giải quyết đúng hạn\",\"unit\":\"%\","
                        + "\"direction\":\"AT_LEAST\",\"value\":95}"));
        bodies.put("PATCH api/v1/targets/{id}", Body.json("{\"value\":95}"));
        bodies.put("POST api/v1/notifications/{id}/read", Body.none());
        bodies.put("POST api/v1/notifications/reminders", Body.none());
        bodies.put(
                "POST api/v1/obligations/{id}/extension",
                Body.json("{\"requestedDueOn\":\"2024-07-05\",\"reason\":\"Chờ số liệu\"}"));
        bodies.put("POST api/v1/obligations/{id}/extension/approve", Body.json("{\"dueOn\":\"2024-07-05\"}"));
        bodies.put("POST api/v1/obligations/{id}/extension/refuse", Body.json("{\"comment\":\"Không đủ lý do\"}"));
        bodies.put(
                "PUT api/v1/obligations/{id}/report",
                Body.json("{\"summary\":\"Tóm tắt\",\"entries\":[{\"itemId\":{REPORT_ITEM},\"narrative\":\"Đã làm\","
                        + "\"completed\":false,\"figures\":[{\"name\":\"Số vụ\",\"numerator\":1,"
                        + "\"denominator\":null,\"unit\":\"vụ\"}]}]}"));
        bodies.put("POST api/v1/obligations/{id}/report/attachments", Body.file());
        bodies.put("DELETE api/v1/obligations/{id}/report/attachments/{attachment}", Body.none());
        bodies.put("POST api/v1/obligations/{id}/report/submit", Body.none());
        bodies.put("POST api/v1/obligations/{id}/report/approve", Body.none());
        bodies.put("POST api/v1/obligations/{id}/report/accept", Body.none());
        bodies.put("POST api/v1/obligations/{id}/report/return", Body.json("{\"comment\":\"Bổ sung\"}"));
        // A whole, valid bundle: the refusal is the role, never the bundle (no operator calls it here).
        bodies.put(
                "POST api/v1/tenants",
                Body.json(
                        "{\"tenant\":{\"id\":\"tuong-thu-vach\",\"name\":\"Đơn vị thử\",\"issuingBody\":\"ĐƠN VỊ THỬ\","
                                + "\"timeZone\":\"Asia/Ho_Chi_Minh\"},\"agencies\":[{\"name\":\"Văn phòng\",\"kind\":"
                                + "\"DEPARTMENT_UNIT\"}],\"admin\":{\"username\":\"quantri\"}}"));
        bodies.put("POST api/v1/tenants/{id}/suspend", Body.none());
        bodies.put("POST api/v1/tenants/{id}/resume", Body.none());
        // A user of the caller's own tenant of A's agency: B's administrator has no such agency (422),
        // A's other agencies may not add users at all (403); nobody is created.
        bodies.put(
                "POST api/v1/users",
                Body.json("{\"username\":\"thu-tuong-ngan\",\"displayName\":\"Thử tường ngăn\","
                        + "\"roles\":[\"AGENCY_OFFICER\"],\"agency\":\"{AGENCY}\"}"));
        bodies.put("PATCH api/v1/users/{username}", Body.json("{\"displayName\":\"Tên đã đổi\"}"));
        return bodies;
    }

    private static Map<String, Object> queryRules() {
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("document", Kind.DOCUMENT);
        query.put("agency", Kind.OWNER_AGENCY);
        query.put("group", Kind.GROUP);
        query.put("period", Kind.PERIOD);
        query.put("count", "assigned");
        query.put("year", "2024");
        query.put("page", "0");
        query.put("size", "500");
        query.put("dryRun", "true");
        query.put("day", DAY);
        query.put("asOf", DAY);
        query.put("table", "agencies");
        query.put("name", "thu.pdf");
        query.put("status", null);
        query.put("sort", null);
        query.put("role", null);
        query.put("active", null);
        return query;
    }

    private static Map<String, String> pages() {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("bang-danh-gia.xhtml", "");
        pages.put("bao-cao.xhtml", "?obligation={OBLIGATION}");
        pages.put("cai-dat.xhtml", "");
        pages.put("cho-duyet.xhtml", "");
        pages.put("co-quan.xhtml", "");
        pages.put("gia-han.xhtml", "?id={EXTENSION}");
        pages.put("giai-trinh.xhtml", "?id={EXPLANATION}");
        pages.put("index.xhtml", "");
        pages.put("lich.xhtml", "");
        pages.put("nhap-ke-hoach.xhtml", "");
        pages.put("nguoi-dung.xhtml", "");
        pages.put("nhat-ky-nhac-viec.xhtml", "");
        pages.put("theo-doi-bao-cao.xhtml", "");
        pages.put("thong-bao.xhtml", "");
        pages.put("trang-chu.xhtml", "");
        pages.put("van-ban.xhtml", "");
        pages.put("van-ban/chi-tiet.xhtml", "?id={DOCUMENT}");
        pages.put("van-ban/chi-tieu.xhtml", "?document={DOCUMENT}");
        pages.put("van-ban/noi-dung.xhtml", "?document={DOCUMENT}&item={ITEM}");
        pages.put("viec-cua-toi.xhtml", "");
        return pages;
    }

    private static Map<Pattern, Kind> rules(Object... pairs) {
        Map<Pattern, Kind> rules = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            rules.put(Pattern.compile((String) pairs[i]), (Kind) pairs[i + 1]);
        }
        return rules;
    }

    private static String plan() {
        try (InputStream in = TenantWallsIT.class.getResourceAsStream("/plans/ct-46-tu-vinh-phuc.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private String token(Identity identity) {
        return api.token(identity.tenant, identity.username);
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String abbreviated(String body) {
        return body == null || body.length() <= 300 ? body : body.substring(0, 300) + "…";
    }

    // ---- tenant A's objects

    /** One of every kind of object, made by tenant A's own users through the API; their ids by kind. */
    static final class TenantA {

        private final Map<Kind, String> values = new LinkedHashMap<>();
        /** Every id of A's objects, by kind: what another tenant may not see. */
        private final Map<Kind, Set<Long>> all = new LinkedHashMap<>();
        /** The owning agency's ids, by kind: what another agency of A may not see. */
        private final Map<Kind, Set<Long>> owners = new LinkedHashMap<>();

        private long reportItem;

        static final String GHOST_ID = "987654321";
        static final String GHOST_CODE = "khong-co-ma-nay";

        /** While set, the ids (and A's own codes) this identity may not know stand for objects that exist nowhere. */
        volatile Identity ghostFor;

        /**
         * What another tenant may not tell apart from nothing: every id and A's own codes; another
         * agency of A: the ids of the owner's objects (A's documents and directory are its own).
         */
        static boolean ghostable(Kind kind, Identity identity) {
            boolean numbered = !EnumSet.of(
                            Kind.PERIOD,
                            Kind.AGENCY,
                            Kind.GROUP,
                            Kind.USER,
                            Kind.OWNER_AGENCY,
                            Kind.REPORT_VERSION,
                            Kind.SCORECARD_LINE,
                            Kind.YEAR,
                            Kind.FORMAT)
                    .contains(kind);
            if (identity.otherTenant()) {
                return numbered || kind == Kind.AGENCY || kind == Kind.GROUP || kind == Kind.USER;
            }
            return numbered && kind.reach == Reach.AGENCY;
        }

        TenantA(Api api) {
            String secretariat = api.token("vinh-phuc", "secretariat");
            String officer = api.token("vinh-phuc", OWNER);
            String head = api.token("vinh-phuc", OWNER + ".head");
            String leader = api.token("vinh-phuc", "leader");
            String admin = api.token("vinh-phuc", "admin");

            long document = api.importKeHoach204(secretariat);
            put(Kind.DOCUMENT, document, true);
            JsonObject tree =
                    api.get("api/v1/documents/" + document, secretariat).object();
            JsonObject item = Api.item(tree, "II.5.c");
            put(Kind.ITEM, item.getJsonNumber("id").longValue(), true);
            allItems(tree.getJsonArray("items"));
            JsonObject lead = item.getJsonArray("assignments").getValuesAs(JsonObject.class).stream()
                    .filter(a -> a.getString("agencyCode").equals(OWNER))
                    .findFirst()
                    .orElseThrow();
            put(Kind.ASSIGNMENT, lead.getJsonNumber("id").longValue(), true);
            values.put(Kind.PERIOD, "2024-H1");
            values.put(Kind.AGENCY, A_ONLY_AGENCY);
            values.put(Kind.GROUP, A_ONLY_GROUP);
            // the demo officer of the agency only A has: B has no user of that name
            values.put(Kind.USER, A_ONLY_AGENCY);
            values.put(Kind.OWNER_AGENCY, OWNER);
            values.put(Kind.YEAR, "2031");
            values.put(Kind.FORMAT, "csv");
            values.put(Kind.TENANT, "vinh-phuc");

            Api.Reply target = api.post(
                    "api/v1/documents/" + document + "/targets",
                    secretariat,
                    "{\"itemId\":" + value(Kind.ITEM) + ",\"agencyCode\":\"" + OWNER + "\",\"name\":\"" + MARK
                            + " tỷ lệ hồ sơ đúng hạn\",\"unit\":\"%\",\"direction\":\"AT_LEAST\",\"value\":95}");
            assertThat(target.status()).as(target.body()).isEqualTo(201);
            put(Kind.TARGET, target.array().getJsonObject(0).getJsonNumber("id").longValue(), true);
            Api.Reply targets = api.get("api/v1/targets?size=500&document=" + document, secretariat);
            assertThat(targets.status()).as(targets.body()).isEqualTo(200);
            for (JsonObject t : targets.array().getValuesAs(JsonObject.class)) {
                add(
                        Kind.TARGET,
                        t.getJsonNumber("id").longValue(),
                        t.getString("agencyCode").equals(OWNER));
            }

            Api.Reply obligations = api.get("api/v1/obligations?size=500&document=" + document, secretariat);
            assertThat(obligations.status()).as(obligations.body()).isEqualTo(200);
            long h1 = 0;
            for (JsonObject o : obligations.array().getValuesAs(JsonObject.class)) {
                long id = o.getJsonNumber("id").longValue();
                boolean owned = o.getString("agencyCode").equals(OWNER);
                add(Kind.OBLIGATION, id, owned);
                if (owned && "2024-H1".equals(o.getString("periodLabel", null))) {
                    h1 = id;
                }
            }
            assertThat(Integer.parseInt(obligations.header("X-Total-Count")))
                    .isEqualTo(all.get(Kind.OBLIGATION).size());
            assertThat(h1).as("Sở Tư pháp's 2024-H1 obligation").isPositive();
            values.put(Kind.OBLIGATION, Long.toString(h1));
            String obligation = "api/v1/obligations/" + h1;

            Api.Reply extension = api.post(
                    obligation + "/extension",
                    officer,
                    "{\"requestedDueOn\":\"2024-07-05\",\"reason\":\"" + MARK + " chờ số liệu của huyện\"}");
            assertThat(extension.status()).as(extension.body()).isEqualTo(201);
            put(
                    Kind.EXTENSION,
                    extension
                            .object()
                            .getJsonObject("extension")
                            .getJsonNumber("id")
                            .longValue(),
                    false);
            Api.Reply itemExtension = api.post(
                    "api/v1/documents/" + document + "/items/" + value(Kind.ITEM) + "/deadlines/" + OWNER
                            + "/extension",
                    officer,
                    "{\"requestedDueOn\":\"2025-01-31\",\"reason\":\"" + MARK + " chờ kết quả rà soát\"}");
            assertThat(itemExtension.status()).as(itemExtension.body()).isEqualTo(201);
            add(
                    Kind.EXTENSION,
                    itemExtension
                            .object()
                            .getJsonObject("extension")
                            .getJsonNumber("id")
                            .longValue(),
                    true);

            Api.Reply asked = api.post(
                    "api/v1/explanation-requests",
                    leader,
                    "{\"agencyCode\":\"" + OWNER + "\",\"obligationId\":" + h1 + ",\"question\":\"" + MARK
                            + " vì sao chưa gửi báo cáo?\",\"answerBy\":\"2024-06-25\"}");
            assertThat(asked.status()).as(asked.body()).isEqualTo(201);
            long request = asked.object().getJsonNumber("id").longValue();
            put(Kind.EXPLANATION, request, false);
            Api.Reply answerFile = upload(
                    api,
                    "api/v1/explanation-requests/" + request + "/answer/attachments",
                    officer,
                    MARK + "-giai-trinh.pdf");
            assertThat(answerFile.status()).as(answerFile.body()).isEqualTo(201);
            put(
                    Kind.EXPLANATION_ATTACHMENT,
                    answerFile.object().getJsonNumber("id").longValue(),
                    false);
            Api.Reply answered = api.post(
                    "api/v1/explanation-requests/" + request + "/answer",
                    officer,
                    "{\"text\":\"" + MARK + " cấp huyện gửi số liệu chậm\"}");
            assertThat(answered.status()).as(answered.body()).isEqualTo(200);

            Api.Reply blank = api.get(obligation + "/report", officer);
            assertThat(blank.status()).as(blank.body()).isEqualTo(200);
            reportItem = blank.object()
                    .getJsonArray("entries")
                    .getJsonObject(0)
                    .getJsonNumber("itemId")
                    .longValue();
            Api.Reply saved = api.send(api.request(obligation + "/report", officer)
                    .header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(
                            "{\"summary\":\"" + MARK + " đã triển khai\",\"entries\":[{\"itemId\":" + reportItem
                                    + ",\"narrative\":\"" + MARK + " tổ chức 12 hội nghị\",\"completed\":false,"
                                    + "\"figures\":[{\"name\":\"" + MARK + " số vụ việc\",\"numerator\":120,"
                                    + "\"denominator\":150,\"unit\":\"vụ\"}]}]}",
                            StandardCharsets.UTF_8)));
            assertThat(saved.status()).as(saved.body()).isEqualTo(200);
            Api.Reply reportFile = upload(api, obligation + "/report/attachments", officer, MARK + "-bao-cao.pdf");
            assertThat(reportFile.status()).as(reportFile.body()).isEqualTo(201);
            put(Kind.REPORT_ATTACHMENT, reportFile.object().getJsonNumber("id").longValue(), false);
            Api.Reply submitted = api.post(obligation + "/report/submit", officer, "");
            assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
            values.put(Kind.REPORT_VERSION, "1");
            assertThat(api.get(obligation + "/report/versions/1", head).status())
                    .as("the submitted version")
                    .isEqualTo(200);

            Api.Reply reminded = api.post("api/v1/notifications/reminders?day=" + DAY, admin, "");
            assertThat(reminded.status()).as(reminded.body()).isEqualTo(200);
            Api.Reply inbox = api.get("api/v1/notifications?size=500", officer);
            assertThat(inbox.array()).as("Sở Tư pháp's notices").isNotEmpty();
            for (JsonObject notice : inbox.array().getValuesAs(JsonObject.class)) {
                add(Kind.NOTICE, notice.getJsonNumber("id").longValue(), true);
            }
            values.put(
                    Kind.NOTICE, Long.toString(all.get(Kind.NOTICE).iterator().next()));

            Api.Reply lines = api.get(
                    "api/v1/scorecard/lines?count=assigned&asOf=" + DAY + "&agency=" + OWNER + "&document=" + document,
                    leader);
            assertThat(lines.status()).as(lines.body()).isEqualTo(200);
            assertThat(lines.array()).as("Sở Tư pháp's scorecard lines").isNotEmpty();
            values.put(Kind.SCORECARD_LINE, OWNER);

            Api.Reply audit = api.get("api/v1/audit?size=500", admin);
            assertThat(audit.status()).as(audit.body()).isEqualTo(200);
            for (JsonObject record : audit.array().getValuesAs(JsonObject.class)) {
                add(Kind.AUDIT_RECORD, record.getJsonNumber("id").longValue(), false);
            }
            assertThat(all.get(Kind.AUDIT_RECORD)).as("tenant A's audit trail").isNotEmpty();
            values.put(
                    Kind.AUDIT_RECORD,
                    Long.toString(all.get(Kind.AUDIT_RECORD).iterator().next()));
        }

        private void allItems(JsonArray items) {
            for (JsonObject item : items.getValuesAs(JsonObject.class)) {
                add(Kind.ITEM, item.getJsonNumber("id").longValue(), false);
                allItems(item.getJsonArray("children"));
            }
        }

        private static Api.Reply upload(Api api, String path, String token, String name) {
            return api.send(api.request(path + "?name=" + URLEncoder.encode(name, StandardCharsets.UTF_8), token)
                    .header("Content-Type", "application/octet-stream")
                    .POST(HttpRequest.BodyPublishers.ofString(PDF, StandardCharsets.UTF_8)));
        }

        private void put(Kind kind, long id, boolean ownersToo) {
            values.put(kind, Long.toString(id));
            add(kind, id, ownersToo || kind.reach == Reach.AGENCY);
        }

        private void add(Kind kind, long id, boolean owned) {
            all.computeIfAbsent(kind, k -> new LinkedHashSet<>()).add(id);
            if (owned && kind.reach == Reach.AGENCY) {
                owners.computeIfAbsent(kind, k -> new LinkedHashSet<>()).add(id);
            }
        }

        String value(Kind kind) {
            Identity ghost = ghostFor;
            if (ghost != null && ghostable(kind, ghost)) {
                return kind == Kind.AGENCY || kind == Kind.GROUP || kind == Kind.USER ? GHOST_CODE : GHOST_ID;
            }
            String value = values.get(kind);
            if (value == null) {
                throw new AssertionError("tenant A made no " + kind);
            }
            return value;
        }

        /** The ids of this kind the identity may not learn of. */
        Set<Long> hidden(Identity identity, Kind kind) {
            return (identity.otherTenant() ? all : owners).getOrDefault(kind, Set.of());
        }

        /** {KIND} in a text replaced by A's object of that kind, {REPORT_ITEM} by the report's item. */
        String fill(String text) {
            String filled = text.replace("{REPORT_ITEM}", Long.toString(reportItem));
            for (Kind kind : Kind.values()) {
                if (filled.contains("{" + kind + "}")) {
                    filled = filled.replace("{" + kind + "}", value(kind));
                }
            }
            return filled;
        }
    }
}
