package vn.dienbien.auth.user;

import java.util.List;
import java.util.Optional;

/**
 * A person the demo can log in as, with the claims services read: {@code roles}, {@code unit} (a
 * unit code; none for roles that act province-wide) and {@code name}.
 */
public record DemoUser(String username, String name, List<String> roles, Optional<String> unit) {}
