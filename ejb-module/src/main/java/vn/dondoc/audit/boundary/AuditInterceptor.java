package vn.dondoc.audit.boundary;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.validation.ConstraintViolationException;
import java.lang.annotation.Annotation;
import java.time.Clock;
import java.util.concurrent.Executor;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import vn.dondoc.audit.control.AuditChain;
import vn.dondoc.audit.entity.AuditRecord;
import vn.dondoc.audit.entity.Outcome;
import vn.dondoc.platform.boundary.BusinessException;
import vn.dondoc.platform.security.CallerIdentity;
import vn.dondoc.platform.security.DondocPrincipal;
import vn.dondoc.tenancy.boundary.TenantId;

/**
 * Writes one {@link AuditRecord} for every call of an {@link Audited} method. A call that
 * succeeds is recorded in its own transaction, after its changes are flushed, so the record and
 * the change commit or roll back together. A call that fails rolls back, so its record is written
 * in a new transaction by {@link AuditLog#recordApart}. Runs inside {@code TenantInterceptor}, so
 * the tenant is already bound.
 */
@Audited
@Interceptor
@Priority(Interceptor.Priority.APPLICATION + 10)
public class AuditInterceptor {

    private static final Logger LOG = Logger.getLogger(AuditInterceptor.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerIdentity caller;

    @Inject
    AuditLog auditLog;

    @Inject
    Clock clock;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** The container's default managed executor: a thread of its own, in no transaction. */
    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    Executor executor;

    /** The mark an audited call leaves on its transaction once it appended to the chain. */
    private static final String CHAIN_HELD = AuditInterceptor.class.getName() + ".chainHeld";

    @AroundInvoke
    public Object record(InvocationContext invocation) throws Exception {
        String action = actionOf(invocation);
        String target = argument(invocation, AuditTarget.class);
        DondocPrincipal principal = caller.principal().orElse(null);
        String username = principal == null ? anonymousActorOf(invocation) : principal.getName();
        String roles = principal == null
                ? ""
                : String.join(",", principal.roles().stream().sorted().toList());
        try {
            Object result = invocation.proceed();
            em.flush();
            String subject = result instanceof AuditSubject named ? named.auditTarget() : target;
            new AuditChain(em)
                    .append(new AuditRecord(clock.instant(), username, roles, action, subject, Outcome.SUCCESS, null));
            transactions.putResource(CHAIN_HELD, Boolean.TRUE);
            return result;
        } catch (Exception | Error failure) {
            String tenant = principal != null ? principal.tenant() : argument(invocation, TenantId.class);
            // Bean Validation on the method's parameters runs inside this interceptor: a refusal too.
            boolean refused = failure instanceof BusinessException || failure instanceof ConstraintViolationException;
            String detail = failure instanceof ConstraintViolationException invalid
                    ? violations(invalid)
                    : refused ? failure.getMessage() : failure.getClass().getSimpleName();
            AuditRecord record = new AuditRecord(
                    clock.instant(),
                    username,
                    roles,
                    action,
                    target,
                    refused ? Outcome.REFUSED : Outcome.FAILED,
                    detail);
            if (chainHeldByThisTransaction()) {
                recordApartAfterwards(tenant, record);
            } else {
                recordApart(tenant, record);
            }
            throw failure;
        }
    }

    /**
     * Whether an audited call that succeeded earlier in this transaction appended to the chain, and
     * so holds the chain's head locked until the transaction ends.
     */
    private boolean chainHeldByThisTransaction() {
        return transactions.getTransactionKey() != null && transactions.getResource(CHAIN_HELD) != null;
    }

    private void recordApart(String tenant, AuditRecord record) {
        try {
            auditLog.recordApart(tenant, record);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, e, () -> "Could not audit a failed " + record.action() + " in tenant " + tenant);
        }
    }

    /**
     * A transaction that holds the chain's head would wait for itself if it wrote apart now: the
     * record is written once the transaction has ended (committed or rolled back), on another
     * thread, since nothing may begin a transaction from a transaction's completion.
     */
    private void recordApartAfterwards(String tenant, AuditRecord record) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                executor.execute(() -> recordApart(tenant, record));
            }
        });
    }

    /** Each field and what is wrong with it, as the client is told, within the record's 1000 characters. */
    private static String violations(ConstraintViolationException invalid) {
        String all = invalid.getConstraintViolations().stream()
                .map(v -> v.getPropertyPath() + ": " + v.getMessage())
                .sorted()
                .collect(Collectors.joining("; "));
        return all.length() <= 1000 ? all : all.substring(0, 999) + "…";
    }

    private static String actionOf(InvocationContext invocation) {
        Audited audited = invocation.getMethod().getAnnotation(Audited.class);
        if (audited != null && !audited.value().isBlank()) {
            return audited.value();
        }
        return invocation.getMethod().getDeclaringClass().getSimpleName() + "."
                + invocation.getMethod().getName();
    }

    private static String anonymousActorOf(InvocationContext invocation) {
        Audited audited = invocation.getMethod().getAnnotation(Audited.class);
        return audited == null ? "anonymous" : audited.anonymousActor();
    }

    private static String argument(InvocationContext invocation, Class<? extends Annotation> marker) {
        Annotation[][] annotations = invocation.getMethod().getParameterAnnotations();
        for (int i = 0; i < annotations.length; i++) {
            for (Annotation annotation : annotations[i]) {
                if (marker.isInstance(annotation)) {
                    Object value = invocation.getParameters()[i];
                    return value == null ? null : String.valueOf(value);
                }
            }
        }
        return null;
    }
}
