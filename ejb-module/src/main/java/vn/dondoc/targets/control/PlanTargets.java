package vn.dondoc.targets.control;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.dondoc.documents.entity.Document;
import vn.dondoc.items.entity.Assignment;
import vn.dondoc.items.entity.ResponsibilityRole;
import vn.dondoc.targets.control.TargetSentenceReader.ReadTarget;
import vn.dondoc.targets.entity.Basis;
import vn.dondoc.targets.entity.Target;
import vn.dondoc.targets.entity.TargetSource;
import vn.dondoc.targets.entity.TargetTerms;

/**
 * Keeps the targets a plan's text states (source PLAN) in step with the plan: every item's targets
 * for each of its lead agencies (a group already expanded to its members by the assignments), for
 * the plan's year. Run in the transaction of the import or edit that changed the plan (D-047).
 *
 * <p>A target is known again by its item, agency and place among the item's targets. One the
 * secretariat edited since it was read (updated after it was created) keeps its edited terms; an
 * unedited one takes the text's terms again; one the text no longer states is removed, edited or
 * not, as is any whose item is gone. Targets entered by hand are never touched.
 */
public final class PlanTargets {

    private static final Pattern YEAR_IN_TITLE = Pattern.compile("năm\\s+(20\\d{2})");

    private final EntityManager em;

    public PlanTargets(EntityManager em) {
        this.em = em;
    }

    /** The targets now stated; returns how many the plan states. */
    public int sync(long documentId, String by, Instant at) {
        Document document = em.find(Document.class, documentId);
        if (document == null) {
            return 0;
        }
        int year = yearOf(document, at);
        Map<String, Target> existing = new HashMap<>();
        for (Target t : em.createNamedQuery(Target.OF_DOCUMENT_FROM_PLAN, Target.class)
                .setParameter("document", documentId)
                .getResultList()) {
            existing.put(keyOf(t.itemId(), t.agency().id(), t.sourcePlace() == null ? -1 : t.sourcePlace()), t);
        }
        Map<Long, List<ReadTarget>> readByItem = new HashMap<>();
        List<String> stated = new ArrayList<>();
        int count = 0;
        for (Assignment a : em.createNamedQuery(Assignment.OF_DOCUMENT, Assignment.class)
                .setParameter("documentId", documentId)
                .getResultList()) {
            if (a.role() != ResponsibilityRole.LEAD) {
                continue;
            }
            List<ReadTarget> read = readByItem.computeIfAbsent(
                    a.item().id(), id -> TargetSentenceReader.read(a.item().text()));
            for (int i = 0; i < read.size(); i++) {
                ReadTarget r = read.get(i);
                TargetTerms terms;
                try {
                    terms = termsOf(r, year).checked();
                } catch (RuntimeException unreadable) {
                    continue;
                }
                String key = keyOf(a.item().id(), a.agency().id(), i);
                stated.add(key);
                count++;
                Target t = existing.remove(key);
                if (t == null) {
                    em.persist(new Target(
                            documentId, a.item().id(), a.agency(), TargetSource.PLAN, r.sentence(), i, terms, by, at));
                } else if (!t.edited() && !t.terms().equals(terms)) {
                    t.write(terms, by, t.createdAt());
                }
            }
        }
        existing.values().forEach(em::remove);
        return count;
    }

    /** The plan's year: the one its title names ("Kế hoạch … năm 2024"), else the year it was issued. */
    public static int yearOf(Document document, Instant at) {
        if (document.title() != null) {
            Matcher m = YEAR_IN_TITLE.matcher(document.title());
            if (m.find()) {
                return Integer.parseInt(m.group(1));
            }
        }
        LocalDate issued = document.issuedOn();
        return issued != null
                ? issued.getYear()
                : at.atZone(java.time.ZoneOffset.ofHours(7)).getYear();
    }

    static TargetTerms termsOf(ReadTarget r, int year) {
        return new TargetTerms(
                year,
                null,
                r.name(),
                r.unit(),
                r.direction(),
                r.strict(),
                r.value(),
                r.basis(),
                r.basis() == Basis.CHANGE ? (r.baseYear() != null ? r.baseYear() : Integer.valueOf(year - 1)) : null,
                null,
                null);
    }

    private static String keyOf(Long itemId, long agencyId, int ordinal) {
        return itemId + ":" + agencyId + ":" + ordinal;
    }
}
