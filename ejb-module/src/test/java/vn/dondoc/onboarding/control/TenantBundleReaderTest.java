package vn.dondoc.onboarding.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dondoc.agencies.entity.AgencyKind;
import vn.dondoc.onboarding.control.TenantBundle.AgencySpec;
import vn.dondoc.onboarding.control.TenantBundle.GroupSpec;
import vn.dondoc.platform.security.Role;

/**
 * Reading {@code tenants/<id>/}: the real bundles load, and a bad one says which file and line.
 * Longer than our usual ~300 lines on purpose: one short case per malformation, grouped in nested
 * classes by what they check.
 */
class TenantBundleReaderTest {

    private static final Path TENANTS = Path.of("..", "tenants");

    private final TenantBundleReader reader = new TenantBundleReader();

    @Nested
    class TheRealBundles {

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

        private static final List<String> DONG_THAP_DISTRICTS = List.of(
                "UBND thành phố Cao Lãnh",
                "UBND thành phố Sa Đéc",
                "UBND thành phố Hồng Ngự",
                "UBND huyện Tân Hồng",
                "UBND huyện Hồng Ngự",
                "UBND huyện Tam Nông",
                "UBND huyện Thanh Bình",
                "UBND huyện Tháp Mười",
                "UBND huyện Cao Lãnh",
                "UBND huyện Lấp Vò",
                "UBND huyện Lai Vung",
                "UBND huyện Châu Thành");

        @Test
        void vinhPhucReadsAsTheTenantOfItsFolder() {
            TenantBundle bundle = reader.read(TENANTS.resolve("vinh-phuc"));
            assertThat(bundle.tenant().id()).isEqualTo("vinh-phuc");
            assertThat(bundle.tenant().issuingBody()).isEqualTo("ỦY BAN NHÂN DÂN TỈNH VĨNH PHÚC");
            assertThat(bundle.tenant().timeZone()).isEqualTo("Asia/Ho_Chi_Minh");
            assertThat(bundle.tenant().secretariatAgency()).isEqualTo("Sở Tư pháp");
            assertThat(bundle.hash()).matches("[0-9a-f]{64}");
        }

        @Test
        void vinhPhucHasTheJusticeBodiesOfThePlan() {
            Map<String, AgencySpec> agencies = agencies(reader.read(TENANTS.resolve("vinh-phuc")));
            assertThat(agencies)
                    .containsKeys("Sở Tư pháp", "Công an tỉnh", "Tòa án nhân dân tỉnh", "Viện Kiểm sát nhân dân tỉnh");
            assertThat(agencies.get("Sở Tư pháp").kind()).isEqualTo(AgencyKind.DEPARTMENT);
            assertThat(agencies.get("Tòa án nhân dân tỉnh").kind()).isEqualTo(AgencyKind.PROVINCIAL_BODY);
        }

        @Test
        void vinhPhucHasItsNineDistrictsAsDistrictAgencies() {
            List<String> districts = reader.read(TENANTS.resolve("vinh-phuc")).agencies().stream()
                    .filter(a -> a.kind() == AgencyKind.DISTRICT)
                    .map(AgencySpec::name)
                    .toList();
            assertThat(districts).containsExactlyInAnyOrderElementsOf(VINH_PHUC_DISTRICTS);
        }

        @Test
        void vinhPhucDistrictGroupHoldsExactlyTheNineDistricts() {
            GroupSpec districts =
                    groups(reader.read(TENANTS.resolve("vinh-phuc"))).get("UBND các huyện, thành phố");
            assertThat(districts.members())
                    .hasValueSatisfying(
                            members -> assertThat(members).containsExactlyInAnyOrderElementsOf(VINH_PHUC_DISTRICTS));
        }

        @Test
        void vinhPhucCommuneGroupHasMembersUnknown() {
            GroupSpec communes =
                    groups(reader.read(TENANTS.resolve("vinh-phuc"))).get("UBND các xã, phường, thị trấn");
            assertThat(communes).isNotNull();
            assertThat(communes.members()).isEqualTo(Optional.empty());
        }

        @Test
        void vinhPhucHasTheGroupOfProcedureConductingAgencies() {
            GroupSpec group = groups(reader.read(TENANTS.resolve("vinh-phuc"))).get("Các cơ quan tiến hành tố tụng");
            assertThat(group).isNotNull();
            assertThat(group.members())
                    .hasValueSatisfying(members -> assertThat(members)
                            .containsExactlyInAnyOrder(
                                    "Công an tỉnh", "Viện Kiểm sát nhân dân tỉnh", "Tòa án nhân dân tỉnh"));
        }

