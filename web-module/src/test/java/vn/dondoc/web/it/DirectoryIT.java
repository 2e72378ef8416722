package vn.dondoc.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The agency directories of both demo tenants, the wall between them, the audit trail, health and OpenAPI. */
class DirectoryIT extends DeployedProduct {

    private static final List<String> VINH_PHUC_DISTRICTS = List.of(
            "UBND thành phố Vĩnh Yên",
            "UBND thành phố Phúc Yên",
            "UBND huyện Bình Xuyên",
            "UBND huyện Lập Thạch",
            "UBND huyện Sông Lô",
            "UBND huyện Tam Dương",
            "UBND huyện Tam Đảo",
            "UBND huyện Vĩnh Tường",
            "UBND huyện Yên Lạc");

    @Test
    void vinhPhucDirectoryHoldsThePlansBodiesWithCorrectVietnamese() {
        Map<String, JsonObject> agencies = byCode(
                api.get("api/v1/agencies", api.token("vinh-phuc", "leader")).array());
        assertThat(agencies.get("so-tu-phap").getString("name")).isEqualTo("Sở Tư pháp");
        assertThat(agencies.get("so-tu-phap").getString("kind")).isEqualTo("DEPARTMENT");
        assertThat(agencies.get("ubnd-huyen-tam-dao").getString("name")).isEqualTo("UBND huyện Tam Đảo");
        assertThat(agencies).containsKeys("cong-an-tinh", "so-tai-chinh", "bao-vinh-phuc", "bo-tu-phap");
        for (JsonObject agency : agencies.values()) {
            String name = agency.getString("name");
            assertThat(Normalizer.isNormalized(name, Normalizer.Form.NFC))
                    .as(name)
                    .isTrue();
            assertThat(agency.getString("code")).as(name).isEqualTo(slug(name));
        }
        assertThat(agencies.get("ubnd-huyen-lap-thach").getJsonArray("groups").getValuesAs(JsonString::getString))
                .contains("ubnd-cac-huyen-thanh-pho");
    }

    @Test
    void vinhPhucGroupsExpandToTheirMembersOrSayTheyAreUnknown() {
        Map<String, JsonObject> groups = byCode(api.get("api/v1/agency-groups", api.token("vinh-phuc", "secretariat"))
                .array());
        JsonObject districts = groups.get("ubnd-cac-huyen-thanh-pho");
        assertThat(districts.getString("name")).isEqualTo("UBND các huyện, thành phố");
        assertThat(districts.getBoolean("membersKnown")).isTrue();
        assertThat(districts.getJsonArray("members").getValuesAs(JsonString::getString))
                .containsExactlyInAnyOrderElementsOf(
                        VINH_PHUC_DISTRICTS.stream().map(DirectoryIT::slug).toList());
        JsonObject communes = groups.get("ubnd-cac-xa-phuong-thi-tran");
        assertThat(communes.getBoolean("membersKnown")).isFalse();
        assertThat(communes.getJsonArray("members")).isEmpty();
        assertThat(groups).containsKeys("cac-so-ban-nganh-cua-tinh", "cac-co-quan-tien-hanh-to-tung");
        assertThat(groups.get("cac-co-quan-tien-hanh-to-tung")
                        .getJsonArray("members")
                        .getValuesAs(JsonString::getString))
                .contains("cong-an-tinh");
    }

    @Test
    void dongThapSeesItsOwnDirectoryAndNothingOfVinhPhuc() {
        String dongThap = api.token("dong-thap", "secretariat");
        Map<String, JsonObject> agencies =
                byCode(api.get("api/v1/agencies", dongThap).array());
        assertThat(agencies)
                .containsKeys(
                        "so-tu-phap", "ubnd-thanh-pho-cao-lanh", "ubnd-thanh-pho-sa-dec", "ubnd-huyen-chau-thanh");
        assertThat(agencies).doesNotContainKeys("ubnd-huyen-tam-dao", "bao-vinh-phuc", "ubnd-thanh-pho-vinh-yen");
        Map<String, JsonObject> groups =
                byCode(api.get("api/v1/agency-groups", dongThap).array());
        assertThat(groups.get("ubnd-cac-huyen-thanh-pho").getJsonArray("members"))
                .hasSize(12);
    }

    @Test
    void anotherTenantsAgencyAnswers404AsIfItDidNotExist() {
        String dongThap = api.token("dong-thap", "admin");
        api.get("api/v1/agencies/ubnd-huyen-tam-dao", dongThap).isProblem(404);
        String nonexistent = api.get("api/v1/agencies/khong-co-co-quan-nay", dongThap)
                .isProblem(404)
                .body();
        String foreign = api.get("api/v1/agencies/bao-vinh-phuc", dongThap)
                .isProblem(404)
                .body();
        assertThat(foreign.replace("bao-vinh-phuc", "X")).isEqualTo(nonexistent.replace("khong-co-co-quan-nay", "X"));
        assertThat(api.get("api/v1/agencies/ubnd-huyen-tam-dao", api.token("vinh-phuc", "admin"))
                        .status())
                .isEqualTo(200);
    }

