package vn.dondoc.tenancy.entity;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.Cacheable;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The persistence settings that keep one tenant's cached rows away from another (docs/platform.md, traps 1 and 4). */
class PersistenceSettingsTest {

    @Test
    void tenantsNeverShareTheCacheAndOnlyChosenEntitiesAreCached() throws Exception {
        Document xml;
        try (InputStream in = getClass().getResourceAsStream("/META-INF/persistence.xml")) {
            xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
        }
        Map<String, String> properties = new HashMap<>();
        NodeList nodes = xml.getElementsByTagName("property");
        for (int i = 0; i < nodes.getLength(); i++) {
            Element property = (Element) nodes.item(i);
            properties.put(property.getAttribute("name"), property.getAttribute("value"));
        }
        assertThat(properties).containsEntry("eclipselink.multitenant.tenants-share-cache", "false");
        assertThat(properties).containsEntry("eclipselink.ddl-generation", "none");
        assertThat(xml.getElementsByTagName("shared-cache-mode").item(0).getTextContent())
                .isEqualTo("ENABLE_SELECTIVE");
    }

    @Test
    void tenantOwnedEntitiesAreSingleTableMultitenantOnTenantIdAndNeverCached() {
        assertThat(TenantOwned.class.getAnnotation(Multitenant.class).value()).isEqualTo(MultitenantType.SINGLE_TABLE);
        TenantDiscriminatorColumn column = TenantOwned.class.getAnnotation(TenantDiscriminatorColumn.class);
        assertThat(column.name()).isEqualTo("tenant_id");
        assertThat(column.contextProperty()).isEqualTo("eclipselink.tenant-id");
        assertThat(TenantOwned.class.getAnnotation(Cacheable.class).value()).isFalse();
    }
}
