package coop.agora;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(AgoraApplication.class);

    @Test
    void modulesUseOnlyEachOthersPublicApi() {
        modules.verify();
    }

    @Test
    void writesTheModuleDiagramForTheDocumentation() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
