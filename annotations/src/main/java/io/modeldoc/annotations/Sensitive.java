package io.modeldoc.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an attribute that holds sensitive data, for the document's Security Considerations: Data
 * Protection, and for its Risk Assessment when no protection is stated.
 *
 * <pre>{@code
 * @Sensitive(classification = Sensitive.Classification.PII,
 *            protection = "Encrypted at rest; masked in logs")
 * private String email;
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD})
public @interface Sensitive {

    /** What kind of sensitive data the attribute holds. */
    Classification classification();

    /** How the data is protected (encryption, masking, retention); empty when it is not yet. */
    String protection() default "";

    /** Kinds of sensitive data. */
    enum Classification {
        /** Personally identifiable information: names, addresses, e-mail, phone numbers. */
        PII("PII"),
        /** Payment card or other financial account data. */
        FINANCIAL("Financial"),
        /** Health information. */
        HEALTH("Health"),
        /** Secrets and credentials: password hashes, API keys, tokens. */
        CREDENTIAL("Credential"),
        /** Business-confidential data. */
        CONFIDENTIAL("Confidential"),
        /** Internal data, not for customers or partners. */
        INTERNAL("Internal");

        private final String label;

        Classification(String label) {
            this.label = label;
        }

        /** The classification as the document prints it. */
        public String label() {
            return label;
        }
    }
}
