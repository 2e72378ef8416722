package vn.dondoc.web.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import vn.dondoc.documents.boundary.Documents;
import vn.dondoc.explanations.boundary.ExplanationRequests;
import vn.dondoc.reporting.boundary.Extensions;
import vn.dondoc.reporting.boundary.Reports;

/**
 * Trang chủ of the secretariat, the leader and the admin: a card for each screen of their menu,
 * with what waits there where a boundary counts it (reports to review, requests for more time
 * waiting, requests for explanation not yet answered, documents registered). Each count is the
 * total of the boundary's first page, as the screen's own list shows it; nothing is counted here.
 */
@Named
@RequestScoped
public class HomePage {

    /**
     * A card: the screen's menu text and address, and how many things wait there ({@code null}:
     * nothing is counted for it) with the text that says what they are.
     */
    public static final class Card {
        private final String label;
        private final String outcome;
        private final Long count;
        private final String countLabel;

        Card(String label, String outcome, Long count, String countLabel) {
            this.label = label;
            this.outcome = outcome;
            this.count = count;
            this.countLabel = countLabel;
        }

        public String getLabel() {
            return label;
        }

        public String getOutcome() {
            return outcome;
        }

        public Long getCount() {
            return count;
        }

        public String getCountLabel() {
            return countLabel;
        }
    }

    @Inject
    Navigation navigation;

    @Inject
    Documents documents;

    @Inject
    Reports reports;

    @Inject
    Extensions extensions;

    @Inject
    ExplanationRequests explanations;

    private List<Card> cards;

    public List<Card> getCards() {
        if (cards == null) {
            Map<String, LongSupplier> counted = Map.of(
                    Navigation.DOCUMENTS, () -> documents.all(0, 1).total(),
                    Navigation.REVIEW_QUEUE, () -> reports.awaitingReview(0, 1).total(),
                    Navigation.EXTENSIONS,
                            () -> extensions.list("PENDING", null, null, 0, 1).total(),
                    Navigation.EXPLANATIONS,
                            () -> explanations.list(null, "OPEN", 0, 1).total());
            List<Card> shown = new ArrayList<>();
            for (Navigation.Entry entry : navigation.getEntries()) {
                if (entry.getOutcome().equals(Navigation.HOME)) {
                    continue;
                }
                LongSupplier count = counted.get(entry.getOutcome());
                shown.add(new Card(
                        entry.getLabel(),
                        entry.getOutcome(),
                        count == null ? null : count.getAsLong(),
                        count == null ? null : "home.count" + entry.getLabel().substring("nav".length())));
            }
            cards = shown;
        }
        return cards;
    }
}
