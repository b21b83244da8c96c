package vn.dienbien.directive.seed;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;

/**
 * Where the seed data comes from. An operator replaces the units list by pointing {@code
 * directive.seed.units-file} at another CSV (e.g. {@code file:/etc/directive/units.csv}).
 */
@ConfigurationProperties("directive.seed")
record SeedProperties(
    boolean enabled, Resource unitsFile, Resource groupsFile, Resource directivesFile) {}
