package vn.egov.web.submission;

import java.util.ArrayList;
import java.util.List;

/**
 * What the person typed and chose on the submission form, bound from the request and shown again as it was when the
 * form comes back with errors. {@code formKey} is the form's own id: the {@code Idempotency-Key} of its submission.
 */
public class SubmissionForm {

    private String formKey = "";
    private String fullName = "";
    private String idNumber = "";
    private String phone = "";
    private String email = "";
    private String address = "";
    private String delivery = "";
    private List<String> notify = new ArrayList<>();
    private String purpose = "";
    private boolean declaration;
    private List<String> cases = new ArrayList<>();

    public String getFormKey() {
        return formKey;
    }

    public void setFormKey(String formKey) {
        this.formKey = trimmed(formKey);
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = trimmed(fullName);
    }

    public String getIdNumber() {
        return idNumber;
    }

    public void setIdNumber(String idNumber) {
        this.idNumber = trimmed(idNumber);
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = trimmed(phone);
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = trimmed(email);
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = trimmed(address);
    }

    public String getDelivery() {
        return delivery;
    }

    public void setDelivery(String delivery) {
        this.delivery = trimmed(delivery);
    }

    public List<String> getNotify() {
        return notify;
    }

    public void setNotify(List<String> notify) {
        this.notify = notify == null ? new ArrayList<>() : new ArrayList<>(notify);
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = trimmed(purpose);
    }

    public boolean isDeclaration() {
        return declaration;
    }

    public void setDeclaration(boolean declaration) {
        this.declaration = declaration;
    }

    /** The codes of the conditional documents whose case the person ticked as theirs. */
    public List<String> getCases() {
        return cases;
    }

    public void setCases(List<String> cases) {
        this.cases = cases == null ? new ArrayList<>() : new ArrayList<>(cases);
    }

    /** A copy, kept in the session as the person's draft. */
    SubmissionForm copy() {
        SubmissionForm copy = new SubmissionForm();
        copy.formKey = formKey;
        copy.fullName = fullName;
        copy.idNumber = idNumber;
        copy.phone = phone;
        copy.email = email;
        copy.address = address;
        copy.delivery = delivery;
        copy.notify = new ArrayList<>(notify);
        copy.purpose = purpose;
        copy.declaration = declaration;
        copy.cases = new ArrayList<>(cases);
        return copy;
    }

    private static String trimmed(String value) {
        return value == null ? "" : value.strip();
    }
}