        @Test
        void vinhPhucDemoUsersIncludeTheSecretariatOfSoTuPhap() {
            TenantBundle.DemoUsers demo =
                    reader.read(TENANTS.resolve("vinh-phuc")).demoUsers();
            assertThat(demo.perAgency()).isTrue();
            assertThat(demo.users()).anySatisfy(u -> {
                assertThat(u.username()).isEqualTo("secretariat");
                assertThat(u.roles()).containsExactly(Role.SECRETARIAT);
                assertThat(u.agency()).contains("Sở Tư pháp");
            });
        }

        @Test
        void vinhPhucDemoUsersAreMailedAtTheReservedDomain() {
            TenantBundle.DemoUsers demo =
                    reader.read(TENANTS.resolve("vinh-phuc")).demoUsers();
            TenantBundle.UserSpec secretariat = demo.users().stream()
                    .filter(u -> u.username().equals("secretariat"))
                    .findFirst()
                    .orElseThrow();
            assertThat(demo.emailDomain()).contains("vinh-phuc.dondoc.example");
            assertThat(demo.emailOf(secretariat)).contains("secretariat@vinh-phuc.dondoc.example");
        }

        @Test
        void dongThapHasItsTwelveDistrictLevelUnits() {
            TenantBundle bundle = reader.read(TENANTS.resolve("dong-thap"));
            assertThat(bundle.tenant().id()).isEqualTo("dong-thap");
            List<String> districts = bundle.agencies().stream()
                    .filter(a -> a.kind() == AgencyKind.DISTRICT)
                    .map(AgencySpec::name)
                    .toList();
            assertThat(districts).containsExactlyInAnyOrderElementsOf(DONG_THAP_DISTRICTS);
            assertThat(groups(bundle).get("UBND các huyện, thành phố").members())
                    .hasValueSatisfying(
                            members -> assertThat(members).containsExactlyInAnyOrderElementsOf(DONG_THAP_DISTRICTS));
        }

        @Test
        void boTuPhapIsTheMinistryWithTheUnitsTheSeedsNameAndItsOfficeAsSecretariat() {
            TenantBundle bundle = reader.read(TENANTS.resolve("bo-tu-phap"));
            assertThat(bundle.tenant().issuingBody()).isEqualTo("BỘ TƯ PHÁP");
            assertThat(bundle.tenant().secretariatAgency()).isEqualTo("Văn phòng Bộ");
            Map<String, AgencySpec> agencies = agencies(bundle);
            assertThat(agencies)
                    .containsKeys(
                            "Văn phòng Bộ",
                            "Tổng cục Thi hành án dân sự",
                            "Cục Bồi thường nhà nước",
                            "Cục Trợ giúp pháp lý",
                            "Cục Công tác phía Nam");
            assertThat(agencies.values()).allMatch(a -> a.kind() == AgencyKind.MINISTRY_UNIT);
            assertThat(agencies.get("Cục Công tác phía Nam").aliases()).contains("Vụ Công tác phía Nam");
            assertThat(groups(bundle).get("Các đơn vị thuộc Bộ").members())
                    .hasValueSatisfying(m -> assertThat(m).containsExactlyInAnyOrderElementsOf(agencies.keySet()));
        }

        @Test
        void soTuPhapDongThapIsADepartmentWhoseAgenciesAreItsOwnOfficesAndUnits() {
            TenantBundle bundle = reader.read(TENANTS.resolve("so-tu-phap-dong-thap"));
            assertThat(bundle.tenant().secretariatAgency()).isEqualTo("Văn phòng Sở");
            Map<String, AgencySpec> agencies = agencies(bundle);
            assertThat(agencies)
                    .containsOnlyKeys(
                            "Văn phòng Sở",
                            "Thanh tra Sở",
                            "Phòng Hành chính tư pháp",
                            "Phòng Phổ biến, giáo dục pháp luật",
                            "Trung tâm Trợ giúp pháp lý nhà nước");
            assertThat(agencies.values()).allMatch(a -> a.kind() == AgencyKind.DEPARTMENT_UNIT);
            assertThat(groups(bundle).get("Các phòng, đơn vị thuộc Sở").members())
                    .hasValueSatisfying(m -> assertThat(m).containsExactlyInAnyOrderElementsOf(agencies.keySet()));
            assertThat(bundle.demoUsers().perAgency()).isTrue();
        }

