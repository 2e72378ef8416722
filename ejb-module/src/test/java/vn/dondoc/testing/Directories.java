package vn.dondoc.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import vn.dondoc.agencies.control.DirectoryEntry;
import vn.dondoc.agencies.entity.Slug;
import vn.dondoc.onboarding.control.TenantBundle;
import vn.dondoc.onboarding.control.TenantBundleReader;

/** The demo tenants' directories, read from the real bundles under {@code tenants/}. */
public final class Directories {

    private Directories() {}

    public static List<DirectoryEntry> of(String tenant) {
        TenantBundle bundle = new TenantBundleReader().read(tenantsDir().resolve(tenant));
        List<DirectoryEntry> entries = new ArrayList<>();
        bundle.agencies()
                .forEach(a -> entries.add(
                        new DirectoryEntry(DirectoryEntry.Kind.AGENCY, Slug.of(a.name()), a.name(), a.aliases())));
        bundle.groups()
                .forEach(g -> entries.add(
                        new DirectoryEntry(DirectoryEntry.Kind.GROUP, Slug.of(g.name()), g.name(), g.aliases())));
        return entries;
    }

    /** The repository's {@code tenants/} folder, found from the module the tests run in. */
    public static Path tenantsDir() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("tenants"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException(
                    "No tenants/ folder above " + Path.of("").toAbsolutePath());
        }
        return dir.resolve("tenants");
    }
}
