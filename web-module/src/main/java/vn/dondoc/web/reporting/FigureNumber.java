package vn.dondoc.web.reporting;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.MessageFormat;
import java.text.ParsePosition;
import java.util.Locale;
import java.util.ResourceBundle;
import vn.dondoc.reporting.control.FigureCheck;
import vn.dondoc.web.ui.Language;

/**
 * A figure as Vietnamese documents write it, in both languages: 1.250 (a thousands dot) and 83,25
 * (a decimal comma), read exactly into a {@link BigDecimal} and written back the same way.
 */
@FacesConverter("dondoc.figure")
public class FigureNumber implements Converter<BigDecimal> {

    @Override
    public BigDecimal getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip().replace(" ", "");
        ParsePosition position = new ParsePosition(0);
        Number parsed = format().parse(text, position);
        if (parsed == null || position.getIndex() != text.length()) {
            String message = ResourceBundle.getBundle(
                            Language.BUNDLE, context.getViewRoot().getLocale())
                    .getString("report.notANumber");
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
        }
        BigDecimal number = ((BigDecimal) parsed).stripTrailingZeros();
        // The rule the server applies to every report (FigureCheck), said at the field as it is typed.
        if ((long) number.precision() - number.scale() > FigureCheck.MAX_INTEGER_DIGITS
                || number.scale() > FigureCheck.MAX_DECIMALS) {
            String message = MessageFormat.format(
                    ResourceBundle.getBundle(
                                    Language.BUNDLE, context.getViewRoot().getLocale())
                            .getString("report.figureTooLong"),
                    FigureCheck.MAX_INTEGER_DIGITS,
                    FigureCheck.MAX_DECIMALS);
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
        }
        return (BigDecimal) parsed;
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, BigDecimal value) {
        return value == null ? "" : format().format(value);
    }

    private static DecimalFormat format() {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        symbols.setMinusSign('-');
        DecimalFormat format = new DecimalFormat("#,##0.##########", symbols);
        format.setParseBigDecimal(true);
        return format;
    }
}
