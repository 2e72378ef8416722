package vn.dondoc.onboarding.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.dondoc.onboarding.control.TenantBundle;
import vn.dondoc.onboarding.control.TenantBundleReader;

/**
 * Loads the tenant bundles of {@code dondoc.tenants.dir} at start-up, after the schema is
 * migrated. All bundles are read and checked before any is written, so one malformed bundle
 * stops start-up (naming its file and line) and leaves the database as it was. Each tenant is
 * then installed in its own transaction: start-up work has no signed-in caller, so it names the
 * tenant explicitly.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
public class TenantBundles {

    private static final Logger LOG = Logger.getLogger(TenantBundles.class.getName());

    @Inject
    @ConfigProperty(name = "dondoc.tenants.dir")
    Optional<String> tenantsDir;

    @Inject
    @ConfigProperty(name = "dondoc.demo", defaultValue = "false")
    boolean demoMode;

    @Inject
    BundleInstaller installer;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void loadAll() {
        if (tenantsDir.isEmpty()) {
            LOG.info("dondoc.tenants.dir is not set: no tenant bundles to load.");
            return;
        }
        Path dir = Path.of(tenantsDir.get()).toAbsolutePath();
        List<TenantBundle> bundles =
                bundleFolders(dir).stream().map(new TenantBundleReader()::read).toList();
        for (TenantBundle bundle : bundles) {
            String tenant = bundle.tenant().id();
            boolean changed = !installer.isInstalled(tenant, bundle, demoMode);
            if (changed) {
                installer.install(tenant, bundle, demoMode);
            }
            LOG.info(() -> "Tenant bundle " + bundle.tenant().id() + ": "
                    + bundle.agencies().size() + " agencies, "
                    + bundle.groups().size() + " groups" + (changed ? ", installed" : ", unchanged")
                    + (demoMode ? " (demo mode)" : ""));
        }
    }

    static List<Path> bundleFolders(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("dondoc.tenants.dir " + dir + " is not a directory");
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(p -> Files.isRegularFile(p.resolve("tenant.json")))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot list the tenant bundles in " + dir + ": " + e.getMessage(), e);
        }
    }
}
