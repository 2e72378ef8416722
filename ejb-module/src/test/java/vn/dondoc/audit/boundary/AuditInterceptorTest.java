package vn.dondoc.audit.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.dondoc.audit.entity.AuditRecord;
import vn.dondoc.audit.entity.Outcome;
import vn.dondoc.platform.boundary.NotFound;
import vn.dondoc.platform.security.Role;
import vn.dondoc.testing.Callers;
import vn.dondoc.testing.JpaExtension;

/**
 * The interceptor's use of the audit chain, against the real database: a call that succeeds is
 * chained in its own transaction; a refusal is written apart at once, unless an earlier call of
 * the same transaction holds the chain's head, when it is written after that transaction ends
 * instead of waiting for it (which would wait for ever).
 */
class AuditInterceptorTest {

    @RegisterExtension
    static final JpaExtension jpa = new JpaExtension();

    /** Stands for an audited boundary method. */
    static class Boundary {
        @Audited("thu.nghiem")
        public String act(@AuditTarget String target) {
            return target;
        }
    }

    private final FakeTransactions transactions = new FakeTransactions();
    private final List<Runnable> afterwards = new ArrayList<>();
    private final List<AuditRecord> writtenApart = new ArrayList<>();

    @Test
    void aCallThatSucceedsIsChainedInItsOwnTransaction() throws Exception {
        String tenant = jpa.newTenant();
        EntityManager em = jpa.entityManager(tenant);
        AuditInterceptor interceptor = interceptor(em, tenant);

        assertThat(interceptor.record(invocation("văn bản 1", null))).isEqualTo("văn bản 1");

        AuditRecord record =
                em.createQuery("SELECT r FROM AuditRecord r", AuditRecord.class).getSingleResult();
        assertThat(record.chainSeq()).isEqualTo(1L);
        assertThat(record.action()).isEqualTo("thu.nghiem");
        assertThat(record.target()).isEqualTo("văn bản 1");
        assertThat(record.outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(record.computedHash()).isEqualTo(record.recordHash());
    }

    @Test
    void aRefusalInATransactionThatHoldsNoChainIsWrittenApartAtOnce() throws Exception {
        String tenant = jpa.newTenant();
        AuditInterceptor interceptor = interceptor(jpa.entityManager(tenant), tenant);

        assertThatThrownBy(() -> interceptor.record(invocation("văn bản 2", new NotFound("Không có / None"))))
                .isInstanceOf(NotFound.class);

        assertThat(writtenApart).singleElement().satisfies(r -> {
            assertThat(r.outcome()).isEqualTo(Outcome.REFUSED);
            assertThat(r.detail()).isEqualTo("Không có / None");
        });
        assertThat(transactions.synchronizations).isEmpty();
    }

    @Test
    void aRefusalAfterAChainedCallOfTheSameTransactionIsWrittenOnceThatTransactionHasEnded() throws Exception {
        String tenant = jpa.newTenant();
        AuditInterceptor interceptor = interceptor(jpa.entityManager(tenant), tenant);
        interceptor.record(invocation("văn bản 3", null));

        assertThatThrownBy(() -> interceptor.record(invocation("văn bản 4", new NotFound("Không có / None"))))
                .isInstanceOf(NotFound.class);

        assertThat(writtenApart).as("not while the transaction holds the head").isEmpty();
        assertThat(transactions.synchronizations).hasSize(1);
        transactions.synchronizations.get(0).afterCompletion(Status.STATUS_ROLLEDBACK);
        assertThat(writtenApart).as("not on the completing thread either").isEmpty();
        afterwards.forEach(Runnable::run);
        assertThat(writtenApart).singleElement().satisfies(r -> {
            assertThat(r.target()).isEqualTo("văn bản 4");
            assertThat(r.outcome()).isEqualTo(Outcome.REFUSED);
        });
    }

    private AuditInterceptor interceptor(EntityManager em, String tenant) {
        AuditInterceptor interceptor = new AuditInterceptor();
        interceptor.em = em;
        interceptor.caller = Callers.as("thu-ky", tenant, "so-tu-phap", Role.Names.SECRETARIAT);
        interceptor.clock = Clock.fixed(Instant.parse("2024-06-20T03:00:00Z"), ZoneOffset.UTC);
        interceptor.transactions = transactions;
        interceptor.executor = afterwards::add;
        interceptor.auditLog = new AuditLog() {
            @Override
            public void recordApart(String tenantId, AuditRecord record) {
                assertThat(tenantId).isEqualTo(tenant);
                writtenApart.add(record);
            }
        };
        return interceptor;
    }

    private static InvocationContext invocation(String target, RuntimeException failure) throws Exception {
        Method method = Boundary.class.getMethod("act", String.class);
        return new InvocationContext() {
            public Object getTarget() {
                return new Boundary();
            }

            public Object getTimer() {
                return null;
            }

            public Method getMethod() {
                return method;
            }

            public Constructor<?> getConstructor() {
                return null;
            }

            public Object[] getParameters() {
                return new Object[] {target};
            }

            public void setParameters(Object[] params) {}

            public Map<String, Object> getContextData() {
                return new HashMap<>();
            }

            public Object proceed() {
                if (failure != null) {
                    throw failure;
                }
                return target;
            }
        };
    }

    /** One transaction's registry: its resources and the synchronizations registered on it. */
    static final class FakeTransactions implements TransactionSynchronizationRegistry {
        final Map<Object, Object> resources = new HashMap<>();
        final List<Synchronization> synchronizations = new ArrayList<>();

        public Object getTransactionKey() {
            return this;
        }

        public void putResource(Object key, Object value) {
            resources.put(key, value);
        }

        public Object getResource(Object key) {
            return resources.get(key);
        }

        public void registerInterposedSynchronization(Synchronization sync) {
            synchronizations.add(sync);
        }

        public int getTransactionStatus() {
            return Status.STATUS_ACTIVE;
        }

        public void setRollbackOnly() {}

        public boolean getRollbackOnly() {
            return false;
        }
    }
}
