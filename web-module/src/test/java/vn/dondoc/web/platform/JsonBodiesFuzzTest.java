package vn.dondoc.web.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbException;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.io.ByteArrayInputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Timeout;
import vn.dondoc.agencies.boundary.AgencyEdit;
import vn.dondoc.agencies.boundary.NewAgency;
import vn.dondoc.calendar.boundary.MovedDayInput;
import vn.dondoc.documents.boundary.RegimeEdit;
import vn.dondoc.identity.boundary.NewUser;
import vn.dondoc.identity.boundary.UserEdit;
import vn.dondoc.items.boundary.ItemEdit;
import vn.dondoc.platform.boundary.BusinessException;
import vn.dondoc.reporting.boundary.ReportInput;
import vn.dondoc.reporting.boundary.ReturnRequest;
import vn.dondoc.reporting.control.FigureCheck;
import vn.dondoc.reporting.entity.EntryContent;
import vn.dondoc.reporting.entity.FigureContent;
import vn.dondoc.web.documents.DocumentsResource;
import vn.dondoc.web.documents.NameMappingsResource;
import vn.dondoc.web.identity.PasswordChange;
import vn.dondoc.web.identity.TokenRequest;

/**
 * Every JSON body the API takes, read as the server reads it, answers a 4xx or a value: the first
 * byte picks the body, the rest is the request's bytes. A body class is read by JSON-B with the
 * application's own configuration ({@link JsonConfiguration}) and checked by Bean Validation, as
 * JAX-RS does for a {@code @Valid} parameter; a body read by hand ({@code ReportBodies} and its
 * kind) is parsed by JSON-P and given to its reader, and its result validated the same way, a
 * report's figures then through {@link FigureCheck} as the boundary does; {@link CompleteJson} first,
 * as on the server. The only exceptions allowed
 * are those the mappers answer with 400–422 ({@link UnexpectedFailureMapper}: JSON-P and JSON-B
 * failures; {@link BusinessException}); anything else would be a 500.
 */
class JsonBodiesFuzzTest {

    private static final Jsonb JSONB = new JsonConfiguration().getContext(Object.class);
    private static final ValidatorFactory VALIDATION = Validation.buildDefaultValidatorFactory();
    private static final Validator VALIDATOR = VALIDATION.getValidator();

    /** A body class and how JAX-RS gets it: JSON-B into a type, or JSON-P then a reader. */
    private record Body(String name, Type bound, Method reader) {}

    private static final List<Body> BODIES = new ArrayList<>();

    static {
        for (Class<?> type : List.of(
                NewAgency.class,
                AgencyEdit.class,
                RegimeEdit.class,
                ItemEdit.class,
                DocumentsResource.NewAssignment.class,
                NameMappingsResource.Mapping.class,
                ReturnRequest.class,
                TokenRequest.class)) {
            BODIES.add(new Body(type.getSimpleName(), type, null));
        }
        BODIES.add(new Body("moved days", listOf(MovedDayInput.class), null));
        // The hand readers are package-private beside their resources; reflection reaches them from here.
        reader("vn.dondoc.web.reporting.ReportBodies", "read");
        reader("vn.dondoc.web.reporting.ExtensionBodies", "request");
        reader("vn.dondoc.web.reporting.ExtensionBodies", "approval");
        reader("vn.dondoc.web.reporting.ExtensionBodies", "refusal");
        reader("vn.dondoc.web.reporting.ReportingSettingsBody", "read");
        reader("vn.dondoc.web.explanations.ExplanationBodies", "ask");
        reader("vn.dondoc.web.explanations.ExplanationBodies", "answer");
        reader("vn.dondoc.web.scorecards.ScoringRulesBody", "read");
        reader("vn.dondoc.web.notifications.NotificationSettingsResource", "read");
        // Appended, so that the seeds above keep choosing the bodies they were written for.
        for (Class<?> type : List.of(NewUser.class, UserEdit.class, PasswordChange.class)) {
            BODIES.add(new Body(type.getSimpleName(), type, null));
        }
    }

    @AfterAll
    static void close() {
        VALIDATION.close();
    }

    @Timeout(10)
    @FuzzTest(maxDuration = "10m")
    void anyJsonBodyIsReadOrRefusedWithA4xx(byte[] request) throws Exception {
        if (request.length == 0) {
            return;
        }
        Body body = BODIES.get(Byte.toUnsignedInt(request[0]) % BODIES.size());
        byte[] json = Arrays.copyOfRange(request, 1, request.length);
        try {
            CompleteJson.check(json); // as the server does before any reader (a body cut short: 400)
            Object read = body.reader() == null ? bound(body, json) : handRead(body, json);
            if (read != null) {
                VALIDATOR.validate(read);
            }
            if (read instanceof ReportInput report) {
                FigureCheck.check(contentOf(report), Set.of(1L, 2L, 3L), null, LocalDate.of(2026, 11, 30));
            }
        } catch (JsonException | JsonbException refusedAs400) {
            // UnexpectedFailureMapper: "Nội dung không đọc được / Malformed request body".
        } catch (BusinessException refused) {
            assertThat(refused.status()).as(body.name()).isBetween(400, 499);
            assertThat(refused.getMessage()).as(body.name()).contains(" / ");
        }
    }

    private static Object bound(Body body, byte[] json) {
        return JSONB.fromJson(new ByteArrayInputStream(json), body.bound());
    }

    private static Object handRead(Body body, byte[] json) throws Exception {
        JsonValue value;
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(json))) {
            value = reader.readValue();
        }
        try {
            return body.reader().invoke(null, value);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    /** As {@code Reports.save} turns the body into what {@link FigureCheck} checks; nulls are Bean Validation's. */
    private static List<EntryContent> contentOf(ReportInput input) {
        List<EntryContent> entries = new ArrayList<>();
        for (ReportInput.Entry e : input.entries) {
            if (e == null || e.itemId == null || e.figures == null) {
                return List.of();
            }
            List<FigureContent> figures = new ArrayList<>();
            for (ReportInput.Figure f : e.figures) {
                if (f == null || f.name == null || f.numerator == null) {
                    return List.of();
                }
                figures.add(new FigureContent(f.name, f.numerator, f.denominator, f.target, f.unit, null));
            }
            entries.add(new EntryContent(e.itemId, e.narrative, e.completed, e.completedOn, figures));
        }
        return entries;
    }

    private static void reader(String className, String method) {
        try {
            Method reader = Class.forName(className).getDeclaredMethod(method, JsonValue.class);
            reader.setAccessible(true);
            BODIES.add(new Body(className.substring(className.lastIndexOf('.') + 1) + "." + method, null, reader));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Type listOf(Class<?> element) {
        return new ParameterizedType() {
            @Override
            public Type[] getActualTypeArguments() {
                return new Type[] {element};
            }

            @Override
            public Type getRawType() {
                return List.class;
            }

            @Override
            public Type getOwnerType() {
                return null;
            }
        };
    }
}
