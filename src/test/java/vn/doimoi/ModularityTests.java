package vn.doimoi;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The modules keep their boundaries (no cycles, no reaching into internals) and their diagrams in
 * {@code docs/modules/} are current. (Module canvases are left out: Modulith 2.0.3's canvas
 * writer fails on the Javadoc metadata it finds on this classpath.)
 */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(DoimoiApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void writesTheModuleDocumentation() {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();
    }
}
