package vn.dondoc.testing;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.eclipse.persistence.config.PersistenceUnitProperties;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import vn.dondoc.agencies.entity.Agency;
import vn.dondoc.agencies.entity.AgencyGroup;
import vn.dondoc.agencies.entity.AgencyKind;
import vn.dondoc.agencies.entity.GroupMembership;
import vn.dondoc.agencies.entity.Slug;
import vn.dondoc.onboarding.control.TenantBundle;
import vn.dondoc.onboarding.control.TenantBundleReader;
import vn.dondoc.tenancy.entity.Tenant;

/**
 * Runs boundaries and controls against the real persistence unit on a real, migrated MariaDB,
 * without a container: tenant-bound entity managers, fresh tenants and a small agency directory.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final JpaExtension jpa = new JpaExtension();
 *
 * @Test
 * void something() {
 *     String tenant = jpa.newTenant();
 *     jpa.newDirectory(tenant);
 *     Agencies agencies = new Agencies();
 *     agencies.em = jpa.entityManager(tenant); // transaction begun, rolled back after the test
 *     assertThat(agencies.all()).hasSize(3);
 * }
 * }</pre>
 */
public final class JpaExtension implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback, AfterAllCallback {

    private static final String TENANT_PROPERTY = PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT;
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(JpaExtension.class);

    private TestPersistenceUnit unit;
    private final List<EntityManager> open = new ArrayList<>();

    @Override
    public void beforeAll(ExtensionContext context) {
        connect(context);
    }

    /** Also here, so that the extension works from an instance field (then beforeAll never runs). */
    @Override
    public void beforeEach(ExtensionContext context) {
        connect(context);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        closeOpen();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        closeOpen();
    }

    /*
     * The root store holds the database, its migrations and the factory for the whole run, shared
     * by every test class, and closes them (AutoCloseable) when the run ends.
     */
    private void connect(ExtensionContext context) {
        if (unit == null) {
            unit = context.getRoot()
                    .getStore(NAMESPACE)
                    .getOrComputeIfAbsent(
                            TestPersistenceUnit.class, k -> TestPersistenceUnit.start(), TestPersistenceUnit.class);
        }
    }

    /**
     * A new tenant, committed, with an id no other test of the run uses (e.g. {@code t7}). Give
     * each test its own, so that tests run in any order without seeing each other's rows.
     */
    public String newTenant() {
        String id = "t" + unit().nextTenantNumber();
        EntityManager em = unit().emf().createEntityManager();
        try {
            em.getTransaction().begin();
            em.persist(new Tenant(
                    id,
                    "Tỉnh Thử nghiệm " + id,
                    "Test Province " + id,
                    "ỦY BAN NHÂN DÂN TỈNH THỬ NGHIỆM",
                    ZoneId.of("Asia/Ho_Chi_Minh")));
            em.getTransaction().commit();
        } finally {
            close(em);
        }
        return id;
    }

    /**
     * Commits a small directory into the tenant: two departments in the group "Các sở, ban, ngành",
     * a district in no group, and a group whose members the directory does not hold.
     */
    public TestDirectory newDirectory(String tenant) {
        return fromTenant(tenant, em -> {
            Agency justice = new Agency("Sở Tư pháp", "Department of Justice", AgencyKind.DEPARTMENT, List.of("STP"));
            Agency finance = new Agency("Sở Tài chính", "Department of Finance", AgencyKind.DEPARTMENT, List.of());
            Agency district = new Agency("UBND huyện Tam Đảo", null, AgencyKind.DISTRICT, List.of());
            AgencyGroup departments =
                    new AgencyGroup("Các sở, ban, ngành", "Departments", List.of("các sở, ngành"), true);
            AgencyGroup communes = new AgencyGroup("UBND các xã, phường, thị trấn", null, List.of(), false);
            for (Object row : List.of(
                    justice,
                    finance,
                    district,
                    departments,
                    communes,
                    new GroupMembership(departments, justice),
                    new GroupMembership(departments, finance))) {
                persistInOrder(em, row);
            }
            return new TestDirectory(
                    tenant,
                    List.of(justice.code(), finance.code(), district.code()),
                    List.of(departments.code(), communes.code()));
        });
    }