        @Test
        void theTwoRealBundlesHaveDifferentFingerprints() {
            assertThat(reader.read(TENANTS.resolve("vinh-phuc")).hash())
                    .isNotEqualTo(reader.read(TENANTS.resolve("dong-thap")).hash());
        }
    }

    @Nested
    class MalformedBundles {

        @TempDir
        Path root;

        @Test
        void invalidJsonNamesTheFileAndTheLineOfTheMistake() throws IOException {
            Path dir = bundle("thu");
            write(dir, "agencies.json", """
                    [
                      {"name": "Sở Tư pháp", "kind": "DEPARTMENT"},
                      {"name": "Sở Y tế" "kind": "DEPARTMENT"}
                    ]
                    """);
            MalformedBundle e = refusal(dir);
            assertThat(e.file()).isEqualTo(dir.resolve("agencies.json"));
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.getMessage()).startsWith(dir.resolve("agencies.json") + ":3: not valid JSON");
        }

        @Test
        void invalidJsonOnTheFirstLineIsLineOne() throws IOException {
            Path dir = bundle("thu");
            write(dir, "tenant.json", "{\"id\": \"thu\",, }");
            MalformedBundle e = refusal(dir);
            assertThat(e.file()).isEqualTo(dir.resolve("tenant.json"));
            assertThat(e.line()).isEqualTo(1);
        }

        @Test
        void aMissingTenantFileIsRefusedByName() throws IOException {
            Path dir = bundle("thu");
            Files.delete(dir.resolve("tenant.json"));
            MalformedBundle e = refusal(dir);
            assertThat(e.file()).isEqualTo(dir.resolve("tenant.json"));
            assertThat(e.line()).isZero();
            assertThat(e.getMessage()).isEqualTo(dir.resolve("tenant.json") + ": the file is missing");
        }

        @Test
        void anIdThatDiffersFromTheFolderIsRefused() throws IOException {
            Path dir = bundle("thu");
            write(dir, "tenant.json", tenantJson("khac", "Asia/Ho_Chi_Minh"));
            MalformedBundle e = refusal(dir);
            assertThat(e.file()).isEqualTo(dir.resolve("tenant.json"));
            assertThat(e.line()).as("the line of the id").isEqualTo(2);
            assertThat(e.getMessage()).contains("id \"khac\" differs from the folder name \"thu\"");
        }

        @Test
        void aTimeZoneThatDoesNotExistIsRefused() throws IOException {
            Path dir = bundle("thu");
            write(dir, "tenant.json", tenantJson("thu", "Asia/Hanoi"));
            MalformedBundle e = refusal(dir);
            assertThat(e.file()).isEqualTo(dir.resolve("tenant.json"));
            assertThat(e.line()).isEqualTo(1);
            assertThat(e.getMessage()).contains("timeZone \"Asia/Hanoi\" is not a time zone");
        }

        @Test
        void anUnknownAgencyKindNamesTheLineOfThatAgency() throws IOException {
            Path dir = bundle("thu");
            write(dir, "agencies.json", """
                    [
                      {
                        "name": "Sở Tư pháp",
                        "kind": "DEPARTMENT"
                      },
                      {
                        "name": "Bộ Ngoại giao",
                        "kind": "MINISTRY"
                      }
                    ]
                    """);
            MalformedBundle e = refusal(dir);
            assertThat(e.file()).isEqualTo(dir.resolve("agencies.json"));
            assertThat(e.line()).isEqualTo(6);
            assertThat(e.getMessage())
                    .startsWith(dir.resolve("agencies.json") + ":6: ")
                    .contains("kind \"MINISTRY\" is not one of");
        }

        @Test
        void twoAgenciesWhoseNamesGiveTheSameCodeAreRefused() throws IOException {
            Path dir = bundle("thu");
            write(dir, "agencies.json", """
                    [
                      {"name": "Sở Tư pháp", "kind": "DEPARTMENT"},
                      {"name": "Sở Y tế", "kind": "DEPARTMENT"},
                      {"name": "SỞ TƯ PHÁP", "kind": "DEPARTMENT"}
                    ]
                    """);
            MalformedBundle e = refusal(dir);
            assertThat(e.file()).isEqualTo(dir.resolve("agencies.json"));
            assertThat(e.line()).isEqualTo(4);
            assertThat(e.getMessage()).contains("\"SỞ TƯ PHÁP\" has the same code \"so-tu-phap\" as \"Sở Tư pháp\"");
        }

