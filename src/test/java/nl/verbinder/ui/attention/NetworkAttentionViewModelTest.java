package nl.verbinder.ui.attention;

import static nl.verbinder.testutil.NetworkBuilder.aNetwork;
import static org.assertj.core.api.Assertions.assertThat;

import nl.verbinder.domain.networks.OurRole;
import nl.verbinder.testutil.TestDatabase;
import nl.verbinder.ui.ViewModelTestBase;
import org.junit.jupiter.api.Test;

/** Aandacht lists the networks that need attention beside the partners, in the user's language. */
class NetworkAttentionViewModelTest extends ViewModelTestBase {

    @Test
    void aNetworkWhoseContractEndsSoonIsListedWithItsReason() {
        fixture.services().practiceNetworks().create(aNetwork().named("Valpreventie Oost").withRole(OurRole.LEAD)
                .contract("Gemeente: valpreventie", TestDatabase.TODAY.plusDays(20)).build());
        fixture.services().practiceNetworks().create(aNetwork().named("Leernetwerk Bekken").build());
        AttentionViewModel model = new AttentionViewModel(fixture.context);

        model.load();

        assertThat(model.networks()).singleElement().satisfies(row -> {
            assertThat(row.name()).isEqualTo("Valpreventie Oost");
            assertThat(row.role()).isEqualTo("Trekker");
            assertThat(row.titles()).containsExactly("Contract in gevaar");
            assertThat(row.messages()).containsExactly(
                    "'Gemeente: valpreventie' hangt af van ons lidmaatschap en loopt af op 13-12-2026");
        });
    }
}
