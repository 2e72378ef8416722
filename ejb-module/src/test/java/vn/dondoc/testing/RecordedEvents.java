package vn.dondoc.testing;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

/**
 * The CDI event a boundary fires, for a test that builds the boundary by hand: it records what was
 * fired, so the test can check it, and delivers it to nobody, or to the one observer given, at once,
 * as CDI delivers a synchronous event.
 */
public final class RecordedEvents<T> implements Event<T> {

    private final List<T> fired = new ArrayList<>();
    private final Consumer<T> observer;

    public RecordedEvents() {
        this(event -> {});
    }

    public RecordedEvents(Consumer<T> observer) {
        this.observer = observer;
    }

    public List<T> fired() {
        return List.copyOf(fired);
    }

    @Override
    public void fire(T event) {
        fired.add(event);
        observer.accept(event);
    }

    @Override
    public <U extends T> CompletionStage<U> fireAsync(U event) {
        fired.add(event);
        return CompletableFuture.completedFuture(event);
    }

    @Override
    public <U extends T> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
        return fireAsync(event);
    }

    @Override
    public Event<T> select(Annotation... qualifiers) {
        return this;
    }

    @Override
    public <U extends T> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
        throw new UnsupportedOperationException("Not used by the boundaries under test.");
    }

    @Override
    public <U extends T> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
        throw new UnsupportedOperationException("Not used by the boundaries under test.");
    }
}
