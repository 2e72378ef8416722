package vn.dondoc.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import vn.dondoc.agencies.control.Directory;
import vn.dondoc.documents.control.PlanImport;
import vn.dondoc.documents.control.PlanParser;

/** Imports a plan's text into a test tenant as the document boundary does, without its container. */
public final class Plans {

    private Plans() {}

    /**
     * The text of Kế hoạch 204/KH-UBND (21/07/2023) of Vĩnh Phúc, the plan most tests import: it
     * asks every department and district for a report every six months and every year.
     */
    public static String keHoach204() {
        try (InputStream in = Plans.class.getResourceAsStream("/plans/kh-204-vinh-phuc.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Parses {@code text} with the tenant's directory and records it, imported by "thu-ky" at
     * {@code at}, in one transaction of the tenant.
     *
     * @param sha256 the source's digest as the import stores it (any 64 characters)
     * @return the document's id
     */
    public static long importInto(JpaExtension jpa, String tenant, String text, String sha256, Instant at) {
        return jpa.fromTenant(tenant, em -> {
            Directory directory = new Directory(em);
            try {
                return new PlanImport(em, directory)
                        .record(new PlanParser(directory.nameMatcher()).parse(text), "TEXT", sha256, at, "thu-ky")
                        .document()
                        .id();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