    /**
     * Commits the real directory of a tenant bundle ({@code tenants/<bundle>/}: its agencies, its
     * groups and their members; no users) into the tenant, in the bundle's order, as the
     * installer would.
     */
    public TestDirectory bundleDirectory(String tenant, String bundle) {
        TenantBundle read =
                new TenantBundleReader().read(Directories.tenantsDir().resolve(bundle));
        return fromTenant(tenant, em -> {
            Map<String, Agency> agencies = new LinkedHashMap<>();
            for (TenantBundle.AgencySpec spec : read.agencies()) {
                Agency agency = new Agency(spec.name(), spec.nameEn(), spec.kind(), spec.aliases());
                persistInOrder(em, agency);
                agencies.put(agency.code(), agency);
            }
            List<String> groups = new ArrayList<>();
            for (TenantBundle.GroupSpec spec : read.groups()) {
                AgencyGroup group = new AgencyGroup(
                        spec.name(),
                        spec.nameEn(),
                        spec.aliases(),
                        spec.members().isPresent());
                persistInOrder(em, group);
                groups.add(group.code());
                for (String member : spec.members().orElse(List.of())) {
                    persistInOrder(em, new GroupMembership(group, agencies.get(Slug.of(member))));
                }
            }
            return new TestDirectory(tenant, List.copyOf(agencies.keySet()), groups);
        });
    }

    /**
     * An entity manager bound to the tenant, its transaction begun. The test may commit or roll
     * back; whatever is still open after the test is rolled back and closed.
     */
    public EntityManager entityManager(String tenant) {
        EntityManager em = boundTo(tenant);
        open.add(em);
        em.getTransaction().begin();
        return em;
    }

    /** Runs the block as the tenant in one transaction, committed unless the block throws. */
    public void inTenant(String tenant, Consumer<EntityManager> work) {
        fromTenant(tenant, em -> {
            work.accept(em);
            return null;
        });
    }

    /** As {@link #inTenant}, returning what the block returns. */
    public <T> T fromTenant(String tenant, Function<EntityManager, T> work) {
        EntityManager em = boundTo(tenant);
        try {
            EntityTransaction tx = em.getTransaction();
            tx.begin();
            T result = work.apply(em);
            tx.commit();
            return result;
        } finally {
            close(em);
        }
    }

    /** A plain JDBC connection to the test database, to check what EclipseLink really wrote. */
    public Connection jdbc() throws SQLException {
        return unit().database().connect();
    }

    /** The factory itself, for tests of what the harness does not cover (e.g. no tenant at all). */
    public EntityManagerFactory emf() {
        return unit().emf();
    }

    /*
     * The tenant is given when the entity manager is created: nothing is loaded before it, so the
     * trap of a tenant switched on a live entity manager (docs/platform.md, trap 5) cannot arise.
     */
    private EntityManager boundTo(String tenant) {
        if (tenant == null || tenant.isBlank()) {
            throw new IllegalArgumentException("A tenant-bound entity manager needs a tenant.");
        }
        return unit().emf().createEntityManager(Map.of(TENANT_PROPERTY, tenant));
    }

    private TestPersistenceUnit unit() {
        if (unit == null) {
            throw new IllegalStateException("Register JpaExtension with @RegisterExtension before using it.");
        }
        return unit;
    }

    private void closeOpen() {
        open.forEach(JpaExtension::close);
        open.clear();
    }

    /*
     * One flush per row: at commit EclipseLink inserts a class's new objects in no set order, and
     * the directory lists by id (the name matcher breaks ties by it), so ids must follow the order
     * the rows are written in.
     */
    private static void persistInOrder(EntityManager em, Object row) {
        em.persist(row);
        em.flush();
    }

    private static void close(EntityManager em) {
        if (!em.isOpen()) {
            return;
        }
        try {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
        } finally {
            em.close();
        }
    }

    /** The codes of the directory {@link #newDirectory} made, in the order made. */
    public record TestDirectory(String tenant, List<String> agencies, List<String> groups) {}
}