        @Test
        void aGroupWhoseNameGivesTheCodeOfAnAgencyIsRefused() throws IOException {
            Path dir = bundle("thu");
            write(dir, "groups.json", """
                    [
                      {"name": "Sở Tư-pháp"}
                    ]
                    """);
            MalformedBundle e = refusal(dir);
            assertThat(e.file()).isEqualTo(dir.resolve("groups.json"));
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.getMessage()).contains("has the same code \"so-tu-phap\"");
        }

        @Test
        void anAgencyNameWithNothingToMakeACodeOfNamesItsLine() throws IOException {
            Path dir = bundle("thu");
            write(dir, "agencies.json", """
                    [
                      {"name": "Sở Tư pháp", "kind": "DEPARTMENT"},
                      {"name": "…", "kind": "DEPARTMENT"}
                    ]
                    """);
            MalformedBundle e = refusal(dir);
            assertThat(e.file()).isEqualTo(dir.resolve("agencies.json"));
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.getMessage()).contains("no letters or digits");
        }

        @Test
        void anAliasWithTheCodeOfAnotherAgencysNameIsRefused() throws IOException {
            Path dir = bundle("thu");
            write(dir, "agencies.json", """
                    [
                      {"name": "Sở Tư pháp", "kind": "DEPARTMENT"},
                      {"name": "Bộ Tư pháp", "kind": "CENTRAL_BODY", "aliases": ["BTP", "Sở tư pháp"]}
                    ]
                    """);
            MalformedBundle e = refusal(dir);
            assertThat(e.file()).isEqualTo(dir.resolve("agencies.json"));
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.getMessage())
                    .contains(
                            "alias \"Sở tư pháp\" of \"Bộ Tư pháp\" has the same code \"so-tu-phap\" as \"Sở Tư pháp\"");
        }

        @Test
        void aGroupAliasWithTheCodeOfAnAgencyAliasIsRefused() throws IOException {
            Path dir = bundle("thu");
            write(dir, "groups.json", """
                    [
                      {"name": "Các cơ quan tư pháp", "aliases": ["Tư pháp"]}
                    ]
                    """);
            MalformedBundle e = refusal(dir);
            assertThat(e.file()).isEqualTo(dir.resolve("groups.json"));
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.getMessage())
                    .contains("alias \"Tư pháp\" of \"Các cơ quan tư pháp\" has the same code \"tu-phap\"")
                    .contains("as \"Tư pháp\" of \"Sở Tư pháp\"");
        }

        @Test
        void anAliasSpelledLikeItsOwnNameIsAccepted() throws IOException {
            Path dir = bundle("thu");
            write(dir, "agencies.json", """
                    [
                      {"name": "Sở Tư pháp", "kind": "DEPARTMENT", "aliases": ["SỞ TƯ PHÁP"]}
                    ]
                    """);
            assertThat(reader.read(dir).agencies().get(0).aliases()).containsExactly("SỞ TƯ PHÁP");
        }

        @Test
        void aGroupMemberThatIsNotAnAgencyIsRefused() throws IOException {
            Path dir = bundle("thu");
            write(dir, "groups.json", """
                    [
                      {"name": "Các cơ quan tư pháp", "members": ["Sở Tư pháp"]},
                      {
                        "name": "UBND các huyện",
                        "members": ["UBND huyện Một", "UBND huyện Hai"]
                      }
                    ]
                    """);
            MalformedBundle e = refusal(dir);
            assertThat(e.file()).isEqualTo(dir.resolve("groups.json"));
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.getMessage())
                    .contains("member \"UBND huyện Hai\" of \"UBND các huyện\" is not an agency of agencies.json");
        }

        @Test
        void aDemoUserWithAnUnknownRoleNamesTheLineOfThatUser() throws IOException {
            Path dir = bundle("thu");
            write(dir, "demo-users.json", """
                    {
                      "password": "demo",
                      "users": [
                        {"username": "admin", "roles": ["ADMIN"]},
                        {
                          "username": "vua",
                          "roles": ["KING"]
                        }
                      ]
                    }
                    """);
            MalformedBundle e = refusal(dir);
            assertThat(e.file()).isEqualTo(dir.resolve("demo-users.json"));
            assertThat(e.line()).isEqualTo(5);
            assertThat(e.getMessage()).contains("role \"KING\" is not one of");
        }

        @Test
        void aDemoUserWithAMalformedEmailNamesTheLineOfThatUser() throws IOException {
            Path dir = bundle("thu");
            write(dir, "demo-users.json", """
                    {
                      "password": "demo",
                      "users": [
                        {"username": "admin", "roles": ["ADMIN"], "email": "quan.tri@thu.example"},
                        {"username": "leader", "roles": ["LEADER"], "email": "lanh dao"}
                      ]
                    }
                    """);
            MalformedBundle e = refusal(dir);
            assertThat(e.line()).isEqualTo(5);
            assertThat(e.getMessage()).contains("email \"lanh dao\" of user \"leader\" is not an address");
        }

        @Test
        void aFileThatIsNotUtf8IsRefusedByName() throws IOException {
            Path dir = bundle("thu");
            Files.write(dir.resolve("agencies.json"), new byte[] {'[', (byte) 0xC3, (byte) 0x28, ']'});
            MalformedBundle e = refusal(dir);
            assertThat(e.file()).isEqualTo(dir.resolve("agencies.json"));
            assertThat(e.getMessage()).endsWith("the file is not UTF-8 text");
        }

        @Test
        void aSecretariatThatIsNotAnAgencyIsRefused() throws IOException {
            Path dir = bundle("thu");
            write(dir, "tenant.json", tenantJson("thu", "Asia/Ho_Chi_Minh").replace("Sở Tư pháp", "Sở Tư Pháp Mới"));
            MalformedBundle e = refusal(dir);
            assertThat(e.file()).isEqualTo(dir.resolve("tenant.json"));
            assertThat(e.getMessage()).contains("secretariatAgency \"Sở Tư Pháp Mới\" is not an agency");
        }

        @Test
        void theIdPlatformIsReservedForTheOperators() throws IOException {
            Path dir = bundle("platform");
            MalformedBundle e = refusal(dir);
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.getMessage()).contains("reserved for the platform's operators");
        }

        private MalformedBundle refusal(Path dir) {
            MalformedBundle e = catchThrowableOfType(MalformedBundle.class, () -> reader.read(dir));
            assertThat(e).as("the bundle in " + dir + " is refused").isNotNull();
            return e;
        }

        private Path bundle(String id) throws IOException {
            return validBundle(root, id);
        }
    }

    @Nested
    class TheSendingDeadline {

        @TempDir
        Path root;

        @Test
        void aBundleThatSaysNothingLeavesTheTenantsSettingAlone() throws IOException {
            assertThat(reader.read(validBundle(root, "thu")).tenant().sendingWorkingDays())
                    .isEmpty();
            assertThat(reader.read(TENANTS.resolve("vinh-phuc")).tenant().sendingWorkingDays())
                    .isEmpty();
        }

        @Test
        void aBundleSetsTheTenantsDefaultInWorkingDays() throws IOException {
            Path dir = validBundle(root, "thu");
            write(dir, "tenant.json", withSendingDays("2"));

            assertThat(reader.read(dir).tenant().sendingWorkingDays()).hasValue(2);
        }

        @Test
        void theBoundsAreOneAndSixtyWorkingDays() throws IOException {
            Path dir = validBundle(root, "thu");
            write(dir, "tenant.json", withSendingDays("1"));
            assertThat(reader.read(dir).tenant().sendingWorkingDays()).hasValue(1);
            write(dir, "tenant.json", withSendingDays("60"));
            assertThat(reader.read(dir).tenant().sendingWorkingDays()).hasValue(60);
        }

        @Test
        void anythingButAWholeNumberFromOneToSixtyIsRefusedAtItsLine() throws IOException {
            Path dir = validBundle(root, "thu");
            for (String wrong : List.of("0", "61", "-3", "2.5", "\"3\"", "true", "[3]", "99999999999999999999")) {
                write(dir, "tenant.json", withSendingDays(wrong));
                MalformedBundle e = catchThrowableOfType(MalformedBundle.class, () -> reader.read(dir));
                assertThat(e).as(wrong).isNotNull();
                assertThat(e.file()).isEqualTo(dir.resolve("tenant.json"));
                assertThat(e.line()).as(wrong).isEqualTo(7);
                assertThat(e.getMessage())
                        .startsWith(dir.resolve("tenant.json") + ":7: ")
                        .contains("\"sendingWorkingDays\" must be a whole number from 1 to 60, not " + wrong);
            }
        }

        /** The tenant file with the setting on its seventh line. */
        private static String withSendingDays(String value) {
            return tenantJson("thu", "Asia/Ho_Chi_Minh")
                    .replace(
                            "\"secretariatAgency\": \"Sở Tư pháp\"\n",
                            "\"secretariatAgency\": \"Sở Tư pháp\",\n" + "  \"sendingWorkingDays\": " + value + "\n");
        }
    }

    @Nested
    class Fingerprint {

        @TempDir
        Path root;

        @Test
        void theSameFilesGiveTheSameHash(@TempDir Path elsewhere) throws IOException {
            Path one = validBundle(root, "thu");
            Path two = validBundle(elsewhere, "thu");
            String hash = reader.read(one).hash();
            assertThat(reader.read(one).hash()).isEqualTo(hash);
            assertThat(reader.read(two).hash()).isEqualTo(hash);
        }

        @Test
        void oneChangedByteGivesAnotherHash() throws IOException {
            Path dir = validBundle(root, "thu");
            String before = reader.read(dir).hash();
            Path agencies = dir.resolve("agencies.json");
            byte[] bytes = Files.readAllBytes(agencies);
            int space = new String(bytes, StandardCharsets.ISO_8859_1).lastIndexOf(' ');
            bytes[space] = '\t';
            Files.write(agencies, bytes);
            assertThat(reader.read(dir).agencies()).hasSize(2);
            assertThat(reader.read(dir).hash()).isNotEqualTo(before);
        }
    }

    @Nested
    class Normalisation {

        @TempDir
        Path root;

        @Test
        void namesTypedDecomposedAreReadComposed() throws IOException {
            Path dir = validBundle(root, "thu");
            String agencies = Files.readString(dir.resolve("agencies.json"));
            String decomposed = Normalizer.normalize(agencies, Normalizer.Form.NFD);
            assertThat(decomposed).isNotEqualTo(agencies);
            write(dir, "agencies.json", decomposed);

            TenantBundle bundle = reader.read(dir);

            List<String> names =
                    bundle.agencies().stream().map(AgencySpec::name).toList();
            assertThat(names).containsExactly("Sở Tư pháp", "UBND huyện Một");
            assertThat(names)
                    .allSatisfy(n -> assertThat(Normalizer.isNormalized(n, Normalizer.Form.NFC))
                            .isTrue());
            assertThat(bundle.agencies().get(0).aliases()).containsExactly("Tư pháp");
        }

        @Test
        void aDecomposedMemberNameFindsItsComposedAgency() throws IOException {
            Path dir = validBundle(root, "thu");
            write(dir, "groups.json", Normalizer.normalize("""
                    [{"name": "Các huyện", "members": ["UBND huyện Một"]}]
                    """, Normalizer.Form.NFD));
            GroupSpec group = reader.read(dir).groups().get(0);
            assertThat(group.name()).isEqualTo("Các huyện");
            assertThat(group.members()).contains(List.of("UBND huyện Một"));
        }
    }

    /** A small bundle that reads without error; each test spoils one thing. */
    private static Path validBundle(Path root, String id) throws IOException {
        Path dir = Files.createDirectories(root.resolve(id));
        write(dir, "tenant.json", tenantJson(id, "Asia/Ho_Chi_Minh"));
        write(dir, "agencies.json", """
                [
                  {"name": "Sở Tư pháp", "nameEn": "Department of Justice", "kind": "DEPARTMENT", "aliases": ["Tư pháp"]},
                  {"name": "UBND huyện Một", "kind": "DISTRICT"}
                ]
                """);
        return dir;
    }

    private static String tenantJson(String id, String timeZone) {
        return """
                {
                  "id": "%s",
                  "name": "Tỉnh Thử",
                  "issuingBody": "ỦY BAN NHÂN DÂN TỈNH THỬ",
                  "timeZone": "%s",
                  "secretariatAgency": "Sở Tư pháp"
                }
                """.formatted(id, timeZone);
    }

    private static void write(Path dir, String file, String text) throws IOException {
        Files.writeString(dir.resolve(file), text, StandardCharsets.UTF_8);
    }

    private static Map<String, AgencySpec> agencies(TenantBundle bundle) {
        return bundle.agencies().stream().collect(Collectors.toMap(AgencySpec::name, Function.identity()));
    }

    private static Map<String, GroupSpec> groups(TenantBundle bundle) {
        return bundle.groups().stream().collect(Collectors.toMap(GroupSpec::name, Function.identity()));
    }
}
