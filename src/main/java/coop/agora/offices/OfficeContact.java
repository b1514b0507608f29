package coop.agora.offices;

/** Where an office is and how to reach it. */
public record OfficeContact(long officeId, String street, String postcode, String city, String mapUrl, String phone, String email) {

    /** The number as a {@code tel:} link wants it: digits and the leading plus only. */
    public String phoneLink() {
        return "tel:" + phone.replaceAll("[^+0-9]", "");
    }
}
