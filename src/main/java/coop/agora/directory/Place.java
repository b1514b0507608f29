package coop.agora.directory;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Locale;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.bridge.builtin.annotation.GeoPointBinding;
import org.hibernate.search.mapper.pojo.bridge.builtin.annotation.Latitude;
import org.hibernate.search.mapper.pojo.bridge.builtin.annotation.Longitude;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.jspecify.annotations.Nullable;

/** A town, by postal code, with its French and Dutch names and its centre; never an address. */
@Entity
@Table(schema = "directory", name = "place")
@GeoPointBinding(fieldName = "location", sortable = Sortable.YES, projectable = Projectable.YES)
class Place {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @GenericField(name = "id", aggregable = Aggregable.YES)
    private @Nullable Long id;

    private String country;
    private String postalCode;
    private String nameFr;
    private String nameNl;

    private String searchText;

    @Latitude
    private double latitude;

    @Longitude
    private double longitude;

    protected Place() {
        this("", "", "", "", 0, 0);
    }

    Place(String country, String postalCode, String nameFr, String nameNl, double latitude, double longitude) {
        this.country = country;
        this.postalCode = postalCode;
        this.nameFr = nameFr;
        this.nameNl = nameNl;
        this.latitude = latitude;
        this.longitude = longitude;
        this.searchText = Folding.fold(postalCode + " " + nameFr + " " + nameNl);
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("The place is not saved yet");
        }
        return id;
    }

    double latitude() {
        return latitude;
    }

    double longitude() {
        return longitude;
    }

    /** The town's name in Dutch for Dutch readers, in French for everyone else. */
    String name(Locale language) {
        return "nl".equals(language.getLanguage()) ? nameNl : nameFr;
    }

    String label(Locale language) {
        return postalCode + " " + name(language);
    }
}
