package nl.verbinder.testutil;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import nl.verbinder.domain.Coded;

/** Every enum of the main code with a stable code and a label, found on the class path so new ones are not missed. */
public final class CodedEnums {

    private static final List<Class<?>> ALL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("nl.verbinder")
            .stream()
            .filter(JavaClass::isEnum)
            .filter(c -> c.isAssignableTo(Coded.class))
            .map(JavaClass::reflect)
            .sorted(Comparator.comparing(Class::getName))
            .toList();

    private CodedEnums() {
    }

    public static List<Class<?>> types() {
        return ALL;
    }

    /** Every constant of every coded enum. */
    public static Stream<Coded> constants() {
        return ALL.stream().flatMap(type -> Stream.of(type.getEnumConstants())).map(Coded.class::cast);
    }
}
