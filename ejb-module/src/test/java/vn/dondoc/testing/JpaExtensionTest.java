package vn.dondoc.testing;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.metamodel.Type;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.dondoc.agencies.entity.Agency;
import vn.dondoc.agencies.entity.AgencyGroup;
import vn.dondoc.agencies.entity.AgencyKind;
import vn.dondoc.agencies.entity.GroupMembership;
import vn.dondoc.agencies.entity.NameMapping;
import vn.dondoc.tenancy.entity.Tenant;

/**
 * Proves the harness: tenants do not see each other's rows, EclipseLink writes tenant_id, and a
 * rolled-back transaction leaves no row (checked with plain JDBC, which EclipseLink cannot filter).
 */
class JpaExtensionTest {

    @RegisterExtension
    static final JpaExtension jpa = new JpaExtension();

    private String a;
    private String b;

    @BeforeEach
    void twoTenants() {
        a = jpa.newTenant();
        b = jpa.newTenant();
    }

    @Test
    void entitiesArePickedUpFromTheModuleWithoutBeingListed() {
        // exclude-unlisted-classes=false must also work in SE, where no container scans the jar.
        List<Class<?>> managed = new ArrayList<>();
        for (Type<?> type : jpa.emf().getMetamodel().getEntities()) {
            managed.add(type.getJavaType());
        }
        assertThat(managed)
                .contains(Tenant.class, Agency.class, AgencyGroup.class, GroupMembership.class, NameMapping.class);
    }

    @Test
    void anAgencyOfOneTenantIsFoundFromItAndNotFromAnother() {
        Long id = jpa.fromTenant(a, em -> persistAgency(em, "Sở Xây dựng"));

        Agency foundInA = jpa.fromTenant(a, em -> em.find(Agency.class, id));
        List<Agency> byCodeInA = jpa.fromTenant(a, em -> byCode(em, "so-xay-dung"));
        assertThat(foundInA).isNotNull();
        assertThat(byCodeInA).hasSize(1);

        Agency foundInB = jpa.fromTenant(b, em -> em.find(Agency.class, id));
        List<Agency> byCodeInB = jpa.fromTenant(b, em -> byCode(em, "so-xay-dung"));
        List<Agency> allInB = jpa.fromTenant(
                b, em -> em.createNamedQuery(Agency.ALL, Agency.class).getResultList());
        assertThat(foundInB).isNull();
        assertThat(byCodeInB).isEmpty();
        assertThat(allInB).isEmpty();
    }

    @Test
    void eachTenantMayUseTheSameCode() {
        jpa.inTenant(a, em -> persistAgency(em, "Sở Y tế"));
        jpa.inTenant(b, em -> persistAgency(em, "Sở Y tế"));

        List<Agency> inA = jpa.fromTenant(a, em -> byCode(em, "so-y-te"));
        List<Agency> inB = jpa.fromTenant(b, em -> byCode(em, "so-y-te"));
        assertThat(inA).hasSize(1);
        assertThat(inB).hasSize(1);
    }

    @Test
    void eclipseLinkWritesTheTenantOfTheEntityManager() throws SQLException {
        JpaExtension.TestDirectory directory = jpa.newDirectory(a);
        Long id = jpa.fromTenant(b, em -> persistAgency(em, "Sở Nội vụ"));

        assertThat(tenantsOf("SELECT tenant_id FROM agency WHERE id = " + id)).containsExactly(b);
        assertThat(tenantsOf("SELECT DISTINCT tenant_id FROM agency_group_member WHERE tenant_id IN ('" + a + "', '" + b
                        + "')"))
                .containsExactly(a);
        assertThat(count("agency", a)).isEqualTo(directory.agencies().size());
        assertThat(count("agency_group", a)).isEqualTo(directory.groups().size());
    }

    @Test
    void aRolledBackTransactionLeavesNothing() throws SQLException {
        EntityManager em = jpa.entityManager(a);
        persistAgency(em, "Sở Công Thương");
        em.flush(); // the INSERT reaches the database: only the rollback can take it back
        assertThat(byCode(em, "so-cong-thuong")).hasSize(1);
        em.getTransaction().rollback();

        assertThat(count("agency", a)).isZero();
        List<Agency> afterwards = jpa.fromTenant(a, other -> byCode(other, "so-cong-thuong"));
        assertThat(afterwards).isEmpty();
    }

    @Test
    void theTransactionOfAFailingBlockIsRolledBack() throws SQLException {
        try {
            jpa.inTenant(a, em -> {
                persistAgency(em, "Sở Giáo dục và Đào tạo");
                em.flush();
                throw new IllegalStateException("the block fails");
            });
        } catch (IllegalStateException expected) {
            // the point is what it left behind
        }
        assertThat(count("agency", a)).isZero();
    }

    private static Long persistAgency(EntityManager em, String name) {
        Agency agency = new Agency(name, null, AgencyKind.DEPARTMENT, List.of());
        em.persist(agency);
        em.flush(); // assigns the IDENTITY id
        return agency.id();
    }

    private static List<Agency> byCode(EntityManager em, String code) {
        return em.createNamedQuery(Agency.BY_CODE, Agency.class)
                .setParameter("code", code)
                .getResultList();
    }

    private static List<String> tenantsOf(String sql) throws SQLException {
        List<String> tenants = new ArrayList<>();
        try (Connection c = jpa.jdbc();
                PreparedStatement s = c.prepareStatement(sql);
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                tenants.add(rs.getString(1));
            }
        }
        return tenants;
    }

    private static int count(String table, String tenant) throws SQLException {
        try (Connection c = jpa.jdbc();
                PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM " + table + " WHERE tenant_id = ?")) {
            s.setString(1, tenant);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
