package vn.dondoc.scorecards.control;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.persistence.config.PersistenceUnitProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Proves that the ledger the province generator wrote ({@code benchmarks/province}, D-034) is the one
 * the product would write: the product's own {@link Ledger} records every document of the generated
 * tenants afresh from their items, obligations and accepted reports, and must find nothing to close
 * and nothing to open. Not a test of the product: it runs only when asked, on a generated database
 * (docs/bench/province.sh says how), and changes nothing there (each recording is rolled back):
 *
 * <pre>
 * mvn -o -q -pl ejb-module test -Dtest=GeneratedProvinceLedgerCheck \
 *     -Dprovince.db=jdbc:mariadb://127.0.0.1:3306/dondoc_province -Dprovince.tenants=tinh-01,tinh-02
 * </pre>
 */
@EnabledIfSystemProperty(named = "province.db", matches = ".+")
class GeneratedProvinceLedgerCheck {

    @Test
    void theProductsLedgerFindsNothingToChangeInAGeneratedProvince() {
        Map<String, Object> properties = new HashMap<>();
        properties.put(PersistenceUnitProperties.TRANSACTION_TYPE, "RESOURCE_LOCAL");
        properties.put(PersistenceUnitProperties.JTA_DATASOURCE, "");
        properties.put(PersistenceUnitProperties.JDBC_DRIVER, "org.mariadb.jdbc.Driver");
        properties.put(PersistenceUnitProperties.JDBC_URL, System.getProperty("province.db"));
        properties.put(PersistenceUnitProperties.JDBC_USER, System.getProperty("province.db.user", "root"));
        properties.put(PersistenceUnitProperties.JDBC_PASSWORD, System.getProperty("province.db.password", ""));
        List<String> tenants =
                Arrays.asList(System.getProperty("province.tenants", "tinh-01").split(","));
        EntityManagerFactory emf = Persistence.createEntityManagerFactory("dondoc", properties);
        try {
            int documents = 0;
            for (String tenant : tenants) {
                EntityManager em =
                        emf.createEntityManager(Map.of(PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT, tenant));
                try {
                    List<Long> ids = em.createQuery("SELECT d.id FROM Document d ORDER BY d.id", Long.class)
                            .getResultList();
                    assertThat(ids).as("documents of %s", tenant).isNotEmpty();
                    long open = em.createQuery("SELECT COUNT(t) FROM TaskVersion t WHERE t.validTo IS NULL", Long.class)
                            .getSingleResult();
                    assertThat(open).as("open versions of %s", tenant).isPositive();
                    for (long id : ids) {
                        em.getTransaction().begin();
                        try {
                            // The generator's clock is UTC, as the product's is unless DONDOC_CLOCK says otherwise.
                            Ledger.Result result = new Ledger(em, ZoneOffset.UTC).recordDocument(id, Instant.now());
                            assertThat(result)
                                    .as("%s, document %d: what the product's ledger would change", tenant, id)
                                    .isEqualTo(new Ledger.Result(0, 0));
                        } finally {
                            em.getTransaction().rollback();
                            em.clear();
                        }
                        documents++;
                    }
                } finally {
                    em.close();
                }
            }
            System.out.println("The product's ledger recorded " + documents + " generated documents of " + tenants
                    + " and closed and opened nothing");
        } finally {
            emf.close();
        }
    }
}
