package vn.dondoc.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReadyBannerTest {

    private final List<DemoTenant> tenants = List.of(
            new DemoTenant("dong-thap", "Tỉnh Đồng Tháp", List.of("so-noi-vu")),
            new DemoTenant(
                    "vinh-phuc",
                    "Tỉnh Vĩnh Phúc",
                    List.of(
                            "van-phong-ubnd-tinh",
                            "so-noi-vu",
                            "so-tu-phap",
                            "so-y-te",
                            "so-tai-chinh",
                            "cuc-thue-tinh")));

    @Test
    void showsWhereAndHowToSignIn() {
        String text = ReadyBanner.text(8081, tenants, 12.34);
        assertTrue(text.contains("12.3 s"), text);
        assertTrue(text.contains("http://localhost:8081/\n"), text);
        assertTrue(text.contains("http://localhost:8081/api/v1\n"), text);
        assertTrue(text.contains("vinh-phuc  Tỉnh Vĩnh Phúc"), text);
        assertTrue(text.contains("secretariat"), text);
        assertTrue(text.contains("so-tu-phap.head"), text);
        assertTrue(text.contains("operator                    OPERATOR, đơn vị / tenant \"platform\""), text);
        assertTrue(
                text.contains(
                        "curl -s -X POST http://localhost:8081/api/v1/auth/token -H 'Content-Type: application/json'"
                                + " -d '{\"tenant\":\"vinh-phuc\",\"username\":\"secretariat\",\"password\":\"demo\"}'"),
                text);
        assertTrue(
                text.contains(
                        "vinh-phuc, 6 cơ quan / agencies: van-phong-ubnd-tinh, so-noi-vu, so-tu-phap, so-y-te, … (+2)"),
                text);
    }

    @Test
    void examplesFallBackWhenThePreferredOnesAreAbsent() {
        List<DemoTenant> other = List.of(new DemoTenant("ha-noi", "Hà Nội", List.of("so-y-te")));
        assertEquals("ha-noi", ReadyBanner.exampleTenant(other));
        assertEquals("so-y-te", ReadyBanner.exampleAgency(other));
        assertEquals("vinh-phuc", ReadyBanner.exampleTenant(List.of()));
        assertEquals("so-tu-phap", ReadyBanner.exampleAgency(List.of()));
    }

    @Test
    void noTenantsIsSaidPlainly() {
        assertTrue(ReadyBanner.text(8080, List.of(), 1).contains("no tenants/*/tenant.json found"));
    }
}
