package vn.dondoc.web.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.dondoc.agencies.boundary.Agencies;
import vn.dondoc.agencies.boundary.AgencyEntry;
import vn.dondoc.documents.boundary.Documents;
import vn.dondoc.documents.boundary.Views.DocumentSummary;
import vn.dondoc.platform.boundary.Page;

/**
 * The names the lists print for the codes and ids the boundaries answer: an agency's name in the
 * page's language, a document's registered number. Read once per request, through {@link Agencies}
 * and {@link Documents}, which keep them to the signed-in tenant.
 */
@Named
@RequestScoped
public class Names {

    @Inject
    Agencies agencies;

    @Inject
    Documents documents;

    @Inject
    Language language;

    private Map<String, AgencyEntry> agencyByCode;
    private Map<Long, String> numberById;

    /** The agency's name ("Sở Tư pháp", "Department of Justice"), or its code when it is unknown. */
    public String agency(String code) {
        AgencyEntry agency = agencyMap().get(code);
        if (agency == null) {
            return code == null ? "" : code;
        }
        return language.isEnglish() && agency.nameEn() != null ? agency.nameEn() : agency.name();
    }

    /** Every agency of the tenant, in the directory's order: a filter's choices. */
    public List<AgencyEntry> getAgencies() {
        return List.copyOf(agencyMap().values());
    }

    /** The document's registered number ("204/KH-UBND"), or "" when unknown. */
    public String document(Long id) {
        if (numberById == null) {
            numberById = new HashMap<>();
            for (DocumentSummary d : documents.all(0, Page.MAX_SIZE).items()) {
                numberById.put(d.id(), d.number() == null ? "" : d.number());
            }
        }
        return numberById.getOrDefault(id, "");
    }

    private Map<String, AgencyEntry> agencyMap() {
        if (agencyByCode == null) {
            agencyByCode = new java.util.LinkedHashMap<>();
            agencies.all().forEach(a -> agencyByCode.put(a.code(), a));
        }
        return agencyByCode;
    }
}