    @Test
    void anAgencyAddedInOneTenantIsAuditedThereAndInvisibleInTheOther() {
        String admin = api.token("vinh-phuc", "admin");
        Api.Reply created = api.post(
                "api/v1/agencies",
                admin,
                "{\"name\":\"Sở Thử nghiệm Đôn Đốc\",\"kind\":\"DEPARTMENT\",\"aliases\":[\"STN\"],"
                        + "\"groups\":[\"cac-so-ban-nganh-cua-tinh\"]}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.object().getString("code")).isEqualTo("so-thu-nghiem-don-doc");
        assertThat(created.header("Location")).endsWith("/api/v1/agencies/so-thu-nghiem-don-doc");
        assertThat(api.get("api/v1/agencies/so-thu-nghiem-don-doc", admin)
                        .object()
                        .getJsonArray("groups")
                        .getValuesAs(JsonString::getString))
                .containsExactly("cac-so-ban-nganh-cua-tinh");

        api.post("api/v1/agencies", admin, "{\"name\":\"Sở thử nghiệm đôn đốc\",\"kind\":\"DEPARTMENT\"}")
                .isProblem(409);
        api.post("api/v1/agencies", admin, "{\"name\":\"Sở Khác\",\"kind\":\"DEPARTMENT\",\"groups\":[\"khong-co\"]}")
                .isProblem(400);
        api.post("api/v1/agencies", admin, "{\"name\":\" \",\"kind\":\"DEPARTMENT\"}")
                .isProblem(400);
        assertThat(api.get("api/v1/agencies/so-khac", admin).status())
                .as("a refused create leaves nothing")
                .isEqualTo(404);

        JsonArray trail = api.get("api/v1/audit?size=20", admin).array();
        JsonObject success = find(trail, "so-thu-nghiem-don-doc", "SUCCESS");
        assertThat(success.getString("action")).isEqualTo("agency.create");
        assertThat(success.getString("username")).isEqualTo("admin");
        assertThat(success.getString("roles")).isEqualTo("ADMIN");
        assertThat(success.getString("occurredAt")).isNotBlank();
        assertThat(find(trail, "so-thu-nghiem-don-doc", "REFUSED").getString("detail"))
                .contains("so-thu-nghiem-don-doc");
        assertThat(find(trail, "so-khac", "REFUSED").getString("action")).isEqualTo("agency.create");

        String dongThap = api.token("dong-thap", "admin");
        api.get("api/v1/agencies/so-thu-nghiem-don-doc", dongThap).isProblem(404);
        assertThat(api.get("api/v1/audit?size=500", dongThap).body()).doesNotContain("so-thu-nghiem-don-doc");
    }

    @Test
    void theAuditChainVerifiesForEachTenantsAdministratorAndOnlyForThem() {
        String admin = api.token("vinh-phuc", "admin");
        api.post("api/v1/agencies", admin, "{\"name\":\"Sở Kiểm chứng Chuỗi\",\"kind\":\"DEPARTMENT\"}");
        api.post("api/v1/agencies", admin, "{\"name\":\" \",\"kind\":\"DEPARTMENT\"}")
                .isProblem(400);

        Api.Reply reply = api.get("api/v1/audit/verification", admin);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonObject report = reply.object();
        assertThat(report.getBoolean("verified")).as(reply.body()).isTrue();
        assertThat(report.getJsonNumber("chained").longValue())
                .as("the start-up installer's records, the create and the refusal written apart")
                .isGreaterThanOrEqualTo(2);
        assertThat(report.getJsonNumber("headSeq").longValue())
                .isEqualTo(report.getJsonNumber("chained").longValue());
        assertThat(report.getString("headHash")).hasSize(64);
        assertThat(report.getJsonArray("faults")).isEmpty();

        JsonObject other = api.get("api/v1/audit/verification", api.token("dong-thap", "admin"))
                .object();
        assertThat(other.getBoolean("verified")).isTrue();
        assertThat(other.getString("headHash")).isNotEqualTo(report.getString("headHash"));
        api.get("api/v1/audit/verification", api.token("vinh-phuc", "leader")).isProblem(403);
    }

    @Test
    void longListsArePagedWithTotalAndLinks() {
        String leader = api.token("vinh-phuc", "leader");
        int total = api.get("api/v1/agencies", leader).array().size();
        Api.Reply first = api.get("api/v1/agencies?page=0&size=10", leader);
        assertThat(first.array()).hasSize(10);
        assertThat(first.header("X-Total-Count")).isEqualTo(String.valueOf(total));
        assertThat(first.header("Link")).contains("rel=\"next\"").contains("page=1");
        Api.Reply second = api.get("api/v1/agencies?page=1&size=10", leader);
        assertThat(second.array().getJsonObject(0).getString("code"))
                .isNotEqualTo(first.array().getJsonObject(0).getString("code"));
        api.get("api/v1/agencies?size=0", leader).isProblem(400);
        api.get("api/v1/agencies?page=-1", leader).isProblem(400);
    }

    @Test
    void anUnknownPathIsA404Problem() {
        api.get("api/v1/khong-co", api.token("vinh-phuc", "leader")).isProblem(404);
    }

    @Test
    void readinessSaysTheDatabaseIsUp() {
        Api.Reply health = api.get("/health/ready", null);
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.body()).contains("\"database\"").contains("UP");
    }

    @Test
    void openApiDescribesTheContractEndpoints() {
        Api.Reply openapi = api.get("/openapi", null);
        assertThat(openapi.status()).isEqualTo(200);
        assertThat(openapi.body()).contains("/api/v1/auth/token", "/api/v1/agencies", "/api/v1/agency-groups");
    }

    private static JsonObject find(JsonArray trail, String target, String outcome) {
        return trail.getValuesAs(JsonObject.class).stream()
                .filter(r -> target.equals(r.getString("target", null)) && outcome.equals(r.getString("outcome")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + outcome + " record for " + target + " in " + trail));
    }

    private static Map<String, JsonObject> byCode(JsonArray array) {
        return array.getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(o -> o.getString("code"), Function.identity()));
    }

    /** The contract's slug rule, written independently of the product's. */
    private static String slug(String name) {
        String bare = Normalizer.normalize(name.replace("Đ", "D").replace("đ", "d"), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return bare.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }
}
