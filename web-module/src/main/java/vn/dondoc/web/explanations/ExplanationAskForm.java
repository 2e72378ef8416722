package vn.dondoc.web.explanations;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Map;
import vn.dondoc.explanations.boundary.ExplanationRequestInput;
import vn.dondoc.explanations.boundary.ExplanationRequestView;
import vn.dondoc.explanations.boundary.ExplanationRequests;
import vn.dondoc.platform.boundary.BusinessException;
import vn.dondoc.scorecards.boundary.ScorecardLine;
import vn.dondoc.web.ui.Language;
import vn.dondoc.web.ui.Refusals;

/**
 * Yêu cầu giải trình, from the scorecard's drill-down: the leader (or the secretariat) asks the
 * agency to explain one of its overdue tasks, with a question and a day to answer by, through
 * {@link ExplanationRequests#ask} as {@code POST /api/v1/explanation-requests} does. Which task may
 * be asked about, and which day is acceptable, is the boundary's answer.
 */
@Named
@ViewScoped
public class ExplanationAskForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> FIELDS = Map.of("question", "ask:question", "answerBy", "ask:answerBy");

    @Inject
    ExplanationRequests requests;

    @Inject
    Language language;

    private String agencyCode;
    private String agencyName;
    private Long obligationId;
    private Long itemId;
    private String subject;
    private String question;
    private LocalDate answerBy;
    private Long asked;

    /** Opens the form for a task of the drill-down. */
    public void start(ScorecardLine task) {
        agencyCode = task.agencyCode();
        agencyName = task.agencyName();
        obligationId = task.obligationId();
        itemId = task.obligationId() == null ? task.itemId() : null;
        subject = task.documentNumber() + " · " + task.subject();
        question = null;
        answerBy = null;
        asked = null;
    }

    /** Asks; the form then says which request was made, or the refusal stands beside its field. */
    public void send() {
        ExplanationRequestInput input = new ExplanationRequestInput();
        input.agencyCode = agencyCode;
        input.obligationId = obligationId;
        input.itemId = itemId;
        input.question = question;
        input.answerBy = answerBy;
        try {
            ExplanationRequestView made = requests.ask(input);
            asked = made.id();
        } catch (BusinessException refused) {
            Refusals.show(refused, language.isEnglish(), FIELDS, null);
        }
    }

    public void cancel() {
        agencyCode = null;
        asked = null;
    }

    /** Whether the form is open (a task chosen). */
    public boolean isOpen() {
        return agencyCode != null;
    }

    /** The request just made, or {@code null}. */
    public Long getAsked() {
        return asked;
    }

    public String getAgencyName() {
        return agencyName;
    }

    public String getSubject() {
        return subject;
    }

    public String getQuestion() {
        return question;
    }

    public void setQuestion(String question) {
        this.question = question;
    }

    public LocalDate getAnswerBy() {
        return answerBy;
    }

    public void setAnswerBy(LocalDate answerBy) {
        this.answerBy = answerBy;
    }
}
